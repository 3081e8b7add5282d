import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { iconCorners, reportOnIcon } from './_icon';

/** CS asks for a "non-transparent" background; reviewers reject icons whose "background is not white or transparent". */
export default defineRule({
	id: 'icon-background-opaque',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['CS'], basis: 'certification-must' },
	description: 'The icon background must be opaque.',
	fixable: false,
	files: ['icon'],
	check(context) {
		const corners = iconCorners(context);
		if (!corners) {
			return;
		}
		const alpha = Math.min(...corners.map((corner) => corner.a));
		if (alpha < 255) {
			reportOnIcon(context, `The icon background must be non-transparent: its corners have an alpha of ${alpha} (255 is opaque).`, { alpha });
		}
	},
});
