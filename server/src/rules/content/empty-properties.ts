import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { hasOwnKey, isObject } from '../../core/refs';
import { typedNodes } from '../shared/typedNodes';
import { subjectOf, withSubject } from '../shared/subject';

/** String keywords whose empty value means nothing. Parameters' own description and x-ms-summary are left to the *-required rules. */
const STRING_KEYS = ['description', 'title', 'x-ms-summary', 'format', 'pattern'];

/** CS: "Remove empty properties unless they're required." */
export default defineRule({
	id: 'empty-properties',
	severity: 'information',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['CS'], basis: 'guidance' },
	description: 'Schemas and parameters should not carry empty properties.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const typed = typedNodes(context.swagger!);
		for (let typedIndex = 0; typedIndex < typed.length; typedIndex++) {
			const node = typed[typedIndex];
			const value = node.value;
			if (node.kind === 'schema' && isObject(value.properties) && !hasOwnKey(value.properties)) {
				context.report({
					file: 'swagger',
					path: [...node.path, 'properties'],
					target: 'key',
					message: withSubject("The 'properties' object is empty; remove it, or define the properties.", subjectOf(context.swagger, node.path)),
				});
			}
			for (let keyIndex = 0; keyIndex < STRING_KEYS.length; keyIndex++) {
				const key = STRING_KEYS[keyIndex];
				if (node.kind === 'parameter' && (key === 'description' || key === 'x-ms-summary')) {
					continue;
				}
				if (typeof value[key] === 'string' && (value[key] as string).trim() === '') {
					context.report({
						file: 'swagger',
						path: [...node.path, key],
						target: 'key',
						message: withSubject(`The '${key}' property is empty; remove it, or give it a value.`, subjectOf(context.swagger, node.path)),
						data: { key },
					});
				}
			}
		}
	},
});
