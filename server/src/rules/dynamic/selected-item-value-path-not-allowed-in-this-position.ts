import { isObject } from '../../core/refs';
import { holdersOfKey } from '../../core/walk';
import { FROM_VALIDATOR, defineRule } from '../../engine/types';

/** `selectedItemValuePath` only makes sense for the parameters of an `x-ms-dynamic-tree` `browse` call. */
export default defineRule({
	id: 'selected-item-value-path-not-allowed-in-this-position',
	msCode: 'SelectedItemValuePathNotAllowedInThisPosition',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'The selectedItemValuePath property is allowed only in the browse parameters of x-ms-dynamic-tree.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const document = context.swagger!.document;
		if (!isObject(document.value)) {
			return; // Not a definition (another rule says so).
		}
		const holders = holdersOfKey(document, 'selectedItemValuePath');
		for (let holderIndex = 0; holderIndex < holders.length; holderIndex++) {
			const { path } = holders[holderIndex];
			// Allowed: …/x-ms-dynamic-tree/browse/parameters/<name>/selectedItemValuePath.
			const n = path.length;
			if (n >= 4 && path[n - 4] === 'x-ms-dynamic-tree' && path[n - 3] === 'browse' && path[n - 2] === 'parameters') {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...path, 'selectedItemValuePath'],
				target: 'key',
				message: "The 'selectedItemValuePath' property is not allowed in this position. It is allowed only in 'browse' operation of 'x-ms-dynamic-tree' extension.",
			});
		}
	},
});
