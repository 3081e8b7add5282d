import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { withSubject } from '../shared/subject';
import { keptOperations, movedOnto, nearestExisting, swaggerVersions, typeChange, valuePath } from './_compare';
import { newVersionFix, withPrevious } from './_newVersion';

/**
 * A webhook trigger's `x-ms-notification-content` schema is what flows read from each notification: a field gone or
 * of another type or format breaks them as an output change would. Microsoft's change validator names these fields
 * (`operation/X/responses/x-ms-notification-content/schema/...`), but its verdict on each kind of change is not
 * published, so this stays a warning.
 */
export default defineRule({
	id: 'breaking-notification-schema-changed',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['WH', 'EXT'], basis: 'heuristic' },
	description: "A webhook trigger's notification schema must keep the fields, types and formats of the previous version.",
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
			const operationId = pair.after.operationId;
			for (const [key, old] of pair.before.notification) {
				const now = pair.after.notification.get(key);
				const subject = old.label ? `notification field '${old.label}' of ${operationId}` : `notification schema of ${operationId}`;
				if (!now) {
					const parentKey = key.slice(0, key.lastIndexOf('/'));
					const parent = pair.after.notification.get(parentKey);
					if (old.label && (!parent || parent.type !== pair.before.notification.get(parentKey)?.type)) {
						continue; // Reported at the parent that went, or whose type changed.
					}
					context.report(withPrevious(versions, pair, {
						file: 'swagger',
						path: nearestExisting(after.root, movedOnto(pair, old.anchor)),
						target: 'key',
						message: withSubject(old.label ? 'The notification field has been deleted. This change breaks existing flows.' : 'The notification schema has been removed. This change breaks existing flows.', subject),
						data: { valuePath: valuePath(operationId, old), operationId },
					}));
				} else {
					const change = typeChange('notification', operationId, old, now, subject);
					if (change) {
						context.report(withPrevious(versions, pair, change));
					}
				}
			}
		}
	},
	fix: newVersionFix,
});
