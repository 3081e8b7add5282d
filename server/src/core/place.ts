/**
 * A place in a document as a chain of segments back to the root. Walks over a large definition pass tens of thousands
 * of places and report a handful; copying the parent's path array at every step was the largest share of their
 * allocations, so they carry places and make a path array only for what they report.
 */
import type { JsonPath } from './json';

/** `undefined` is the root. */
export interface Place {
	readonly parent: Place | undefined;
	readonly segment: string | number;
}

/** The place one or two segments below `parent` (two fixed parameters: no array per call, as a rest parameter made). */
export function at(parent: Place | undefined, first: string | number, second?: string | number): Place {
	const place: Place = { parent, segment: first };
	return second === undefined ? place : { parent: place, segment: second };
}

/** The place a path names (for a walk that starts, or jumps through a `$ref`, somewhere other than the root). */
export function placeOf(path: JsonPath): Place | undefined {
	let place: Place | undefined;
	for (const segment of path) {
		place = { parent: place, segment };
	}
	return place;
}

export function pathOf(place: Place | undefined): JsonPath {
	const path: (string | number)[] = [];
	for (let current = place; current; current = current.parent) {
		path.push(current.segment);
	}
	return path.reverse();
}
