import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { annotationPath, hasRevision, operationFamilies } from './_operations';
import { operationLabel } from '../shared/operationLabel';

/** More than one operation of a family without a `revision`: only one of them can be the implicit revision 1. */
export default defineRule({
	id: 'operation-family-has-many-empty-revisions',
	msCode: 'OperationFamilyHasManyEmptyRevisions',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'At most one operation of a family may omit its revision.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const [family, members] of operationFamilies(context.swagger!)) {
			const empty = members.filter((member) => !hasRevision(member.revision));
			for (const member of empty.slice(1)) {
				context.report({
					file: 'swagger',
					path: [...annotationPath(member.operation), 'revision'],
					target: member.revision === undefined ? 'missing' : 'value',
					message: `The operation family '${family}' has several operations with empty revision. Only one operation can have empty revision.`,
					data: { family, operationId: member.operation.operationId },
					related: [{ file: 'swagger', path: annotationPath(empty[0].operation), target: 'key', message: `'${operationLabel(empty[0].operation)}' has no revision either.` }],
				});
			}
		}
	},
});
