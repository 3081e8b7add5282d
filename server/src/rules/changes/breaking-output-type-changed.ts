import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { fieldSubject, keptOperations, outputKeyInNew, swaggerVersions, typeChange } from './_compare';
import { newVersionFix, withPrevious } from './_newVersion';

/** Flows that use an output as a number, a date or a list get something else: its type or format changed. */
export default defineRule({
	id: 'breaking-output-type-changed',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['CHG', 'UPD'], basis: 'change-validator-rejects' },
	description: "An output field's type and format must stay as they were in the previous version.",
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
			for (const [oldKey, old] of pair.before.outputs) {
				const key = outputKeyInNew(pair, oldKey);
				const now = pair.after.outputs.get(key);
				if (!now) {
					continue;
				}
				const change = typeChange('output', pair.after.operationId, old, now, fieldSubject(now, pair.after.operationId));
				if (change) {
					context.report(withPrevious(versions, pair, change));
				}
			}
		}
	},
	fix: newVersionFix,
});
