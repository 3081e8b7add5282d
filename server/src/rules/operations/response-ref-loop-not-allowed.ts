import { isObject, refOf } from '../../core/refs';
import { FROM_VALIDATOR, defineRule } from '../../engine/types';

/** A shared response under the root `responses` that is only a `$ref` to another definition instead of a response. */
export default defineRule({
	id: 'response-ref-loop-not-allowed',
	msCode: 'ResponseRefLoopNotAllowed',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'A shared response definition must not be a $ref to another definition.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const responses = context.swagger!.root.responses;
		if (!isObject(responses)) {
			return;
		}
		for (const [name, value] of Object.entries(responses)) {
			const ref = refOf(value);
			if (ref === undefined) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: ['responses', name, '$ref'],
				message: "The response definition may not use a '$ref' to point to another definition.",
				data: { name, ref },
			});
		}
	},
});
