import { FROM_CERTIFICATION, defineRule } from '../engine/types';

/**
 * Certification: every parameter has a `description`, the field's tooltip and placeholder in the designer. Internal
 * parameters are exempt: the designer never shows them, so the text has no reader.
 */
export default defineRule({
	id: 'param-description-required',
	msCode: 'RequiredPropertyMissing',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	description: 'Every parameter that users see must have a description.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		// Each parameter once, where its content is: a shared `#/parameters/x` is reported at its definition.
		for (const parameter of context.swagger!.uniqueParameters()) {
			const value = parameter.value;
			if (!value || value['x-ms-visibility'] === 'internal') {
				continue;
			}
			const description = value.description;
			if (typeof description !== 'string' || description.trim() === '') {
				context.report({
					file: 'swagger',
					path: [...parameter.definitionPath, 'description'],
					target: description === undefined ? 'missing' : 'value',
					message: "The 'description' property is required.",
					data: { name: parameter.name, in: parameter.in },
				});
			}
		}
	},
});
