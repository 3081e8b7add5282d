import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { fieldSubject, keptOperations, swaggerVersions, typeChange } from './_compare';
import { newVersionFix, withPrevious } from './_newVersion';

/** What a flow passes no longer fits: an input's type or format changed (an array's item type counts as its type). */
export default defineRule({
	id: 'breaking-input-type-changed',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['CHG', 'UPD'], basis: 'change-validator-rejects' },
	description: "An input's type and format must stay as they were in the previous version.",
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
				if (!old) {
					continue;
				}
				const change = typeChange('input', pair.after.operationId, old, now, fieldSubject(now, pair.after.operationId));
				if (change) {
					context.report(withPrevious(versions, pair, change));
				}
			}
		}
	},
	fix: newVersionFix,
});
