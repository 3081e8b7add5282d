import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { isObject } from '../../core/refs';
import { isHidden } from './_connectionParameters';

function filled(value: unknown): boolean {
	return typeof value === 'string' && value.trim() !== '';
}

/**
 * The connection dialog shows each visible parameter's `uiDefinition.displayName` as the field label and its
 * `description` as the hint (README sample). Hidden parameters (`constraints.hidden: "true"`) and
 * `oauthSetting`/`gatewaySetting` parameters (the dialog draws a sign-in button or a gateway picker) are exempt. A multi-auth
 * parameter may carry its description in `uiDefinition.schema.description` (MA).
 */
export default defineRule({
	id: 'conn-param-ui-strings',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['README'], basis: 'should' },
	description: 'Every visible connection parameter should have a uiDefinition with a displayName and a description.',
	fixable: false,
	files: ['apiProperties'],
	check(context) {
		for (const parameter of context.apiProperties!.connectionParameters()) {
			const value = parameter.value;
			// The dialog draws its own sign-in button and gateway picker for these two types.
			if (!value || isHidden(parameter) || parameter.type === 'oauthSetting' || parameter.type === 'gatewaySetting') {
				continue;
			}
			const ui = value.uiDefinition;
			if (!isObject(ui)) {
				context.report({
					file: 'apiProperties',
					path: [...parameter.path, 'uiDefinition'],
					target: ui === undefined ? 'missing' : 'value',
					message: `The connection parameter '${parameter.name}' should have a 'uiDefinition' with a 'displayName' and a 'description'.`,
					data: { name: parameter.name, missing: ['uiDefinition'] },
				});
				continue;
			}
			const schemaDescription = isObject(ui.schema) ? ui.schema.description : undefined;
			for (const key of ['displayName', 'description'] as const) {
				if (filled(ui[key]) || (key === 'description' && filled(schemaDescription))) {
					continue;
				}
				context.report({
					file: 'apiProperties',
					path: [...parameter.path, 'uiDefinition', key],
					target: ui[key] === undefined ? 'missing' : 'value',
					message: `The connection parameter '${parameter.name}' should have a non-empty 'uiDefinition.${key}'.`,
					data: { name: parameter.name, missing: [key] },
				});
			}
		}
	},
});
