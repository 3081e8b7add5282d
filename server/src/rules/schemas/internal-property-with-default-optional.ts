import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { derefed, inputObjectSchemas } from './_keywords';
import { isInternal } from '../../core/strings';

/**
 * SVR InternalPropertyWithDefaultOptional: an internal property of a request body schema that has a default but is
 * not in its object's `required` list may be left out of the request. Parameters in the same state are
 * `property-must-be-required`'s (an error), so no input is reported twice (rules.md §12 item 5).
 */
export default defineRule({
	id: 'internal-property-with-default-optional',
	msCode: 'InternalPropertyWithDefaultOptional',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'should' },
	description: 'An internal body property with a default value should be required.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		for (const { path, value, properties } of inputObjectSchemas(swagger)) {
			const requiredNames = new Set(Array.isArray(value.required) ? value.required : []);
			for (const [name, raw] of Object.entries(properties)) {
				const property = derefed(swagger, raw);
				if (!property || !isInternal(property) || property.default === undefined || requiredNames.has(name)) {
					continue;
				}
				context.report({
					file: 'swagger',
					path: [...path, 'properties', name],
					target: 'key',
					message: 'The internal property has a default value but is optional. Only required properties are guaranteed to be included in requests.',
					data: { name },
				});
			}
		}
	},
});
