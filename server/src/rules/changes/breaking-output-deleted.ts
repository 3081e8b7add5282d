import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { withSubject } from '../shared/subject';
import { fieldSubject, keptOperations, outputKeyInNew, placeInNew, swaggerVersions, valuePath } from './_compare';
import { newVersionFix, withPrevious } from './_newVersion';

/**
 * A field of a success response is gone: flows that read it (dynamic content in later steps) break. Reported once
 * per field, at the top of what was removed, also when the response or its schema went whole (its top-level fields).
 */
export default defineRule({
	id: 'breaking-output-deleted',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['CHG', 'UPD'], basis: 'change-validator-rejects' },
	description: 'A field of a success response of the previous version must not be deleted.',
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
			for (const [key, old] of pair.before.outputs) {
				const newKey = outputKeyInNew(pair, key);
				if (pair.after.outputs.has(newKey) || !old.label) {
					continue;
				}
				// The top of what was removed: its parent still exists (the response's schema, or an object in it).
				const parentKey = newKey.slice(0, newKey.lastIndexOf('/'));
				const parent = pair.after.outputs.get(parentKey);
				const oldParent = pair.before.outputs.get(key.slice(0, key.lastIndexOf('/')));
				// A field of a response schema removed whole is reported like any other (Microsoft's validator lists them).
				const schemaGone = !parent && oldParent !== undefined && oldParent.label === '';
				if (!parent && !schemaGone) {
					continue; // Gone with its parent, which is reported.
				}
				if (parent && parent.type !== oldParent?.type) {
					continue; // The parent is no longer an object: breaking-output-type-changed says so once.
				}
				context.report(withPrevious(versions, pair, {
					file: 'swagger',
					path: placeInNew(pair, after, old),
					target: 'key',
					message: withSubject('The output field has been deleted. This change breaks existing flows.', fieldSubject({ ...old, key: newKey }, pair.after.operationId)),
					data: { valuePath: valuePath(pair.after.operationId, outputKeyInNew(pair, old.valuePath)), operationId: pair.after.operationId, field: old.label },
				}));
			}
		}
	},
	fix: newVersionFix,
});
