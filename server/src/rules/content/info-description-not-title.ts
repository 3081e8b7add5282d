import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { isObject } from '../../core/refs';
import { normalizeText, textValue } from '../../core/strings';

/** MSS: the connector description "should be different from the title". */
export default defineRule({
	id: 'info-description-not-title',
	severity: 'information',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['MSS'], basis: 'guidance' },
	description: 'The connector description should say more than the title.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const info = context.swagger!.root.info;
		if (!isObject(info)) {
			return;
		}
		const title = textValue(info.title);
		const description = textValue(info.description);
		if (title !== undefined && description !== undefined && normalizeText(title) === normalizeText(description)) {
			context.report({
				file: 'swagger',
				path: ['info', 'description'],
				message: 'The connector description should be different from the title: describe the main purpose and value of the connector.',
			});
		}
	},
});
