import { setValue } from '../../engine/edits';
import { FROM_VALIDATOR, defineRule } from '../../engine/types';

/** A path variable cannot be left out of a URL, so an `in: path` parameter must say `required: true`. */
export default defineRule({
	id: 'path-parameter-must-be-required',
	msCode: 'PathParameterMustBeRequired',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'A path parameter must have required set to true.',
	fixable: true,
	files: ['swagger'],
	check(context) {
		for (const parameter of context.swagger!.uniqueParameters()) {
			if (parameter.in !== 'path' || !parameter.value || parameter.value.required === true) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...parameter.definitionPath, 'required'],
				target: parameter.value.required === undefined ? 'missing' : 'value',
				message: "The parameter must be marked as required as it is used in the operation path. Include the 'required' property, with the value 'true'.",
				data: { name: parameter.name },
			});
		}
	},
	fix({ finding, doc }) {
		// Next to `in`, where the location that makes it mandatory is written; replaces a false value in place.
		return { title: 'Mark the path parameter required', edits: setValue(doc, finding.path, true, { after: 'in' }) };
	},
});
