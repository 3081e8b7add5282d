import { setValue } from '../engine/edits';
import { FROM_CERTIFICATION, defineRule } from '../engine/types';

/**
 * Reviewers ask for `"redirectMode": "GlobalPerConnector"` on every OAuth setting (PR#3035, PR#3162): each connector
 * then gets its own redirect URL. `Global` and `Direct` (and a missing mode, which means `Global`) are reported; any
 * other value is an enum error that `api-properties-schema` already reports.
 */
export default defineRule({
	id: 'oauth-redirect-per-connector',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	description: "OAuth settings must use the 'GlobalPerConnector' redirect mode.",
	fixable: true,
	files: ['apiProperties'],
	check(context) {
		for (const settings of context.apiProperties!.oauthSettings()) {
			const mode = settings.value.redirectMode;
			if (mode !== undefined && mode !== 'Global' && mode !== 'Direct') {
				continue;
			}
			context.report({
				file: 'apiProperties',
				path: [...settings.path, 'redirectMode'],
				target: mode === undefined ? 'missing' : 'value',
				message:
					mode === undefined
						? "The 'redirectMode' property is required and must be 'GlobalPerConnector'."
						: `The 'redirectMode' value '${mode}' is not accepted for certification; use 'GlobalPerConnector'.`,
				data: { parameter: settings.parameter.name, value: mode, expected: 'GlobalPerConnector' },
			});
		}
	},
	fix({ finding, doc }) {
		return { title: "Set redirectMode to 'GlobalPerConnector'", edits: setValue(doc, finding.path, 'GlobalPerConnector') };
	},
});
