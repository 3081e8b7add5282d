import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { decodeIcon, reportOnIcon } from './_icon';

/**
 * Reviewers ask for a 230×230 icon (PR#3473, #2376, #3107); CS describes a ≈160 px logo inside a ≈230 px square.
 * rules.md §12 item 8: we follow the reviewers' exact size, as settings, and report at warning level.
 */
export default defineRule({
	id: 'icon-size',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['CS'], basis: 'should' },
	description: 'The icon should be a 230×230 pixel square.',
	fixable: false,
	files: ['icon'],
	options: {
		width: { type: 'number', default: 230, description: 'The expected icon width in pixels.' },
		height: { type: 'number', default: 230, description: 'The expected icon height in pixels.' },
	},
	check(context) {
		const image = decodeIcon(context.artifacts.icon!);
		if (image.kind !== 'decoded' && image.kind !== 'header-only') {
			return;
		}
		const width = context.option<number>('width');
		const height = context.option<number>('height');
		if (image.width !== width || image.height !== height) {
			reportOnIcon(context, `The icon is ${image.width}×${image.height} pixels; certification expects ${width}×${height}.`, { width: image.width, height: image.height });
		}
	},
});
