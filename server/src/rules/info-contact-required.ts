import { FROM_CERTIFICATION, defineRule } from '../engine/types';
import { isObject } from '../core/refs';

/** Certification: `info.contact` tells users how to reach the service's support (CS "Step 3b"). */
export default defineRule({
	id: 'info-contact-required',
	msCode: 'RequiredPropertyMissing',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	description: 'The info object must have a contact object.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const info = context.swagger!.root.info;
		// A missing or malformed `info` is the structure rules' finding.
		if (!isObject(info) || info.contact !== undefined) {
			return;
		}
		context.report({
			file: 'swagger',
			path: ['info', 'contact'],
			target: 'missing',
			message: "The 'contact' property is required.",
			data: { property: 'contact' },
		});
	},
});
