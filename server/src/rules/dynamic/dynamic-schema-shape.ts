import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { dynamicOccurrences, shapeProblems } from '../../core/dynamic';

/** MSS shape of `x-ms-dynamic-schema` / `-properties`: an object with an operationId and only the keys MSS lists. */
export default defineRule({
	id: 'dynamic-schema-shape',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['MSS'], basis: 'certification-must' },
	description: 'An x-ms-dynamic-schema or x-ms-dynamic-properties extension must be well-formed.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const occurrence of dynamicOccurrences(context.swagger!)) {
			if (!(['x-ms-dynamic-schema', 'x-ms-dynamic-properties'] as readonly string[]).includes(occurrence.kind)) {
				continue;
			}
			for (const problem of shapeProblems(occurrence)) {
				context.report({ file: 'swagger', path: problem.path, target: problem.target, message: problem.message, data: problem.data });
			}
		}
	},
});
