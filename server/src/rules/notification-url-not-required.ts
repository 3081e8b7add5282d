import { FROM_VALIDATOR, defineRule } from '../engine/types';
import type { JsonPath } from '../core/json';
import { allNotificationUrlProperties } from './_triggers';

/**
 * The platform always sends the callback URL, so every level above it must require it: the body parameter
 * (`required: true`) and each schema's `required` list, down to the property.
 */
export default defineRule({
	id: 'notification-url-not-required',
	msCode: 'NotificationUrlNotRequired',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	description: 'A notification URL property must be required at every level, from the body parameter down.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const reported = new Set<string>();
		const report = (path: JsonPath, exists: boolean, data: Record<string, unknown>) => {
			const key = path.join('\u0000');
			if (reported.has(key)) {
				return;
			}
			reported.add(key);
			context.report({
				file: 'swagger',
				path,
				target: exists ? 'value' : 'missing',
				message: 'The notification URL property must be required all the way through the schema chain.',
				data,
			});
		};
		for (const property of allNotificationUrlProperties(context.swagger!)) {
			if (property.parameter.required !== true) {
				report([...property.parameterPath, 'required'], property.parameter.required !== undefined, { level: 'parameter' });
			}
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
