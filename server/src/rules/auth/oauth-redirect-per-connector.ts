import { setValue } from '../../engine/edits';
import { FROM_CERTIFICATION, defineRule } from '../../engine/types';

/**
 * Reviewers ask for `"redirectMode": "GlobalPerConnector"` on every OAuth setting (PR#3035, PR#3162): each connector
 * then gets its own redirect URL. `Global` and `Direct` (and a missing mode, which means `Global`) are reported; any
 * other value is an enum error that `api-properties-schema` already reports.
 */
export default defineRule({
	id: 'oauth-redirect-per-connector',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: {
		sources: ['CS', 'PR3035', 'PR3162', 'PR3255'],
		basis: 'reviewers-let-through',
		note: "Reviewers have asked for GlobalPerConnector since 2023-10 and the certification page documents it since 2024-02, but the repository's apiProperties schema still rejected the value in 2024-02 and certified connectors accepted since keep Global, so it is a warning until Microsoft enforces it.",
	},
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
						? "The 'redirectMode' property is missing; certification reviewers ask for 'GlobalPerConnector', a redirect URL of this connector's own."
						: `The 'redirectMode' value '${mode}' shares a redirect URL with other connectors; certification reviewers ask for 'GlobalPerConnector'.`,
				data: { parameter: settings.parameter.name, value: mode, expected: 'GlobalPerConnector' },
			});
		}
	},
	fix({ finding, doc }) {
		return { title: "Set redirectMode to 'GlobalPerConnector'", edits: setValue(doc, finding.path, 'GlobalPerConnector') };
	},
});
