import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { reportReferencesNeedingSuccessor } from './_successor';

/**
 * EXT: `x-ms-dynamic-values` cannot say whether a `{"parameter": …}` reference means a parameter or a body property; with
 * `x-ms-dynamic-list` beside it, references are full paths.
 * This rule reports references that match both a parameter and a body property path.
 */
export default defineRule({
	id: 'dynamic-list-extension-required-for-ambiguous-references',
	msCode: 'DynamicListExtensionRequiredForAmbiguousReferences',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR', 'EXT'], basis: 'validator-rejects' },
	description: 'An x-ms-dynamic-values reference that is ambiguous requires x-ms-dynamic-list.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		reportReferencesNeedingSuccessor(context, 'x-ms-dynamic-values', 'ambiguous', "The 'x-ms-dynamic-values' extension references ambiguous parameter references. You need to define the 'x-ms-dynamic-list' extension.");
	},
});
