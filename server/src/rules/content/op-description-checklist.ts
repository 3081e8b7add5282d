import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { internalOperationMessage, fixOperationDescription, reportMissingOperationString } from './_operationStrings';

/** The certification checklist asks for a description on every operation; on internal ones it is a warning. */
export default defineRule({
	id: 'op-description-checklist',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: {
		sources: ['CS', 'PRT'],
		basis: 'reviewers-let-through',
		note: "Certified connectors accepted from 2021 to 2024 have internal operations without a description; Microsoft's own Azure IoT Central added one to an internal operation in a 2021 update and kept nineteen without.",
	},
	description: 'Internal operations should have a description too.',
	fixable: true,
	files: ['swagger'],
	check(context) {
		reportMissingOperationString(context, 'description', true, (operation) => internalOperationMessage(operation, 'description'));
	},
	fix: fixOperationDescription,
});
