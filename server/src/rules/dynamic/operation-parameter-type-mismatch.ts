import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { sourceFacts, targetFacts, typesCompatible } from '../../core/dynamic';
import { targetedEntries } from './_targetedCalls';

/** A reference in a dynamic call must provide a value of the type the invoked operation's input expects. */
export default defineRule({
	id: 'operation-parameter-type-mismatch',
	msCode: 'OperationParameterTypeMismatch',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "A parameter referenced by a dynamic call must have the type of the invoked operation's parameter.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		for (const { occurrence, target, entry } of targetedEntries(swagger, 'reference')) {
			const expected = targetFacts(swagger, target, entry.key)?.type;
			if (expected === undefined) {
				continue;
			}
			for (const source of occurrence.operations) {
				const provided = sourceFacts(swagger, source, entry)?.type;
				if (provided !== undefined && !typesCompatible(expected, provided)) {
					context.report({
						file: 'swagger',
						path: entry.referencePath,
						message: `The parameter has type '${expected}', but operation '${source.operationId ?? ''}' is providing a parameter of type '${provided}'.`,
						data: { operationId: source.operationId, name: entry.key, expected, provided },
					});
					break;
				}
			}
		}
	},
});
