import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { isValidEmail } from '../../core/metadata';
import { infoContact } from './_contact';

/** SVR `ContactEmailNotValid`: "The email address provided is an incorrect format or contains non-ASCII characters." */
export default defineRule({
	id: 'contact-email-not-valid',
	msCode: 'ContactEmailNotValid',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'The contact email, if present, must be a valid ASCII email address.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const email = infoContact(context.swagger!)?.email;
		// Non-strings are json-type-incorrect's; an empty value is info-contact-fields'.
		if (typeof email !== 'string' || email.trim() === '' || isValidEmail(email)) {
			return;
		}
		context.report({
			file: 'swagger',
			path: ['info', 'contact', 'email'],
			message: "The contact 'email' property, if present, must be a valid email address.",
			data: { email },
		});
	},
});
