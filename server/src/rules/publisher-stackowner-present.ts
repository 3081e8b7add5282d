import { FROM_CERTIFICATION, defineRule } from '../engine/types';
import { isPlaceholderText } from './_metadata';

const WHAT = {
	publisher: 'the full name of your company or organization',
	stackOwner: 'the company or organization that owns the back-end service',
} as const;

/** CS "Step 3a": apiProperties gives the `publisher` and the `stackOwner`. */
export default defineRule({
	id: 'publisher-stackowner-present',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	description: 'The apiProperties file must give the publisher and the stackOwner.',
	fixable: false,
	files: ['apiProperties'],
	check(context) {
		const properties = context.apiProperties!.properties;
		for (const key of ['publisher', 'stackOwner'] as const) {
			const value = properties[key];
			// Non-strings are api-properties-schema's finding.
			if (value !== undefined && (typeof value !== 'string' || !isPlaceholderText(value))) {
				continue;
			}
			context.report({
				file: 'apiProperties',
				path: ['properties', key],
				target: value === undefined ? 'missing' : 'value',
				message: value === undefined ? `The '${key}' property is required: ${WHAT[key]}.` : `The '${key}' value is empty or template text: give ${WHAT[key]}.`,
				data: { property: key },
			});
		}
	},
});
