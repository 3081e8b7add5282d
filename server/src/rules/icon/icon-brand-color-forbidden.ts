import { setValue } from '../../engine/edits';
import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { BRAND_COLOR_PLACEHOLDER } from '../shared/fixStructure';
import { FORBIDDEN_COLORS } from './_icon';

/** The PR template: the connector "doesn't use an invalid brand color, #007ee5 or #ffffff" (CS says the same). */
export default defineRule({
	id: 'icon-brand-color-forbidden',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['README', 'CS'], basis: 'certification-must' },
	description: 'The iconBrandColor must not be #ffffff or the default #007ee5.',
	fixable: true,
	files: ['apiProperties'],
	check(context) {
		const color = context.apiProperties!.iconBrandColor;
		const forbidden = color === undefined ? undefined : FORBIDDEN_COLORS.find((item) => item.hex === color.trim().toLowerCase());
		if (forbidden) {
			context.report({
				file: 'apiProperties',
				path: ['properties', 'iconBrandColor'],
				message: `The iconBrandColor ${color} is ${forbidden.name}, which is not a valid brand color: use your brand's colour, not #007ee5 or #ffffff.`,
				data: { value: color },
			});
		}
	},
	fix({ finding, doc }) {
		// Only the author knows the brand's colour: put a valid one in its place, selected for overwriting.
		return { requiresAuthor: true, title: 'Replace the colour with a placeholder brand colour', edits: setValue(doc, finding.path, BRAND_COLOR_PLACEHOLDER), placeholder: BRAND_COLOR_PLACEHOLDER };
	},
});
