import { STRICT_ONLY, defineRule } from '../../engine/types';

/** CS "Step 3a": publisher and stackOwner "must be in alphanumeric format" (ambiguous: certified names use `.`, `,`). */
export default defineRule({
	id: 'publisher-alphanumeric',
	severity: 'information',
	profiles: STRICT_ONLY,
	evidence: { sources: ['CS'], basis: 'guidance' },
	description: 'The publisher and stackOwner should contain only letters, digits and spaces.',
	fixable: false,
	files: ['apiProperties'],
	check(context) {
		const properties = context.apiProperties!.properties;
		for (const key of ['publisher', 'stackOwner'] as const) {
			const value = properties[key];
			if (typeof value !== 'string') {
				continue;
			}
			const others = [...new Set(value.replace(/[\p{L}\p{N}\p{M} ]/gu, ''))];
			if (others.length === 0) {
				continue;
			}
			context.report({
				file: 'apiProperties',
				path: ['properties', key],
				message: `The '${key}' value contains characters other than letters, digits and spaces (${others.map((c) => `'${c}'`).join(', ')}); certification asks for an alphanumeric name.`,
				data: { property: key, characters: others },
			});
		}
	},
});
