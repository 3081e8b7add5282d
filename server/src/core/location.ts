/**
 * The one place where JSON paths become ranges. Rules report paths; they never compute positions.
 */
import { childNode, jsonIndexOf, keyNodeOf, type JsonDocument, type JsonNode, type JsonPath } from './json';
import type { Range } from './lines';

/**
 * What a finding points at:
 * - `key`: a property that should not be there, or whose name is wrong: its key.
 * - `value`: a value that is wrong: the value node.
 * - `missing`: a property that should be there: the key of the object that lacks it (the "parent's key").
 */
export type PathTarget = 'key' | 'value' | 'missing';

const EMPTY_RANGE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * The node a finding is anchored to. When the path does not exist, the closest existing ancestor stands in, anchored
 * as if something were missing under it.
 */
export function anchorNode(doc: JsonDocument, path: JsonPath, target: PathTarget): JsonNode | undefined {
	if (!doc.root) {
		return undefined;
	}
	const nodes: JsonNode[] = [doc.root];
	for (const segment of path) {
		const next = childNode(nodes[nodes.length - 1], segment);
		if (!next) {
			break;
		}
		nodes.push(next);
	}
	const found = nodes.length === path.length + 1;
	if (found && target === 'value') {
		return nodes[nodes.length - 1];
	}
	if (found && target === 'key') {
		const node = nodes[nodes.length - 1];
		return keyNodeOf(node) ?? containerAnchor(node);
	}
	// Missing (or not found): anchor on the object that should hold it. For `missing`, that is the parent of the
	// path's last segment; when the path breaks off earlier, it is the deepest node that exists.
	const holder = found ? nodes[nodes.length - 2] ?? nodes[0] : nodes[nodes.length - 1];
	return containerAnchor(holder);
}

/**
 * How an object is pointed at when something is missing in it: its key when it is a property value; its `name`
 * value when it is an array element that has one (parameters, tags); otherwise its opening brace.
 */
function containerAnchor(node: JsonNode): JsonNode {
	const key = keyNodeOf(node);
	if (key) {
		return key;
	}
	if (node.type === 'object' && node.parent?.type === 'array') {
		const name = childNode(node, 'name');
		if (name && name.type === 'string') {
			return name;
		}
	}
	if (node.type === 'object' || node.type === 'array') {
		return { type: node.type, offset: node.offset, length: 1 };
	}
	return node;
}

export function pathToRange(doc: JsonDocument, path: JsonPath, target: PathTarget): Range {
	// Strict JSON has an index of where its nodes are, which makes the same choices without building the tree.
	const index = jsonIndexOf(doc);
	if (index) {
		const span = index.anchor(path, target);
		return span ? doc.lines.rangeAt(span.offset, span.length) : EMPTY_RANGE;
	}
	const node = anchorNode(doc, path, target);
	return node ? doc.lines.rangeAt(node.offset, node.length) : EMPTY_RANGE;
}

/** RFC 6901 JSON Pointer for a path (`""` for the whole document). */
export function toJsonPointer(path: JsonPath): string {
	// Joined, not concatenated: `+=` leaves a chain of string pieces behind each pointer, and findings keep their
	// pointers. At the end of Encodian's check, 61,000 objects were alive that were not before it, against 72,000.
	const segments = new Array<string>(path.length + 1);
	segments[0] = '';
	for (let index = 0; index < path.length; index++) {
		const text = String(path[index]);
		// Escaping only what needs it: two regular expressions per segment were a tenth of a finding's cost.
		segments[index + 1] = text.includes('~') || text.includes('/') ? escapedSegment(text) : text;
	}
	return segments.join('/');
}

/**
 * Segments escaped so far. Nearly every pointer of a finding under `paths` has a path key to escape, and a check's
 * findings come from a few hundred keys: looked up, Encodian's 1,250 pointers (findings and related places) took
 * 0.39 ms to make, against 0.63 ms escaping each one (medians of 200 replays). Cleared when full, so it stays small.
 */
const ESCAPED_SEGMENTS = new Map<string, string>();
const ESCAPED_SEGMENTS_MAX = 4096;

function escapedSegment(text: string): string {
	let escaped = ESCAPED_SEGMENTS.get(text);
	if (escaped === undefined) {
		escaped = text.replaceAll('~', '~0').replaceAll('/', '~1');
		if (ESCAPED_SEGMENTS.size >= ESCAPED_SEGMENTS_MAX) {
			ESCAPED_SEGMENTS.clear();
		}
		ESCAPED_SEGMENTS.set(text, escaped);
	}
	return escaped;
}

/** A `~` that is not the start of `~0` or `~1`: before any other character (a `/` included), or at the end. */
const BAD_ESCAPE = /~(?:[^01]|$)/;

/** Whether a text is an RFC 6901 pointer (without the leading `#`): what parseJsonPointer accepts, without the segments. */
export function isJsonPointer(pointer: string): boolean {
	return pointer === '' || (pointer.startsWith('/') && !BAD_ESCAPE.test(pointer));
}

/** Parses an RFC 6901 pointer (without the leading `#`); undefined when malformed. */
export function parseJsonPointer(pointer: string): string[] | undefined {
	if (!isJsonPointer(pointer)) {
		return undefined;
	}
	if (pointer === '') {
		return [];
	}
	const parts = pointer.slice(1).split('/');
	return pointer.includes('~') ? parts.map((raw) => raw.replaceAll('~1', '/').replaceAll('~0', '~')) : parts;
}
