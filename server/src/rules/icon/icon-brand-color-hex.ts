import { FROM_CERTIFICATION, defineRule } from '../../engine/types';

/** The APS samples and the PR template write the brand colour as `#rrggbb`; the portal reads nothing else. */
export default defineRule({
	id: 'icon-brand-color-hex',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['APS', 'PRT'], basis: 'certification-must' },
	description: 'The iconBrandColor must be a six-digit hex colour such as #0058a9.',
	fixable: false,
	files: ['apiProperties'],
	check(context) {
		const color = context.apiProperties!.iconBrandColor;
		if (color !== undefined && !/^#[0-9a-fA-F]{6}$/.test(color)) {
			context.report({
				file: 'apiProperties',
				path: ['properties', 'iconBrandColor'],
				message: `The 'iconBrandColor' value '${color}' is not a colour of the form #rrggbb.`,
				data: { value: color },
			});
		}
	},
});
