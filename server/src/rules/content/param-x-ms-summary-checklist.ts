import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { checklistMessage, fixParameterSummary, reportMissingParameterString } from './_paramStrings';

/**
 * The certification checklist asks for an `x-ms-summary` on every parameter. Where the validator does not enforce
 * it (internal parameters, those of internal operations, a body shown as one field) it is a warning.
 */
export default defineRule({
	id: 'param-x-ms-summary-checklist',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: {
		sources: ['CS', 'PRT'],
		basis: 'reviewers-let-through',
		note: 'Authors do add these when reviewers ask (an internal header in a 2024 fix upstream), but certified connectors accepted since 2021 lack them on internal headers, internal operations and body parameters alike.',
	},
	description: 'Internal parameters, parameters of internal operations and a body shown as one field should have an x-ms-summary too.',
	fixable: true,
	files: ['swagger'],
	check(context) {
		reportMissingParameterString(context, 'x-ms-summary', 'checklist', (parameter) => checklistMessage(context.swagger!, parameter, 'x-ms-summary'));
	},
	fix: fixParameterSummary,
});
