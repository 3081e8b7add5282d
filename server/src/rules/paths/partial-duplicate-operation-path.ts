import type { OperationInfo } from '../../core/swagger';
import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { isPathKey, routingSegments } from './_pathsParams';
import { operationLabel } from '../shared/operationLabel';

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
			for (const a of group) {
				const similar: OperationInfo[] = [];
				for (const b of group) {
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
				context.report({
					file: 'swagger',
					path: op.path,
					target: 'key',
					message: `The operation '${operationLabel(op)}' has the path template '${op.pathKey}' which is similar to other operation path templates, this can lead to an unexpected routing to a different operation in case an input path parameter value matches to a static value segment. It is better to have unconditional routing in all cases. Partially duplicated paths are: ${similar.map((s) => `'${s.pathKey}'`).join(', ')}`,
					data: { operationId: op.operationId, pathKey: op.pathKey, similar: similar.map((s) => s.pathKey) },
					related: similar.map((s) => ({ file: 'swagger' as const, path: s.path, target: 'key' as const, message: `Similar path template '${s.pathKey}'.` })),
				});
			}
		}
	},
});
