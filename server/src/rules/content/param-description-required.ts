import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { fixParameterDescription, reportMissingParameterString } from './_paramStrings';
import { subjectOf, withSubject } from '../shared/subject';

/**
 * Certification: a parameter the user fills in has a `description`, the field's tooltip and placeholder in the
 * designer. Microsoft's validator reports it on path, query, header and formData parameters of visible operations;
 * hidden parameters and body parameters are param-description-checklist's.
 */
export default defineRule({
	id: 'param-description-required',
	msCode: 'RequiredPropertyMissing',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: {
		sources: ['CS', 'PR550', 'PR3407', 'PR4160'],
		basis: 'validator-rejects',
		note: "Checked where Microsoft's validator checks it: body parameters, internal parameters and the parameters of internal operations are left to param-description-checklist (a warning), because swaggers the validator accepted since 2021 lack it on hundreds of those.",
	},
	description: 'Every parameter a user fills in must have a description.',
	fixable: true,
	files: ['swagger'],
	check(context) {
		// Microsoft's message, then the parameter it is about, so the Problems row stands alone.
		reportMissingParameterString(context, 'description', 'validator', (parameter) => withSubject("The 'description' property is required.", subjectOf(context.swagger!, parameter.definitionPath)));
	},
	fix: fixParameterDescription,
});
