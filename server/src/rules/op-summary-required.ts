import { FROM_CERTIFICATION, defineRule } from '../engine/types';

/** Certification: every operation has a `summary`, shown as the action's name in the designer. */
export default defineRule({
	id: 'op-summary-required',
	msCode: 'RequiredPropertyMissing',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	description: 'Every operation must have a summary.',
	fixable: true,
	files: ['swagger'],
	check(context) {
		for (const operation of context.swagger!.operations()) {
			const summary = operation.value.summary;
			if (typeof summary !== 'string' || summary.trim() === '') {
				context.report({
					file: 'swagger',
					path: [...operation.path, 'summary'],
					target: summary === undefined ? 'missing' : 'value',
					message: "The 'summary' property is required.",
					data: { operationId: operation.operationId, method: operation.method, pathKey: operation.pathKey },
				});
			}
		}
	},
});
