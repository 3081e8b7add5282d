import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { decodeIcon, reportOnIcon } from './_icon';

/** CS: the icon "must be submitted in PNG format as icon.png". A renamed JPEG or a truncated file fails review. */
export default defineRule({
	id: 'icon-png',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['CS'], basis: 'certification-must' },
	description: 'The icon.png file must be a PNG image that decodes.',
	fixable: false,
	files: ['icon'],
	check(context) {
		const image = decodeIcon(context.artifacts.icon!);
		if (image.kind === 'not-png') {
			reportOnIcon(context, 'The icon must be submitted in PNG format as icon.png: this file does not start with the PNG signature.');
		} else if (image.kind === 'corrupt') {
			reportOnIcon(context, `The icon must be submitted in PNG format as icon.png: this file could not be decoded (${image.reason}).`);
		}
	},
});
