import { removeValue } from '../../engine/edits';
import { FROM_VALIDATOR, defineRule } from '../../engine/types';

/** `allowEmptyValue` (send `?name=` with no value) only exists for query and form fields. */
export default defineRule({
	id: 'allow-empty-value-only-valid-for-query-form-data',
	msCode: 'AllowEmptyValueOnlyValidForQueryFormData',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "Only query and formData parameters may use 'allowEmptyValue'.",
	fixable: true,
	files: ['swagger'],
	check(context) {
		for (const parameter of context.swagger!.uniqueParameters()) {
			const value = parameter.value;
			if (!value || !Object.prototype.hasOwnProperty.call(value, 'allowEmptyValue') || parameter.in === 'query' || parameter.in === 'formData') {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...parameter.definitionPath, 'allowEmptyValue'],
				target: 'key',
				message: "The parameter cannot use the 'allowEmptyValue' keyword as it is not in the 'query' or 'formData' location.",
				data: { name: parameter.name, in: parameter.in },
			});
		}
	},
	fix({ finding, doc }) {
		return { title: 'Remove allowEmptyValue', edits: removeValue(doc, finding.path) };
	},
});
