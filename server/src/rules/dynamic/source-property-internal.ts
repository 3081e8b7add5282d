import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { callEntries, dynamicCalls, sourceFacts } from '../../core/dynamic';
import { isInternal } from '../../core/strings';

/**
 * A dynamic call in a visible operation must not reference an internal input (or one under an internal parent): the
 * designer does not pass its value. EXT: use the internal input's default as a static value instead.
 */
export default defineRule({
	id: 'source-property-internal',
	msCode: 'SourcePropertyInternal',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR', 'EXT'], basis: 'validator-rejects' },
	description: 'A dynamic call must not reference an internal parameter or property of a visible operation.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		for (const occurrence of dynamicCalls(swagger)) {
			for (const entry of callEntries(occurrence)) {
				if (entry.kind !== 'reference') {
					continue;
				}
				for (const source of occurrence.operations) {
					if (isInternal(source.value) || sourceFacts(swagger, source, entry)?.internal !== true) {
						continue;
					}
					context.report({
						file: 'swagger',
						path: entry.referencePath,
						message: `The parameter reference '${entry.reference}' in the source operation '${source.operationId ?? ''}' is internal or one of its parent(s) are internal. Either make the property visible or update the parameter reference to a static value.`,
						data: { operationId: source.operationId, reference: entry.reference },
					});
					break;
				}
			}
		}
	},
});
