import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { withSubject } from '../shared/subject';
import { keptOperations, nearestExisting, successCounterpart, swaggerVersions, valuePath } from './_compare';
import { newVersionFix, withPrevious } from './_newVersion';

/**
 * A success response, or its schema, is gone: what flows read from it goes with it. A schema with fields is left to
 * breaking-output-deleted (one finding per field, as Microsoft's validator lists them); this rule covers a body without
 * fields (a string, a file, an untyped object). A status that became another (200 to 201) with a schema is not gone.
 */
export default defineRule({
	id: 'breaking-success-response-removed',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['UPD'], basis: 'heuristic', note: "No message of Microsoft's change validator for a removed response is known; its field-by-field output check reports the fields instead." },
	description: 'A success response of the previous version, and its schema, must not be removed.',
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
			for (const [status, old] of pair.before.successResponses) {
				// A schema with fields: breaking-output-deleted reports each field flows read from it.
				const prefix = `responses/${status}/schema/`;
				if ([...pair.before.outputs.keys()].some((key) => key.startsWith(prefix))) {
					continue;
				}
				const counterpart = successCounterpart(pair, status);
				const now = counterpart === undefined ? undefined : pair.after.successResponses.get(counterpart);
				if (!now) {
					if (old.schemaPath === undefined) {
						continue; // A success without a body gave flows nothing to read.
					}
					context.report(withPrevious(versions, pair, {
						file: 'swagger',
						path: nearestExisting(after.root, [...pair.after.info.path, 'responses']),
						target: 'key',
						message: withSubject(`The '${status}' response has been removed. This change breaks existing flows.`, `operation ${operationId}`),
						data: { valuePath: valuePath(operationId, `responses/${status}`), operationId, status },
					}));
				} else if (old.schemaPath !== undefined && now.schemaPath === undefined) {
					context.report(withPrevious(versions, pair, {
						file: 'swagger',
						path: now.path,
						target: 'key',
						message: withSubject(`The schema of the '${status}' response has been removed. This change breaks existing flows.`, `operation ${operationId}`),
						data: { valuePath: valuePath(operationId, `responses/${status}/schema`), operationId, status },
					}));
				}
			}
		}
	},
	fix: newVersionFix,
});
