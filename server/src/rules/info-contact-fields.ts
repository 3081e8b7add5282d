import { FROM_CERTIFICATION, defineRule } from '../engine/types';
import { isObject } from '../core/refs';

const FIELDS = [
	['name', 'the name of your support team'],
	['url', 'the URL of your support website'],
	['email', 'your support email'],
] as const;

/** CS "Step 3b": the contact gives one value for each of the support team's name, website and email. */
export default defineRule({
	id: 'info-contact-fields',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	description: 'The contact object should give the support name, URL and email.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const info = context.swagger!.root.info;
		const contact = isObject(info) ? info.contact : undefined;
		// A missing contact is info-contact-required's finding.
		if (!isObject(contact)) {
			return;
		}
		for (const [field, what] of FIELDS) {
			const value = contact[field];
			if (value !== undefined && (typeof value !== 'string' || value.trim() !== '')) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: ['info', 'contact', field],
				target: value === undefined ? 'missing' : 'value',
				message: `The contact '${field}' should be provided: ${what}.`,
				data: { field },
			});
		}
	},
});
