import { isObject, refOf } from '../../core/refs';
import { FROM_VALIDATOR, defineRule } from '../../engine/types';

/** A shared parameter under `#/parameters` must be written out, not be a `$ref` to another definition. */
export default defineRule({
	id: 'parameter-ref-loop-not-allowed',
	msCode: 'ParameterRefLoopNotAllowed',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'A shared parameter definition must not be a $ref to another definition.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const shared = context.swagger!.root.parameters;
		if (!isObject(shared)) {
			return;
		}
		for (const [name, value] of Object.entries(shared)) {
			const ref = refOf(value);
			if (ref === undefined) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: ['parameters', name, '$ref'],
				message: "The parameter definition may not use a '$ref' to point to another definition.",
				data: { name, ref },
			});
		}
	},
});
