import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import type { JsonPath } from '../../core/json';
import { isObject } from '../../core/refs';
import { isInternal } from '../../core/strings';

/** True when `path` is inside a response (inline response schemas describe outputs, which take no defaults). */
function inResponse(path: JsonPath): boolean {
	return path[0] === 'responses' || (path[0] === 'paths' && path[3] === 'responses');
}

/**
 * An internal field is never shown, so nobody can fill it in; if the request requires it, only a `default` can supply
 * the value (EXT: internal + required "must provide default values").
 */
export default defineRule({
	id: 'internal-required-needs-default',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['EXT'], basis: 'certification-must' },
	description: 'An internal, required parameter or property must have a default value.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		for (const parameter of swagger.uniqueParameters()) {
			const value = parameter.value;
			// A body parameter takes no `default`: its schema's properties carry them and are checked below.
			if (!value || value.in === 'body' || !isInternal(value) || value.required !== true || value.default !== undefined) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...parameter.definitionPath, 'default'],
				target: 'missing',
				message: `The parameter "${parameter.name ?? ''}" is internal and required, so it must have a default value.`,
				data: { name: parameter.name, in: parameter.in },
			});
		}
		const schemaList = swagger.schemas();
		for (let schemaIndex = 0; schemaIndex < schemaList.length; schemaIndex++) {
			const schema = schemaList[schemaIndex];
			const value = schema.value;
			if (schema.ref !== undefined || !value || !isObject(value.properties) || !Array.isArray(value.required) || inResponse(schema.definitionPath)) {
				continue;
			}
			for (const name of value.required) {
				const property = typeof name === 'string' && Object.prototype.hasOwnProperty.call(value.properties, name) ? value.properties[name] : undefined;
				if (!isObject(property) || !isInternal(property) || property.default !== undefined) {
					continue;
				}
				// The platform fills a webhook's callback URL; an object's value is made of its properties' defaults.
				if (property['x-ms-notification-url'] === true || property.$ref !== undefined || property.type === 'object' || isObject(property.properties)) {
					continue;
				}
				context.report({
					file: 'swagger',
					path: [...schema.definitionPath, 'properties', name, 'default'],
					target: 'missing',
					message: `The property "${name}" is internal and required, so it must have a default value.`,
					data: { name },
				});
			}
		}
	},
});
