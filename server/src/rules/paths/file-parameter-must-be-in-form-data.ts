import { FROM_VALIDATOR, defineRule } from '../../engine/types';

/**
 * `type: file` is only meaningful for a form field. A body parameter declares its type in `schema`, so a `type` on it
 * is body-parameter-property-not-valid's finding and is skipped here.
 */
export default defineRule({
	id: 'file-parameter-must-be-in-form-data',
	msCode: 'FileParameterMustBeInFormData',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "A parameter of type file must be in 'formData'.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const parameter of context.swagger!.uniqueParameters()) {
			const value = parameter.value;
			if (!value || value.type !== 'file' || parameter.in === 'formData' || parameter.in === 'body') {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...parameter.definitionPath, 'in'],
				target: value.in === undefined ? 'missing' : 'value',
				message: "Parameters of type 'file' are not valid in locations other than 'formData'.",
				data: { name: parameter.name, in: parameter.in },
			});
		}
	},
});
