import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { operationSummaries } from '../shared/operationSummaries';
import { reportOverMaxLength } from './_lengthLimit';

/** Certification: operation summaries "should be phrases of 80 characters or shorter" (CS, STR). */
export default defineRule({
	id: 'op-summary-max-80',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['CS', 'STR'], basis: 'should' },
	description: 'Operation summaries should be 80 characters or shorter.',
	fixable: false,
	files: ['swagger'],
	options: {
		maxLength: { type: 'number', default: 80, description: 'The longest recommended operation summary, in characters.' },
	},
	check(context) {
		const summaries = operationSummaries(context.swagger!).map(({ operation, summary, path }) => ({ path, text: summary, data: { operationId: operation.operationId } }));
		reportOverMaxLength(context, summaries, "The operation 'summary'");
	},
});
