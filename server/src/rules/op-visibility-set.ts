import { FROM_CERTIFICATION, defineRule } from '../engine/types';

/**
 * Certification checklist: every operation carries visibility information, so the author has decided where the action
 * shows in the designer rather than leaving it to the default.
 */
export default defineRule({
	id: 'op-visibility-set',
	severity: 'information',
	profiles: FROM_CERTIFICATION,
	description: 'Every operation should set x-ms-visibility.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const operation of context.swagger!.operations()) {
			if (operation.value['x-ms-visibility'] === undefined) {
				context.report({
					file: 'swagger',
					path: [...operation.path, 'x-ms-visibility'],
					target: 'missing',
					message: 'The operation does not set "x-ms-visibility": choose important, advanced or internal.',
					data: { operationId: operation.operationId, method: operation.method, pathKey: operation.pathKey },
				});
			}
		}
	},
});
