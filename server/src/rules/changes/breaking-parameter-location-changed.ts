import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { withSubject } from '../shared/subject';
import { fieldSubject, keptOperations, movedParameter, placeOf, swaggerVersions, valuePath } from './_compare';
import { newVersionFix, withPrevious } from './_newVersion';

/** A parameter moved (`in`: query to header, path to query…): the service no longer finds what flows send. */
export default defineRule({
	id: 'breaking-parameter-location-changed',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['CHG', 'UPD'], basis: 'change-validator-rejects' },
	description: "A parameter's location (`in`) must stay as it was in the previous version.",
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
			for (const [key, old] of pair.before.inputs) {
				const now = pair.after.inputs.has(key) ? undefined : movedParameter(pair.before.inputs, pair.after.inputs, old);
				if (!now || old.location === undefined || now.location === undefined) {
					continue;
				}
				context.report(withPrevious(versions, pair, {
					file: 'swagger',
					...placeOf(now, 'in'),
					message: withSubject(`The location has been changed for the parameter, from '${old.location}' to '${now.location}'.`, fieldSubject(now, pair.after.operationId)),
					data: { valuePath: valuePath(pair.after.operationId, now), operationId: pair.after.operationId, before: old.location, after: now.location },
				}));
			}
		}
	},
	fix: newVersionFix,
});
