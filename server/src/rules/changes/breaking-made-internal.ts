import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { withSubject } from '../shared/subject';
import { fieldSubject, keptOperations, placeOf, swaggerVersions, valuePath } from './_compare';

/**
 * `x-ms-visibility: internal` hides an operation or parameter from the designer: flows that use it can no longer be
 * edited, and a hidden parameter can no longer be set. Deprecating an operation (`deprecated: true`, then internal) is
 * the documented way to retire it, so a deprecated operation is not reported.
 */
export default defineRule({
	id: 'breaking-made-internal',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['EXT', 'DEP', 'VER'], basis: 'heuristic' },
	description: 'An operation or parameter that flows can see must not become internal, unless the operation is deprecated.',
	fixable: false,
	files: ['swagger'],
	comparesVersions: true,
	check(context) {
		const versions = swaggerVersions(context);
		if (!versions) {
			return;
		}
		const { before, after } = versions;
		for (const pair of keptOperations(before, after)) {
			const operationId = pair.after.operationId;
			if (pair.after.deprecated) {
				continue;
			}
			if (pair.after.visibility === 'internal' && pair.before.visibility !== 'internal') {
				context.report({
					file: 'swagger',
					path: [...pair.after.info.path, 'x-ms-visibility'],
					message: withSubject('The operation has been made internal: flows that use it can no longer be edited. Deprecate it instead.', `operation ${operationId}`),
					data: { valuePath: valuePath(operationId), operationId },
				});
			}
			for (const [key, now] of pair.after.inputs) {
				const old = pair.before.inputs.get(key);
				if (!old || now.visibility !== 'internal' || old.visibility === 'internal') {
					continue;
				}
				context.report({
					file: 'swagger',
					...placeOf(now, 'x-ms-visibility'),
					message: withSubject(`The ${key.includes('/schema/') ? 'input field' : 'parameter'} has been made internal: flows that set it can no longer change it.`, fieldSubject(now, operationId)),
					data: { valuePath: valuePath(operationId, now), operationId },
				});
			}
		}
	},
});
