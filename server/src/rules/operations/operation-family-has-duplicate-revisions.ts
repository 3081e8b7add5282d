import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { annotationPath, hasRevision, operationFamilies, type FamilyMember } from './_operations';
import { operationLabel } from '../shared/operationLabel';

/** Two operations of one family with the same `revision`: the designer cannot tell which is newer. */
export default defineRule({
	id: 'operation-family-has-duplicate-revisions',
	msCode: 'OperationFamilyHasDuplicateRevisions',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'Operations of the same family must have different revisions.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const [family, members] of operationFamilies(context.swagger!)) {
			const seen = new Map<string, FamilyMember>();
			for (const member of members) {
				if (!hasRevision(member.revision)) {
					continue;
				}
				const key = JSON.stringify(member.revision);
				const first = seen.get(key);
				if (!first) {
					seen.set(key, member);
					continue;
				}
				context.report({
					file: 'swagger',
					path: [...annotationPath(member.operation), 'revision'],
					message: `The operation family '${family}' has operations with duplicate revision.`,
					data: { family, revision: member.revision, operationId: member.operation.operationId },
					related: [{ file: 'swagger', path: [...annotationPath(first.operation), 'revision'], message: `'${operationLabel(first.operation)}' has the same revision.` }],
				});
			}
		}
	},
});
