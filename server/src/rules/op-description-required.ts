import { FROM_CERTIFICATION, defineRule } from '../engine/types';

/** Certification: every operation has a `description`, shown as the action's help text in the designer. */
export default defineRule({
	id: 'op-description-required',
	msCode: 'RequiredPropertyMissing',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	description: 'Every operation must have a description.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const operation of context.swagger!.operations()) {
			const description = operation.value.description;
			if (typeof description !== 'string' || description.trim() === '') {
				context.report({
					file: 'swagger',
					path: [...operation.path, 'description'],
					target: description === undefined ? 'missing' : 'value',
					message: "The 'description' property is required.",
					data: { operationId: operation.operationId, method: operation.method, pathKey: operation.pathKey },
				});
			}
		}
	},
});
