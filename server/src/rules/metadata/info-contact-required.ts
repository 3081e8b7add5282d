import { isObject } from '../../core/refs';
import { setValue } from '../../engine/edits';
import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { CONTACT_PLACEHOLDERS } from '../shared/fixStructure';

/** Certification: `info.contact` tells users how to reach the service's support (CS "Step 3b"). */
export default defineRule({
	id: 'info-contact-required',
	msCode: 'RequiredPropertyMissing',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['PR683', 'PR1095'], basis: 'validator-rejects' },
	description: 'The info object must have a contact object.',
	fixable: true,
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
	fix({ doc }) {
		return { requiresAuthor: true, title: 'Add a contact with name, URL and email', edits: setValue(doc, ['info', 'contact'], { ...CONTACT_PLACEHOLDERS }), placeholder: CONTACT_PLACEHOLDERS.name };
	},
});
