import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { annotationPath, connectorStatus, isDeprecated, operationFamilies, revisionNumber } from './_operations';
import { operationLabel } from '../shared/operationLabel';

/**
 * More than one active operation of a family in Production status. An operation without its own `status` inherits
 * the connector's (versioning page). The newest such revision is kept; each older one is reported.
 */
export default defineRule({
	id: 'operation-family-has-many-active-production-operations',
	msCode: 'OperationFamilyHasManyActiveProductionOperations',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'should' },
	description: 'An operation family should have only one active operation in Production status.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		const inherited = connectorStatus(swagger);
		for (const [family, members] of operationFamilies(swagger)) {
			const production = members.filter((member) => !isDeprecated(member.operation) && (member.annotation.status ?? inherited) === 'Production');
			if (production.length <= 1) {
				continue;
			}
			const newestFirst = [...production].sort((a, b) => revisionNumber(b.revision) - revisionNumber(a.revision));
			const newest = newestFirst[0];
			for (const member of newestFirst.slice(1)) {
				context.report({
					file: 'swagger',
					path: [...annotationPath(member.operation), member.annotation.status === undefined ? 'family' : 'status'],
					message: `The operation family '${family}' has several active operations in Production status. Previous revisions should be deprecated.`,
					data: { family, operationId: member.operation.operationId },
					related: [{ file: 'swagger', path: [...annotationPath(newest.operation), 'family'], message: `'${operationLabel(newest.operation)}' is the newest revision in Production.` }],
				});
			}
		}
	},
});
