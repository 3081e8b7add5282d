import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { withSubject } from '../shared/subject';
import { fieldSubject, keptOperations, outputKeyInNew, placeOf, typesDiffer, valuePath } from './_compare';

/** Flows that use an output as a number, a date or a list get something else: its type or format changed. */
export default defineRule({
	id: 'breaking-output-type-changed',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['CHG', 'UPD'], basis: 'change-validator-rejects' },
	description: "An output field's type and format must stay as they were in the previous version.",
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
			for (const [oldKey, old] of pair.before.outputs) {
				const key = outputKeyInNew(pair, oldKey);
				const now = pair.after.outputs.get(key);
				if (!now) {
					continue;
				}
				const data = { operationId: pair.after.operationId };
				if (typesDiffer(old.type, now.type)) {
					context.report({
						file: 'swagger',
						...placeOf(now, 'type'),
						message: withSubject(`The type has been changed for the output field, from '${old.type}' to '${now.type}'.`, fieldSubject(now, pair.after.operationId)),
						data: { valuePath: valuePath(pair.after.operationId, now, 'type'), ...data, before: old.type, after: now.type },
					});
				} else if (old.format !== now.format && old.type === now.type) {
					context.report({
						file: 'swagger',
						...placeOf(now, now.format !== undefined ? 'format' : undefined),
						message: withSubject(`The type format has been changed for the output field, from '${old.format ?? 'none'}' to '${now.format ?? 'none'}'.`, fieldSubject(now, pair.after.operationId)),
						data: { valuePath: valuePath(pair.after.operationId, now, 'format'), ...data, before: old.format ?? null, after: now.format ?? null },
					});
				}
			}
		}
	},
});
