import { isObject } from '../../core/refs';
import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { dynamicOccurrences, pathSegments } from '../../core/dynamic';

/**
 * An `x-ms-dynamic-schema` whose `value-path` ends in `properties` points at a schema's properties rather than at a
 * schema; it needs an `x-ms-dynamic-properties` beside it, whose `itemValuePath` points at the schema object.
 */
export default defineRule({
	id: 'dynamic-properties-extension-required-for-properties-value-path',
	msCode: 'DynamicPropertiesExtensionRequiredForPropertiesValuePath',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "An x-ms-dynamic-schema whose value-path ends in 'properties' requires x-ms-dynamic-properties.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const occurrence of dynamicOccurrences(context.swagger!)) {
			const value = occurrence.value;
			if (occurrence.kind !== 'x-ms-dynamic-schema' || !isObject(value) || typeof value['value-path'] !== 'string' || occurrence.host.value['x-ms-dynamic-properties'] !== undefined) {
				continue;
			}
			if (pathSegments(value['value-path']).at(-1) !== 'properties') {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...occurrence.path, 'value-path'],
				message:
					"The 'x-ms-dynamic-schema' extension property 'value-path' points to schema properties. You need to define the 'x-ms-dynamic-properties' extension, which points to schema object.",
				data: { valuePath: value['value-path'] },
			});
		}
	},
});
