import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { annotationPath, isDeprecated, operationFamilies, revisionNumber } from './_operations';
import { operationLabel } from '../shared/operationLabel';

/**
 * A family with more than two operations that are not deprecated. The two newest revisions may stay active; each older
 * active one is reported, since those are the ones to deprecate.
 */
export default defineRule({
	id: 'operation-family-has-many-active-operations',
	msCode: 'OperationFamilyHasManyActiveOperations',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'An operation family must have at most two operations that are not deprecated.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const [family, members] of operationFamilies(context.swagger!)) {
			const active = members.filter((member) => !isDeprecated(member.operation));
			if (active.length <= 2) {
				continue;
			}
			const newestFirst = [...active].sort((a, b) => revisionNumber(b.revision) - revisionNumber(a.revision));
			const kept = newestFirst.slice(0, 2);
			for (const member of newestFirst.slice(2)) {
				context.report({
					file: 'swagger',
					path: [...annotationPath(member.operation), 'family'],
					message: `The operation family '${family}' has more than two active operations. Extra operations must be deprecated.`,
					data: { family, operationId: member.operation.operationId },
					related: kept.map((other) => ({ file: 'swagger' as const, path: [...annotationPath(other.operation), 'family'], message: `'${operationLabel(other.operation)}' is a newer active revision.` })),
				});
			}
		}
	},
});
