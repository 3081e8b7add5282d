import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { withSubject } from '../shared/subject';
import { fieldSubject, keptOperations, placeOf, swaggerVersions, valuePath } from './_compare';
import { newVersionFix, withPrevious } from './_newVersion';

/**
 * An input that took any value now takes a list (flows may hold a value outside it), or values of its list are gone
 * (flows may hold one of them). Values added to an existing list break nothing.
 */
export default defineRule({
	id: 'breaking-input-enum-changed',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['CHG', 'UPD'], basis: 'change-validator-rejects' },
	description: 'An update must not add a list of allowed values to an input, or remove values from its list.',
	files: ['swagger'],
	comparesVersions: true,
	fixable: true,
	check(context) {
		const versions = swaggerVersions(context);
		if (!versions) {
			return;
		}
		const { before, after } = versions;
		for (const pair of keptOperations(before, after)) {
			for (const [key, now] of pair.after.inputs) {
				const old = pair.before.inputs.get(key);
				if (!old || !now.enum) {
					continue;
				}
				const subject = fieldSubject(now, pair.after.operationId);
				const data = { valuePath: valuePath(pair.after.operationId, now), operationId: pair.after.operationId };
				if (!old.enum) {
					context.report(withPrevious(versions, pair, { file: 'swagger', ...placeOf(now, 'enum'), message: withSubject('The list of enum values has been added to the input field.', subject), data }));
					continue;
				}
				const removed = old.enum.filter((value) => !now.enum!.includes(value));
				if (removed.length > 0) {
					context.report(withPrevious(versions, pair, {
						file: 'swagger',
						...placeOf(now, 'enum'),
						message: withSubject(`Enum values have been removed from the input field: ${removed.map((value) => `'${value}'`).join(', ')}.`, subject),
						data: { ...data, removed },
					}));
				}
			}
		}
	},
	fix: newVersionFix,
});
