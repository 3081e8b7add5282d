import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { fixOperationDescription, reportMissingOperationString } from './_operationStrings';
import { subjectOf, withSubject } from '../shared/subject';

/**
 * Certification: every operation the designer shows has a `description`, the action's help text. Internal operations
 * are op-description-checklist's.
 */
export default defineRule({
	id: 'op-description-required',
	msCode: 'RequiredPropertyMissing',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: {
		sources: ['CS', 'PR3408'],
		basis: 'validator-rejects',
		note: 'Internal operations are left to op-description-checklist (a warning): the designer never shows them, and certified connectors accepted in 2023 and 2024 have internal operations without a description.',
	},
	description: 'Every operation the designer shows must have a description.',
	fixable: true,
	files: ['swagger'],
	check(context) {
		// Microsoft's message, then the operation it is about, so the Problems row stands alone.
		reportMissingOperationString(context, 'description', false, (operation) => withSubject("The 'description' property is required.", subjectOf(context.swagger!, operation.path)));
	},
	fix: fixOperationDescription,
});
