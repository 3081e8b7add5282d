import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { charLength } from '../../core/strings';

/** STR: a parameter's x-ms-summary "has a limit of 80 characters"; CS: summaries "80 characters or shorter". */
export default defineRule({
	id: 'param-x-ms-summary-max-80',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['STR', 'CS'], basis: 'should' },
	description: 'Parameter x-ms-summary values should be 80 characters or shorter.',
	fixable: false,
	files: ['swagger'],
	options: {
		maxLength: { type: 'number', default: 80, description: 'The longest recommended parameter x-ms-summary, in characters.' },
	},
	check(context) {
		const max = context.option<number | null>('maxLength');
		if (typeof max !== 'number') {
			return;
		}
		for (const parameter of context.swagger!.uniqueParameters()) {
			const summary = parameter.value?.['x-ms-summary'];
			if (typeof summary !== 'string') {
				continue;
			}
			const length = charLength(summary);
			if (length > max) {
				context.report({
					file: 'swagger',
					path: [...parameter.definitionPath, 'x-ms-summary'],
					message: `The 'x-ms-summary' value should be ${max} characters or shorter; it has ${length}.`,
					data: { length, max, name: parameter.name },
				});
			}
		}
	},
});
