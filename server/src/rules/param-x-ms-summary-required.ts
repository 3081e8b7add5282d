import { FROM_CERTIFICATION, defineRule } from '../engine/types';

/**
 * Certification: every parameter has an `x-ms-summary`, the field's display name in the designer. Internal parameters
 * are exempt: the designer never shows them, so the name has no reader.
 */
export default defineRule({
	id: 'param-x-ms-summary-required',
	msCode: 'RequiredPropertyMissing',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	description: 'Every parameter that users see must have an x-ms-summary.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		// Each parameter once, where its content is: a shared `#/parameters/x` is reported at its definition.
		for (const parameter of context.swagger!.uniqueParameters()) {
			const value = parameter.value;
			if (!value || value['x-ms-visibility'] === 'internal') {
				continue;
			}
			const summary = value['x-ms-summary'];
			if (typeof summary !== 'string' || summary.trim() === '') {
				context.report({
					file: 'swagger',
					path: [...parameter.definitionPath, 'x-ms-summary'],
					target: summary === undefined ? 'missing' : 'value',
					message: "The 'x-ms-summary' property is required.",
					data: { name: parameter.name, in: parameter.in },
				});
			}
		}
	},
});
