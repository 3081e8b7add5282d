import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { withSubject } from '../shared/subject';
import { nearestExisting, operationPairs, valuePath } from './_compare';

/**
 * An operation of the previous version is gone: every flow that uses it fails. A renamed operationId is the same to a
 * flow (it stores the id), so it is a deletion too. Deprecating keeps the operation and is the sanctioned way out.
 */
export default defineRule({
	id: 'breaking-operation-deleted',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['CHG', 'UPD', 'DEP'], basis: 'change-validator-rejects' },
	description: 'An operation of the previous version must not be deleted or have its operationId renamed.',
	fixable: false,
	files: ['swagger'],
	comparesVersions: true,
	check(context) {
		const before = context.previous?.swagger;
		const after = context.swagger;
		if (!before || !after) {
			return;
		}
		for (const pair of operationPairs(before, after)) {
			if (pair.after) {
				continue;
			}
			const { operationId, info } = pair.before;
			context.report({
				file: 'swagger',
				path: nearestExisting(after.root, info.path),
				target: 'key',
				message: withSubject('The operation has been deleted. This change breaks existing flows.', `operation ${operationId}, ${info.method.toUpperCase()} ${info.pathKey}`),
				data: { valuePath: valuePath(operationId), operationId },
			});
		}
	},
});
