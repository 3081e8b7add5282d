import { isObject, valueAtPath } from '../../core/refs';
import { setValue } from '../../engine/edits';
import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { CONTACT_PLACEHOLDERS } from '../shared/fixStructure';
import { infoContact } from './_contact';

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
	evidence: { sources: ['CS', 'SFC'], basis: 'should' },
	description: 'The contact object should give the support name, URL and email.',
	fixable: true,
	files: ['swagger'],
	check(context) {
		const contact = infoContact(context.swagger!);
		// A missing contact is info-contact-required's finding.
		if (!contact) {
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
	fix({ finding, doc }) {
		const field = finding.data?.field;
		if (field !== 'name' && field !== 'url' && field !== 'email') {
			return undefined;
		}
		const placeholder = CONTACT_PLACEHOLDERS[field];
		// Keep the name, url, email order the skeleton and the docs use.
		const contact = valueAtPath(doc.value, ['info', 'contact']);
		const has = (key: string): boolean => isObject(contact) && contact[key] !== undefined;
		const order = ['name', 'url', 'email'];
		const before = order.slice(order.indexOf(field) + 1).find(has);
		const position = before !== undefined ? { before } : { after: order.slice(0, order.indexOf(field)).reverse().find(has) };
		return { requiresAuthor: true, title: `Add the contact ${field}`, edits: setValue(doc, finding.path, placeholder, position), placeholder };
	},
});
