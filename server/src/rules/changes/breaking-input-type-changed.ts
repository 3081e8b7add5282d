import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { withSubject } from '../shared/subject';
import { fieldSubject, keptOperations, placeOf, typesDiffer, valuePath } from './_compare';

/** What a flow passes no longer fits: an input's type or format changed (an array's item type counts as its type). */
export default defineRule({
	id: 'breaking-input-type-changed',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['CHG', 'UPD'], basis: 'change-validator-rejects' },
	description: "An input's type and format must stay as they were in the previous version.",
	fixable: false,
	files: ['swagger'],
	comparesVersions: true,
	check(context) {
		const before = context.previous?.swagger;
		const after = context.swagger;
		if (!before || !after) {
			return;
		}
		for (const pair of keptOperations(before, after)) {
			for (const [key, now] of pair.after.inputs) {
				const old = pair.before.inputs.get(key);
				if (!old) {
					continue;
				}
				const data = { operationId: pair.after.operationId };
				if (typesDiffer(old.type, now.type)) {
					context.report({
						file: 'swagger',
						...placeOf(now, 'type'),
						message: withSubject(`The type has been changed for the input field, from '${old.type}' to '${now.type}'.`, fieldSubject(now, pair.after.operationId)),
						data: { valuePath: valuePath(pair.after.operationId, now, 'type'), ...data, before: old.type, after: now.type },
					});
				} else if (old.format !== now.format && old.type === now.type) {
					context.report({
						file: 'swagger',
						...placeOf(now, now.format !== undefined ? 'format' : undefined),
						message: withSubject(`The type format has been changed for the input field, from '${old.format ?? 'none'}' to '${now.format ?? 'none'}'.`, fieldSubject(now, pair.after.operationId)),
						data: { valuePath: valuePath(pair.after.operationId, now, 'format'), ...data, before: old.format ?? null, after: now.format ?? null },
					});
				}
			}
		}
	},
});
