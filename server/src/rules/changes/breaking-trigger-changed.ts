import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { withSubject } from '../shared/subject';
import { keptOperations, swaggerVersions, valuePath } from './_compare';
import { newVersionFix, withPrevious } from './_newVersion';

/**
 * A trigger that became an action, an action that became a trigger, or a trigger whose kind changed (`single` to
 * `batch`): flows built on it are of the other kind and stop working. Our own rule, from how the designer uses it.
 */
export default defineRule({
	id: 'breaking-trigger-changed',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['EXT', 'PT', 'WH'], basis: 'heuristic' },
	description: "An operation's `x-ms-trigger` must stay as it was in the previous version.",
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
			const old = pair.before.trigger;
			const now = pair.after.trigger;
			if (old === now) {
				continue;
			}
			const describe = (kind: string | undefined) => (kind === undefined ? 'an action' : `a '${kind}' trigger`);
			context.report(withPrevious(versions, pair, {
				file: 'swagger',
				path: now === undefined ? pair.after.info.path : [...pair.after.info.path, 'x-ms-trigger'],
				target: 'key',
				message: withSubject(`The operation has been changed from ${describe(old)} to ${describe(now)}.`, `operation ${pair.after.operationId}`),
				data: { valuePath: valuePath(pair.after.operationId), operationId: pair.after.operationId, before: old ?? null, after: now ?? null },
			}));
		}
	},
	fix: newVersionFix,
});
