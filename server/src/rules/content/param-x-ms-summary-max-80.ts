import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { reportOverMaxLength } from './_lengthLimit';

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
		const summaries = context.swagger!.uniqueParameters().map((parameter) => ({ path: [...parameter.definitionPath, 'x-ms-summary'], text: parameter.value?.['x-ms-summary'], data: { name: parameter.name } }));
		reportOverMaxLength(context, summaries, "The 'x-ms-summary' value");
	},
});
