import { isObject } from '../../core/refs';
import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { description, firstLineRange, normalizeText } from './_intro';

/**
 * Microsoft's intro.md template starts with "a detailed description here, distinct from your connector's
 * description" (SFC), before the first section: the docs page shows it under the connector's name.
 */
export default defineRule({
	id: 'intro-description-first',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['SVR', 'SFC'], basis: 'should' },
	description: "The intro.md file should start with a description paragraph that differs from the connector's description.",
	fixable: false,
	files: ['intro'],
	check(context) {
		const intro = context.artifacts.intro!;
		const found = description(intro);
		if (!found.range) {
			context.report({
				file: 'intro',
				path: [],
				range: firstLineRange(intro),
				message: "The intro.md file does not start with a description: Microsoft's intro.md template puts a paragraph before the first section, distinct from the connector's description.",
				data: { reason: 'missing' },
			});
			return;
		}
		const info = context.swagger?.root.info;
		const infoDescription = isObject(info) && typeof info.description === 'string' ? normalizeText(info.description) : '';
		if (infoDescription !== '' && normalizeText(found.text) === infoDescription) {
			context.report({
				file: 'intro',
				path: [],
				range: found.range,
				message: "The description repeats the connector's description (info.description): Microsoft's intro.md template asks for a detailed description distinct from it.",
				data: { reason: 'same' },
			});
		}
	},
});
