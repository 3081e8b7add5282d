import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { withSubject } from '../shared/subject';
import { fieldSubject, isParameter, keptOperations, movedParameter, placeInNew, swaggerVersions, valuePath } from './_compare';
import { newVersionFix, withPrevious } from './_newVersion';

/**
 * A parameter of the previous version is gone from its operation (a renamed parameter is gone under its old name):
 * flows that set it lose the value, or fail. An internal parameter with a default is the connector's own business.
 */
export default defineRule({
	id: 'breaking-parameter-deleted',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['UPD'], basis: 'heuristic', note: "No message of Microsoft's change validator for a deleted parameter is known, so it is not an error." },
	description: 'A parameter of the previous version must not be deleted or renamed.',
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
			for (const [key, field] of pair.before.inputs) {
				if (!isParameter(field) || pair.after.inputs.has(key) || movedParameter(pair.before.inputs, pair.after.inputs, field)) {
					continue;
				}
				if (field.visibility === 'internal' && field.hasDefault) {
					continue;
				}
				context.report(withPrevious(versions, pair, {
					file: 'swagger',
					path: placeInNew(pair, after, field),
					target: 'key',
					message: withSubject('The input field has been deleted. This change breaks existing flows.', fieldSubject(field, pair.after.operationId)),
					data: { valuePath: valuePath(pair.after.operationId, field), operationId: pair.after.operationId, parameter: field.label },
				}));
			}
		}
	},
	fix: newVersionFix,
});
