import { isObject, valueAtPath } from '../../core/refs';
import { removeValue, setValue } from '../../engine/edits';
import { FROM_VALIDATOR, defineRule } from '../../engine/types';

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
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'A body parameter must describe its value in schema, not with type, format, items, enum or default.',
	fixable: true,
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
	fix({ finding, doc }) {
		const keyword = finding.path[finding.path.length - 1];
		const parameterPath = finding.path.slice(0, -1);
		const parameter = valueAtPath(doc.value, parameterPath);
		if (typeof keyword !== 'string' || !isObject(parameter)) {
			return undefined;
		}
		if (parameter.schema !== undefined) {
			return { title: `Remove '${keyword}' (the schema describes the body)`, edits: removeValue(doc, finding.path) };
		}
		// Without a schema the keywords are the only description of the body: move them all into a new schema, where
		// the first of them was, so no information is lost.
		const moved = Object.keys(parameter).filter((key) => NON_BODY_KEYWORDS.includes(key));
		const rewritten: Record<string, unknown> = {};
		for (const [key, value] of Object.entries(parameter)) {
			if (key === moved[0]) {
				rewritten.schema = Object.fromEntries(moved.map((name) => [name, parameter[name]]));
			}
			if (!moved.includes(key)) {
				rewritten[key] = value;
			}
		}
		return { title: `Move ${moved.map((name) => `'${name}'`).join(', ')} into a schema`, edits: setValue(doc, parameterPath, rewritten) };
	},
});
