import { FROM_VALIDATOR, defineRule } from '../../engine/types';

/** A body parameter's content is described only by its `schema`. */
export default defineRule({
	id: 'body-parameter-schema-required',
	msCode: 'BodyParameterSchemaRequired',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'A body parameter must have a schema.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const parameter of context.swagger!.uniqueParameters()) {
			if (!parameter.value || parameter.in !== 'body' || parameter.value.schema !== undefined) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...parameter.definitionPath, 'schema'],
				target: 'missing',
				message: "The 'body' parameter must define a 'schema' property.",
				data: { name: parameter.name },
			});
		}
	},
});
