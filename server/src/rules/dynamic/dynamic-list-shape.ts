import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { dynamicOccurrences, shapeProblems } from '../../core/dynamic';

/** EXT/MSS shape of `x-ms-dynamic-list`: an object, string paths, `parameters` of `{value}` or `{parameterReference}` objects. */
export default defineRule({
	id: 'dynamic-list-shape',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['EXT', 'MSS'], basis: 'certification-must' },
	description: 'An x-ms-dynamic-list extension must be well-formed.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const occurrence of dynamicOccurrences(context.swagger!)) {
			if (!(['x-ms-dynamic-list'] as readonly string[]).includes(occurrence.kind)) {
				continue;
			}
			for (const problem of shapeProblems(occurrence)) {
				context.report({ file: 'swagger', path: problem.path, target: problem.target, message: problem.message, data: problem.data });
			}
		}
	},
});
