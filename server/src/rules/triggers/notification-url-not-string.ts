import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { allNotificationUrlProperties, propertyPath } from '../shared/triggers';
import { reportOncePerPath } from '../shared/reportOncePerPath';

/** The callback URL is a string; a property of another type cannot hold it. */
export default defineRule({
	id: 'notification-url-not-string',
	msCode: 'NotificationUrlNotString',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'A notification URL property must be of type string.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const report = reportOncePerPath(context);
		for (const property of allNotificationUrlProperties(context.swagger!)) {
			const type = property.chain[property.chain.length - 1].value.type;
			if (type === 'string') {
				continue;
			}
			report({
				file: 'swagger',
				path: [...propertyPath(property), 'type'],
				target: type === undefined ? 'missing' : 'value',
				message: 'The notification URL property must be of type string.',
				data: { name: property.name, type },
			});
		}
	},
});
