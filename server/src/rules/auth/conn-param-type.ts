import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { isObject } from '../../core/refs';

const TYPES = new Set(['string', 'securestring', 'int', 'bool', 'oauthSetting', 'gatewaySetting']);

/**
 * A connection parameter's `type` must agree with its settings: `oAuthSettings` belongs to an `oauthSetting`
 * parameter, and an `oauthSetting` parameter needs `oAuthSettings`. A `type` outside the APS list (string,
 * securestring, int, bool, oauthSetting, gatewaySetting) is already an enum error of `api-properties-schema`.
 */
export default defineRule({
	id: 'conn-param-type',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['APS'], basis: 'certification-must' },
	description: "A connection parameter with oAuthSettings must be of type 'oauthSetting', and one of that type must have them.",
	fixable: false,
	files: ['apiProperties'],
	check(context) {
		for (const parameter of context.apiProperties!.connectionParameters()) {
			const value = parameter.value;
			const type = parameter.type;
			if (!value || type === undefined || !TYPES.has(type)) {
				continue;
			}
			const hasSettings = isObject(value.oAuthSettings);
			if (hasSettings && type !== 'oauthSetting') {
				context.report({
					file: 'apiProperties',
					path: [...parameter.path, 'type'],
					message: `The connection parameter '${parameter.name}' has 'oAuthSettings', so its type must be 'oauthSetting', not '${type}'.`,
					data: { name: parameter.name, type, expected: 'oauthSetting' },
				});
			} else if (!hasSettings && type === 'oauthSetting') {
				context.report({
					file: 'apiProperties',
					path: [...parameter.path, 'oAuthSettings'],
					target: value.oAuthSettings === undefined ? 'missing' : 'value',
					message: `The connection parameter '${parameter.name}' is of type 'oauthSetting', so it must define 'oAuthSettings'.`,
					data: { name: parameter.name, type },
				});
			}
		}
	},
});
