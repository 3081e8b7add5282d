import { STRICT_ONLY, defineRule } from '../../engine/types';
import { MINOR_WORDS, isInternal, wordsOf } from '../../core/strings';
import { subjectOf, withSubject } from '../shared/subject';

/**
 * STR: a parameter's x-ms-summary is in title case ("Subject", "Member Id"); EXT/MSS: "Use title case for x-ms-summary".
 * It fires on a word that starts with a lower-case letter, other than short words after the first ("Page of Results").
 */
export default defineRule({
	id: 'param-x-ms-summary-title-case',
	severity: 'information',
	profiles: STRICT_ONLY,
	evidence: { sources: ['EXT', 'MSS', 'STR'], basis: 'guidance' },
	description: 'Parameter x-ms-summary values should be in Title Case.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const parameter of context.swagger!.uniqueParameters()) {
			const value = parameter.value;
			const summary = value?.['x-ms-summary'];
			if (!value || typeof summary !== 'string' || isInternal(value)) {
				continue;
			}
			const words = wordsOf(summary);
			const lower = words.filter((word, index) => /^\p{Ll}/u.test(word) && (index === 0 || !MINOR_WORDS.has(word.toLowerCase())));
			if (lower.length > 0) {
				const suggestion = summary.replace(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu, (word, offset: number) =>
					offset > 0 && MINOR_WORDS.has(word.toLowerCase()) ? word : word[0].toUpperCase() + word.slice(1),
				);
				context.report({
					file: 'swagger',
					path: [...parameter.definitionPath, 'x-ms-summary'],
					message: withSubject(`The 'x-ms-summary' value '${summary}' should be in Title Case, for example '${suggestion}'.`, subjectOf(context.swagger, parameter.definitionPath)),
					data: { name: parameter.name, suggestion },
				});
			}
		}
	},
});
