import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { withSubject } from '../shared/subject';
import { keptOperations, swaggerVersions, valuePath } from './_compare';
import { newVersionFix, withPrevious } from './_newVersion';

/** The same operationId on another path template or method: flows call the old address and fail. */
export default defineRule({
	id: 'breaking-path-changed',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['CHG', 'UPD'], basis: 'change-validator-rejects' },
	description: "An operation's path template and method must stay as they were in the previous version.",
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
			const old = pair.before.info;
			const now = pair.after.info;
			const subject = `operation ${pair.after.operationId}, was ${old.method.toUpperCase()} ${old.pathKey}`;
			if (old.pathKey !== now.pathKey) {
				context.report(withPrevious(versions, pair, {
					file: 'swagger',
					path: ['paths', now.pathKey],
					target: 'key',
					message: withSubject('The path template has been changed for the operation.', subject),
					data: { valuePath: valuePath(pair.after.operationId), operationId: pair.after.operationId, before: old.pathKey, after: now.pathKey },
				}));
			}
			if (old.method !== now.method) {
				context.report(withPrevious(versions, pair, {
					file: 'swagger',
					path: now.path,
					target: 'key',
					message: withSubject('The method has been changed for the operation.', subject),
					data: { valuePath: valuePath(pair.after.operationId), operationId: pair.after.operationId, before: old.method, after: now.method },
				}));
			}
		}
	},
	fix: newVersionFix,
});
