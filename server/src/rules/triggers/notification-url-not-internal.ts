import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { allNotificationUrlProperties, propertyPath } from '../shared/triggers';
import { reportOncePerPath } from '../shared/reportOncePerPath';
import { isInternal } from '../../core/strings';

/** The callback URL is filled by the platform, so users must never see it: it, or a schema above it, is internal. */
export default defineRule({
	id: 'notification-url-not-internal',
	msCode: 'NotificationUrlNotInternal',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'A notification URL property, or one of its parents, must be internal.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const report = reportOncePerPath(context);
		for (const property of allNotificationUrlProperties(context.swagger!)) {
			const internal = isInternal(property.parameter) || property.chain.some((step) => isInternal(step.value));
			if (internal) {
				continue;
			}
			const last = property.chain[property.chain.length - 1].value;
			report({
				file: 'swagger',
				path: [...propertyPath(property), 'x-ms-visibility'],
				target: last['x-ms-visibility'] === undefined ? 'missing' : 'value',
				message: 'The notification URL property itself or at least one of its parents must be internal.',
				data: { name: property.name },
			});
		}
	},
});
