import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { isObject } from '../../core/refs';
import { charLength } from '../../core/strings';

/** Certification: a connector title "can't be longer than 30 characters" (CS, STR; PR#3407). */
export default defineRule({
	id: 'info-title-max-30',
	msCode: 'FieldLengthExceeded',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['CS'], basis: 'validator-rejects' },
	description: 'The connector title must be 30 characters or fewer.',
	fixable: false,
	files: ['swagger'],
	options: {
		maxLength: { type: 'number', default: 30, description: 'The longest allowed connector title, in characters.' },
	},
	check(context) {
		const max = context.option<number | null>('maxLength');
		const info = context.swagger!.root.info;
		const title = isObject(info) ? info.title : undefined;
		if (typeof max !== 'number' || typeof title !== 'string') {
			return;
		}
		const length = charLength(title);
		if (length > max) {
			context.report({
				file: 'swagger',
				path: ['info', 'title'],
				message: `The 'title' value goes over the character limit '${max}'`,
				data: { length, max },
			});
		}
	},
});
