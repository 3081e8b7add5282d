import { FROM_VALIDATOR, defineRule } from '../../engine/types';

/** Only a body parameter has a `schema`; the others describe their value with `type`, `format`, `items`… */
export default defineRule({
	id: 'non-body-parameter-schema-not-valid',
	msCode: 'NonBodyParameterSchemaNotValid',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'Only a body parameter may define a schema.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const parameter of context.swagger!.uniqueParameters()) {
			const value = parameter.value;
			if (!value || parameter.in === 'body' || !Object.prototype.hasOwnProperty.call(value, 'schema')) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...parameter.definitionPath, 'schema'],
				target: 'key',
				message: "The parameter cannot define a schema as it is not in the 'body'.",
				data: { name: parameter.name, in: parameter.in },
			});
		}
	},
});
