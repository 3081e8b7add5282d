import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { rootAndOperationLists } from '../../core/metadata';

/** SVR `SchemesArrayEmpty` (the upstream template ships `"schemes": []`). */
export default defineRule({
	id: 'schemes-array-empty',
	msCode: 'SchemesArrayEmpty',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'A schemes array must not be empty.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const list of rootAndOperationLists(context.swagger!, 'schemes')) {
			if (list.value.length > 0) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: list.path,
				message: "The 'schemes' array requires at least one value.",
				data: { suggestion: ['https'] },
			});
		}
	},
});
