import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { checklistMessage, fixParameterDescription, reportMissingParameterString } from './_paramStrings';

/**
 * The certification checklist asks for a `description` on every parameter. Where the validator does not enforce it
 * (internal parameters, those of internal operations, a body shown as one field) it is a warning.
 */
export default defineRule({
	id: 'param-description-checklist',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: {
		sources: ['CS', 'PRT'],
		basis: 'reviewers-let-through',
		note: 'The pull-request template asks for descriptions on all parameters, but certified connectors accepted since 2021 lack them on internal headers, internal operations and body parameters alike.',
	},
	description: 'Internal parameters, parameters of internal operations and a body shown as one field should have a description too.',
	fixable: true,
	files: ['swagger'],
	check(context) {
		reportMissingParameterString(context, 'description', 'checklist', (parameter) => checklistMessage(context.swagger!, parameter, 'description'));
	},
	fix: fixParameterDescription,
});
