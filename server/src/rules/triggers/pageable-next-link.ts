import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { policiesFor } from '../shared/triggers';
import { operationLabel } from '../shared/operationLabel';

/**
 * MSS on `x-ms-pageable.nextLinkName`: "Be sure to use the policy template (id: `updatenextlink`) to enable the correct
 * routing of this link." Without it the designer follows the backend's next link directly, outside the connector.
 * Needs apiProperties.json: with the definition alone there is nothing to compare against, so nothing is reported.
 */
export default defineRule({
	id: 'pageable-next-link',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['MSS'], basis: 'should' },
	description: 'A pageable operation should have an updatenextlink policy in apiProperties.json.',
	fixable: false,
	files: ['swagger', 'apiProperties'],
	check(context) {
		const swagger = context.swagger;
		if (!swagger || !context.apiProperties) {
			return;
		}
		for (const operation of swagger.operations()) {
			if (operation.value['x-ms-pageable'] === undefined || policiesFor(context.apiProperties, ['updatenextlink'], operation.operationId).length > 0) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...operation.path, 'x-ms-pageable'],
				target: 'key',
				message: `The pageable operation '${operationLabel(operation)}' has no 'updatenextlink' policy in apiProperties.json to route its next link through the connector.`,
				data: { operationId: operation.operationId },
			});
		}
	},
});
