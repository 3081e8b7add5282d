import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { reportReferencesNeedingSuccessor } from './_successor';

/**
 * EXT: `x-ms-dynamic-schema` cannot say whether a `{"parameter": …}` reference means a parameter or a body property; with
 * `x-ms-dynamic-properties` beside it, references are full paths.
 * This rule reports references that match both a parameter and a body property path.
 */
export default defineRule({
	id: 'dynamic-properties-extension-required-for-ambiguous-references',
	msCode: 'DynamicPropertiesExtensionRequiredForAmbiguousReferences',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'An x-ms-dynamic-schema reference that is ambiguous requires x-ms-dynamic-properties.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		reportReferencesNeedingSuccessor(context, 'x-ms-dynamic-schema', 'ambiguous', "The 'x-ms-dynamic-schema' extension references ambiguous parameter references. You need to define the 'x-ms-dynamic-properties' extension.");
	},
});
