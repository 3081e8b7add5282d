import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import type { JsonPath } from '../../core/json';
import { allNotificationUrlProperties } from '../shared/triggers';
import { reportOncePerPath } from '../shared/reportOncePerPath';

/**
 * The platform always sends the callback URL, so every schema above it must require it: each schema's `required`
 * list, from the body schema down to the property. The body parameter's own `required` is not part of the chain: the
 * validator accepted webhook registrations whose body parameter is optional (three swaggers, 2022 to 2024).
 */
export default defineRule({
	id: 'notification-url-not-required',
	msCode: 'NotificationUrlNotRequired',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: {
		sources: ['SVR'],
		basis: 'validator-rejects',
		note: "The body parameter's own required flag is not checked: swaggers the validator accepted from 2022 to 2024 register webhooks with an optional body parameter whose schema requires the URL.",
	},
	description: 'A notification URL property must be required at every level of the body schema.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const reportOnce = reportOncePerPath(context);
		const report = (path: JsonPath, exists: boolean, data: Record<string, unknown>) =>
			reportOnce({
				file: 'swagger',
				path,
				target: exists ? 'value' : 'missing',
				message: 'The notification URL property must be required all the way through the schema chain.',
				data,
			});
		for (const property of allNotificationUrlProperties(context.swagger!)) {
			for (let k = 1; k < property.chain.length; k++) {
				const parent = property.chain[k - 1];
				const name = property.chain[k].name!;
				const required = parent.value.required;
				if (!Array.isArray(required) || !required.includes(name)) {
					report([...parent.path, 'required'], required !== undefined, { level: 'property', name });
				}
			}
		}
	},
});
