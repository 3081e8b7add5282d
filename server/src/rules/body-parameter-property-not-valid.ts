import { FROM_VALIDATOR, defineRule } from '../engine/types';

/**
 * Keywords that describe a non-body parameter's value; a body parameter describes its value in `schema`.
 * (`allowEmptyValue` is left to allow-empty-value-only-valid-for-query-form-data.)
 */
const NON_BODY_KEYWORDS = [
	'type',
	'format',
	'items',
	'collectionFormat',
	'default',
	'enum',
	'maximum',
	'exclusiveMaximum',
	'minimum',
	'exclusiveMinimum',
	'maxLength',
	'minLength',
	'pattern',
	'maxItems',
	'minItems',
	'uniqueItems',
	'multipleOf',
];

export default defineRule({
	id: 'body-parameter-property-not-valid',
	msCode: 'BodyParameterPropertyNotValid',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	description: 'A body parameter must describe its value in schema, not with type, format, items, enum or default.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const parameter of context.swagger!.uniqueParameters()) {
			const value = parameter.value;
			if (!value || parameter.in !== 'body') {
				continue;
			}
			for (const keyword of NON_BODY_KEYWORDS) {
				if (!Object.prototype.hasOwnProperty.call(value, keyword)) {
					continue;
				}
				context.report({
					file: 'swagger',
					path: [...parameter.definitionPath, keyword],
					target: 'key',
					message: `The 'body' parameter cannot use property '${keyword}', instead, the 'schema' property should be used to define the type used by the parameter.`,
					data: { name: parameter.name, property: keyword },
				});
			}
		}
	},
});
