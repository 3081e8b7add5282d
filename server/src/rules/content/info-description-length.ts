import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { isObject } from '../../core/refs';
import { charLength } from '../../core/strings';

/** Certification: the connector description "can't be shorter than 30 characters or longer than 500" (CS). */
export default defineRule({
	id: 'info-description-length',
	msCode: 'FieldLengthNotInRange',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['CS', 'DP'], basis: 'validator-rejects' },
	description: 'The connector description must be between 30 and 500 characters long.',
	fixable: false,
	files: ['swagger'],
	options: {
		minLength: { type: 'number', default: 30, description: 'The shortest allowed connector description, in characters.' },
		maxLength: { type: 'number', default: 500, description: 'The longest allowed connector description, in characters.' },
	},
	check(context) {
		const min = context.option<number | null>('minLength');
		const max = context.option<number | null>('maxLength');
		const info = context.swagger!.root.info;
		const description = isObject(info) ? info.description : undefined;
		// An empty description is info-description-required's finding.
		if (typeof description !== 'string' || description.trim() === '') {
			return;
		}
		const length = charLength(description);
		const tooShort = typeof min === 'number' && length < min;
		const tooLong = typeof max === 'number' && length > max;
		if (tooShort || tooLong) {
			context.report({
				file: 'swagger',
				path: ['info', 'description'],
				message:
					typeof min === 'number' && typeof max === 'number'
						? `The 'description' value must be between '${min}' and '${max}' characters.`
						: tooShort
							? `The 'description' value must be at least '${min}' characters.`
							: `The 'description' value must be at most '${max}' characters.`,
				data: { length, min, max },
			});
		}
	},
});
