import { jsonTypeOf } from '../../core/refs';
import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { targetFacts, typesCompatible } from '../../core/dynamic';
import { targetedEntries } from './_targetedCalls';

/** A literal passed in a dynamic call must have the type of the invoked operation's input it fills. */
export default defineRule({
	id: 'operation-parameter-static-type-mismatch',
	msCode: 'OperationParameterStaticTypeMismatch',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "A static value in a dynamic call must match the type of the invoked operation's parameter.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		for (const { target, entry } of targetedEntries(swagger, 'static')) {
			const expected = targetFacts(swagger, target, entry.key)?.type;
			const provided = jsonTypeOf(entry.literal);
			if (expected === undefined || typesCompatible(expected, provided)) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: entry.literalPath,
				message: `The parameter has type '${expected}', but a static value is provided of type '${provided}'.`,
				data: { operationId: target.operationId, name: entry.key, expected, provided },
			});
		}
	},
});
