import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { fixParameterSummary, reportMissingParameterString } from './_paramStrings';
import { subjectOf, withSubject } from '../shared/subject';

/**
 * Certification: a parameter the user fills in has an `x-ms-summary`, the field's label in the designer. Microsoft's
 * validator reports it on path, query, header and formData parameters of visible operations; hidden parameters and
 * body parameters are param-x-ms-summary-checklist's.
 */
export default defineRule({
	id: 'param-x-ms-summary-required',
	msCode: 'RequiredPropertyMissing',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: {
		sources: ['CS', 'PR550', 'PR1658', 'PR3407', 'PR4041'],
		basis: 'validator-rejects',
		note: "Checked where Microsoft's validator checks it: body parameters, internal parameters and the parameters of internal operations are left to param-x-ms-summary-checklist (a warning), because swaggers the validator accepted since 2021 lack it on thousands of those and on the others only in the two exceptions below.",
	},
	description: 'Every parameter a user fills in must have an x-ms-summary.',
	fixable: true,
	files: ['swagger'],
	check(context) {
		// Microsoft's message, then the parameter it is about, so the Problems row stands alone.
		reportMissingParameterString(context, 'x-ms-summary', 'validator', (parameter) => withSubject("The 'x-ms-summary' property is required.", subjectOf(context.swagger!, parameter.definitionPath)));
	},
	fix: fixParameterSummary,
});
