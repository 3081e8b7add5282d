import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { fixOperationSummary, reportMissingOperationString } from './_operationStrings';
import { subjectOf, withSubject } from '../shared/subject';

/**
 * Certification: every operation the designer shows has a `summary`, the action's name. Internal operations are
 * op-summary-checklist's.
 */
export default defineRule({
	id: 'op-summary-required',
	msCode: 'RequiredPropertyMissing',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: {
		sources: ['CS', 'PR609'],
		basis: 'validator-rejects',
		note: 'Internal operations are left to op-summary-checklist (a warning): the designer never shows them, and certified connectors accepted in 2023 and 2024 have internal operations without a summary.',
	},
	description: 'Every operation the designer shows must have a summary.',
	fixable: true,
	files: ['swagger'],
	check(context) {
		// Microsoft's message, then the operation it is about, so the Problems row stands alone.
		reportMissingOperationString(context, 'summary', false, (operation) => withSubject("The 'summary' property is required.", subjectOf(context.swagger!, operation.path)));
	},
	fix: fixOperationSummary,
});
