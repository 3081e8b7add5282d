import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { reportReferencesNeedingSuccessor } from './_successor';

/**
 * EXT: `x-ms-dynamic-values` cannot say whether a `{"parameter": …}` reference means a parameter or a body property; with
 * `x-ms-dynamic-list` beside it, references are full paths.
 * This rule reports references to body properties.
 */
export default defineRule({
	id: 'dynamic-list-extension-required-for-non-parameter-references',
	msCode: 'DynamicListExtensionRequiredForNonParameterReferences',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'An x-ms-dynamic-values reference to a body property requires x-ms-dynamic-list.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		reportReferencesNeedingSuccessor(context, 'x-ms-dynamic-values', 'nonParameter', "The 'x-ms-dynamic-values' extension references properties within parameters. You need to define the 'x-ms-dynamic-list' extension.");
	},
});
