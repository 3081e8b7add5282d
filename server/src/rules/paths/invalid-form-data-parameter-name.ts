import { FROM_VALIDATOR, defineRule } from '../../engine/types';

/** Form field names travel in `Content-Disposition` headers, which the platform writes in US-ASCII only. */
export default defineRule({
	id: 'invalid-form-data-parameter-name',
	msCode: 'InvalidFormDataParameterName',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'A formData parameter name must contain only US-ASCII characters.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const parameter of context.swagger!.uniqueParameters()) {
			if (parameter.in !== 'formData' || parameter.name === undefined || !/[^\u0000-\u007f]/.test(parameter.name)) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...parameter.definitionPath, 'name'],
				message: `The form data parameter name '${parameter.name}' is invalid. All characters must be part of the US-ASCII character set.`,
				data: { name: parameter.name },
			});
		}
	},
});
