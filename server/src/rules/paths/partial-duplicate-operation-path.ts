import type { OperationInfo } from '../../core/swagger';
import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { isPathKey, routingSegments } from './_pathsParams';
import { operationLabel } from '../shared/operationLabel';

/**
 * The most similar paths one finding names. Each operation with a variable is reported with the paths it shadows, so
 * naming them all would make the findings grow with the square of the operations (a thousand `/{tenant}/items…` beside
 * a thousand `/items…/{id}` shadow each other pairwise); the longest list in the dev corpus has 12.
 */
const MAX_SIMILAR_LISTED = 20;

/**
 * `GET /items/{id}` next to `GET /items/search`: a request for the item whose id is "search" is routed to the other
 * operation. Reported on the operation with the variable, the one whose calls can go astray.
 */
export default defineRule({
	id: 'partial-duplicate-operation-path',
	msCode: 'PartialDuplicateOperationPath',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'should' },
	description: 'A path variable should not sit where another operation with the same method has a static segment.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		// Only operations with the same method and the same number of segments can overlap.
		const groups = new Map<string, { operation: OperationInfo; segments: string[] }[]>();
		for (const operation of context.swagger!.operations()) {
			if (!isPathKey(operation.pathKey)) {
				continue;
			}
			const segments = routingSegments(operation.pathKey);
			const key = `${operation.method} ${segments.length}`;
			const group = groups.get(key) ?? [];
			group.push({ operation, segments });
			groups.set(key, group);
		}
		for (const group of groups.values()) {
			const index = new SegmentIndex(group.map((entry) => entry.segments));
			for (const a of group) {
				// Only a variable can shadow: an operation without one is never reported, and the others are compared with
				// the operations that agree with them at one static segment, not with the whole group.
				if (!a.segments.includes('{}')) {
					continue;
				}
				const similar: OperationInfo[] = [];
				for (const at of index.candidates(a.segments)) {
					if (similar.length > MAX_SIMILAR_LISTED) {
						break;
					}
					const b = group[at];
					if (a === b) {
						continue;
					}
					let compatible = true;
					let shadowed = false;
					for (let i = 0; i < a.segments.length && compatible; i++) {
						const x = a.segments[i];
						const y = b.segments[i];
						if (x === y) {
							continue;
						}
						// A variable never matches an empty segment (`/owners/` next to `/owners/{id}`).
						if (x === '{}' && y !== '') {
							shadowed = true;
						} else if (y !== '{}') {
							compatible = false;
						}
					}
					if (compatible && shadowed) {
						similar.push(b.operation);
					}
				}
				if (similar.length === 0) {
					continue;
				}
				const op = a.operation;
				const more = similar.length > MAX_SIMILAR_LISTED;
				const listed = similar.slice(0, MAX_SIMILAR_LISTED);
				context.report({
					file: 'swagger',
					path: op.path,
					target: 'key',
					message: `The operation '${operationLabel(op)}' has the path template '${op.pathKey}' which is similar to other operation path templates, this can lead to an unexpected routing to a different operation in case an input path parameter value matches to a static value segment. It is better to have unconditional routing in all cases. Partially duplicated paths are: ${listed.map((s) => `'${s.pathKey}'`).join(', ')}${more ? ' and more' : ''}`,
					data: { operationId: op.operationId, pathKey: op.pathKey, similar: listed.map((s) => s.pathKey), ...(more ? { more } : {}) },
					related: listed.map((s) => ({ file: 'swagger' as const, path: s.path, target: 'key' as const, message: `Similar path template '${s.pathKey}'.` })),
				});
			}
		}
	},
});

/**
 * The operations of a group (same method, same number of segments) by segment: where `a` has a static segment, only
 * the operations with that segment or a variable there can match it, so the candidates are those of `a`'s most
 * selective static segment, in group order. Comparing each operation with every other one was quadratic: 10,000
 * operations took seconds.
 */
class SegmentIndex {
	readonly #count: number;
	/** Position → segment → the group indexes with that segment there, ascending. */
	readonly #byPosition: Map<string, number[]>[] = [];

	constructor(paths: readonly (readonly string[])[]) {
		this.#count = paths.length;
		for (let at = 0; at < paths.length; at++) {
			const segments = paths[at];
			for (let position = 0; position < segments.length; position++) {
				const segment = segments[position];
				const bySegment = (this.#byPosition[position] ??= new Map());
				let list = bySegment.get(segment);
				if (!list) {
					list = [];
					bySegment.set(segment, list);
				}
				list.push(at);
			}
		}
	}

	/** The group indexes that may match `segments`, ascending (every index when all its segments are variables), one at a time: the search stops early. */
	*candidates(segments: readonly string[]): Generator<number> {
		let best: [readonly number[], readonly number[]] | undefined;
		segments.forEach((segment, position) => {
			if (segment === '{}') {
				return;
			}
			const bySegment = this.#byPosition[position];
			const pair: [readonly number[], readonly number[]] = [bySegment?.get(segment) ?? [], bySegment?.get('{}') ?? []];
			if (!best || pair[0].length + pair[1].length < best[0].length + best[1].length) {
				best = pair;
			}
		});
		if (!best) {
			for (let at = 0; at < this.#count; at++) {
				yield at;
			}
			return;
		}
		// The two ascending lists, merged.
		const [a, b] = best;
		let i = 0;
		let j = 0;
		while (i < a.length || j < b.length) {
			yield j >= b.length || (i < a.length && a[i] < b[j]) ? a[i++] : b[j++];
		}
	}
}
