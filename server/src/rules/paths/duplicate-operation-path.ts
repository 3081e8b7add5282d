import type { OperationInfo } from '../../core/swagger';
import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { isPathKey, routingSegments } from './_pathsParams';
import { operationLabel } from '../shared/operationLabel';

/**
 * Two operations with the same method whose paths differ only in the names of their variables (`/items/{id}` and
 * `/items/{itemId}`): a request matches both, so routing cannot choose.
 */
export default defineRule({
	id: 'duplicate-operation-path',
	msCode: 'DuplicateOperationPath',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'Two operations with the same method must not have paths that differ only in variable names.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const first = new Map<string, OperationInfo>();
		for (const operation of context.swagger!.operations()) {
			if (!isPathKey(operation.pathKey)) {
				continue;
			}
			const key = `${operation.method} ${routingSegments(operation.pathKey).join('/')}`;
			const earlier = first.get(key);
			if (!earlier) {
				first.set(key, operation);
				continue;
			}
			// Keys equal but for capitalization are path-redefined's finding.
			if (earlier.pathKey.toLowerCase() === operation.pathKey.toLowerCase()) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: operation.path,
				target: 'key',
				message: `The operations '${operationLabel(earlier)}' and '${operationLabel(operation)}' have the path templates '${earlier.pathKey}' and '${operation.pathKey}' which are duplicate and indistinguishable. They need to have a difference in static path segments for a deterministic routing.`,
				data: { operationId: operation.operationId, duplicateOf: earlier.operationId, pathKey: operation.pathKey, duplicatePathKey: earlier.pathKey },
				related: [{ file: 'swagger', path: earlier.path, target: 'key', message: `The first operation with this path template: '${earlier.pathKey}'.` }],
			});
		}
	},
});
