import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { colorDistance, opaqueBackground, parseHexColor, reportOnIcon, toHex } from './_icon';

/** Reviewers check that the icon's background "matches the iconBrandColor property in apiProperties.json" (PR#3473). */
export default defineRule({
	id: 'icon-matches-brand-color',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: {
		sources: ['CS'],
		basis: 'reviewers-let-through',
		note: "Reviewers ask for it, but a certified connector accepted in 2024 has an icon background that differs visibly from its iconBrandColor.",
	},
	description: 'The icon background must be the iconBrandColor of apiProperties.json.',
	fixable: false,
	files: ['icon'],
	options: {
		tolerance: { type: 'number', default: 16, description: 'The largest per-channel difference (0–255) still counted as the same colour.' },
	},
	check(context) {
		const brand = context.apiProperties?.iconBrandColor;
		const brandColor = brand === undefined ? undefined : parseHexColor(brand);
		const corner = opaqueBackground(context);
		if (!brandColor || !corner) {
			return; // A missing or malformed colour is the icon-brand-color rules' finding.
		}
		if (colorDistance(corner, brandColor) > context.option<number>('tolerance')) {
			reportOnIcon(context, `The icon background ${toHex(corner)} does not match the iconBrandColor ${brand} in apiProperties.json.`, { background: toHex(corner), iconBrandColor: brand });
		}
	},
});
