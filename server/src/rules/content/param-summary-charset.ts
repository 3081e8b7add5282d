import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { disallowedSummaryChars } from '../../core/strings';
import { subjectOf, withSubject } from '../shared/subject';

/** CS: "Operation and parameter summaries … contain only alphanumeric characters or parentheses." */
export default defineRule({
	id: 'param-summary-charset',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['CS'], basis: 'should' },
	description: 'Parameter x-ms-summary values should contain only letters, digits, spaces and parentheses.',
	fixable: false,
	reportsBeside: {
		'param-x-ms-summary-title-case': 'which characters may appear, not how words are capitalised',
	},
	files: ['swagger'],
	check(context) {
		for (const parameter of context.swagger!.uniqueParameters()) {
			const summary = parameter.value?.['x-ms-summary'];
			if (typeof summary !== 'string') {
				continue;
			}
			const chars = disallowedSummaryChars(summary);
			if (chars.length > 0) {
				context.report({
					file: 'swagger',
					path: [...parameter.definitionPath, 'x-ms-summary'],
					message: withSubject(`The 'x-ms-summary' value should contain only alphanumeric characters or parentheses; it contains ${chars.map((c) => `'${c}'`).join(', ')}.`, subjectOf(context.swagger, parameter.definitionPath)),
					data: { chars, name: parameter.name },
				});
			}
		}
	},
});
