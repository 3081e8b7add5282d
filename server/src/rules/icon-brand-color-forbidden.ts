import { FROM_CERTIFICATION, defineRule } from '../engine/types';
import { FORBIDDEN_COLORS } from './_icon';

/** The PR template: the connector "doesn't use an invalid brand color, #007ee5 or #ffffff" (CS says the same). */
export default defineRule({
	id: 'icon-brand-color-forbidden',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	description: 'The iconBrandColor must not be #ffffff or the default #007ee5.',
	fixable: false,
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
});
