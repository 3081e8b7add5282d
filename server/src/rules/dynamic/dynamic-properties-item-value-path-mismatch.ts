import { isObject } from '../../core/refs';
import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { dynamicOccurrences, pathSegments } from '../../core/dynamic';

/**
 * `x-ms-dynamic-properties.itemValuePath` must point at the same schema as its `x-ms-dynamic-schema` sibling's
 * `value-path`: the same path, without a trailing `properties` segment.
 */
export default defineRule({
	id: 'dynamic-properties-item-value-path-mismatch',
	msCode: 'DynamicPropertiesItemValuePathMismatch',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "The x-ms-dynamic-properties itemValuePath must equal the x-ms-dynamic-schema value-path without 'properties'.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const occurrence of dynamicOccurrences(context.swagger!)) {
			const schema = occurrence.host.value['x-ms-dynamic-schema'];
			const properties = occurrence.value;
			if (occurrence.kind !== 'x-ms-dynamic-properties' || !isObject(schema) || !isObject(properties)) {
				continue;
			}
			const valuePath = schema['value-path'];
			const itemValuePath = properties.itemValuePath;
			if ((valuePath !== undefined && typeof valuePath !== 'string') || (itemValuePath !== undefined && typeof itemValuePath !== 'string')) {
				continue;
			}
			const segments = pathSegments(valuePath ?? '');
			if (segments.at(-1) === 'properties') {
				segments.pop();
			}
			const expected = segments.join('/');
			if (pathSegments(itemValuePath ?? '').join('/') === expected) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...occurrence.path, 'itemValuePath'],
				target: itemValuePath === undefined ? 'missing' : 'value',
				message: `The 'x-ms-dynamic-properties' extension should have the same item value path as 'x-ms-dynamic-schema' extension without 'properties' ending. The expected path is '${expected}'.`,
				data: { expected, actual: itemValuePath },
			});
		}
	},
});
