import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { FORBIDDEN_COLORS, colorDistance, opaqueBackground, parseHexColor, reportOnIcon, toHex } from './_icon';

/** Small enough for anti-aliasing noise, too small to be a deliberate colour. */
const TOLERANCE = 8;

/** CS: the icon background must not be white (#ffffff) nor the default blue (#007ee5). */
export default defineRule({
	id: 'icon-background-not-white-default',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['CS'], basis: 'certification-must' },
	description: 'The icon background must not be white (#ffffff) or the default blue (#007ee5).',
	fixable: false,
	files: ['icon'],
	check(context) {
		const corner = opaqueBackground(context);
		if (!corner) {
			return;
		}
		for (const forbidden of FORBIDDEN_COLORS) {
			if (colorDistance(corner, parseHexColor(forbidden.hex)!) <= TOLERANCE) {
				reportOnIcon(context, `The icon background is ${toHex(corner)}, ${forbidden.name}; it must not be #ffffff or #007ee5.`, { background: toHex(corner) });
				return;
			}
		}
	},
});
