import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { SUCCESSOR, callEntries, matchBodyProperty, matchParameterName } from '../../core/dynamic';
import { targetedCalls } from './_targetedCalls';

/**
 * A key of an `x-ms-dynamic-values` / `x-ms-dynamic-schema` call names an input of the invoked operation. When it is
 * both a parameter name and a body property path there, the call is ambiguous. (Ambiguous *references*, on the
 * calling operation's side, are the dynamic-list/-properties-extension-required-for-ambiguous-references findings.)
 */
export default defineRule({
	id: 'operation-parameter-name-is-ambiguous',
	msCode: 'OperationParameterNameIsAmbiguous',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'A parameter name in a dynamic call must not match both a parameter and a body property of the invoked operation.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		for (const { occurrence, target } of targetedCalls(swagger)) {
			const successor = SUCCESSOR[occurrence.kind];
			// List/properties keys are full paths, and with them beside it the designer no longer reads this call's keys.
			if (!successor || occurrence.host.value[successor] !== undefined) {
				continue;
			}
			for (const entry of callEntries(occurrence)) {
				const parameter = matchParameterName(target, entry.key);
				const property = parameter && matchBodyProperty(swagger, target, entry.key);
				if (!parameter || !property) {
					continue;
				}
				context.report({
					file: 'swagger',
					path: entry.path,
					target: 'key',
					message: 'The parameter name is ambiguous as it matches both a parameter name and a path to a body property.',
					data: { operationId: target.operationId, name: entry.key },
				});
			}
		}
	},
});
