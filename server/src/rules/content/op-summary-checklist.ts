import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { internalOperationMessage, fixOperationSummary, reportMissingOperationString } from './_operationStrings';

/** The certification checklist asks for a summary on every operation; on internal ones it is a warning. */
export default defineRule({
	id: 'op-summary-checklist',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: {
		sources: ['CS', 'PRT'],
		basis: 'reviewers-let-through',
		note: 'Certified connectors accepted in 2023 and 2024 have internal operations without a summary, though authors add them when they update.',
	},
	description: 'Internal operations should have a summary too.',
	fixable: true,
	files: ['swagger'],
	check(context) {
		reportMissingOperationString(context, 'summary', true, (operation) => internalOperationMessage(operation, 'summary'));
	},
	fix: fixOperationSummary,
});
