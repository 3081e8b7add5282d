import { FROM_VALIDATOR, defineRule } from '../engine/types';
import { dynamicOccurrences, referenceProblems } from './_dynamic';

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
	description: 'An x-ms-dynamic-schema reference that is ambiguous requires x-ms-dynamic-properties.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		for (const occurrence of dynamicOccurrences(swagger)) {
			if (occurrence.kind !== 'x-ms-dynamic-schema') {
				continue;
			}
			const references = referenceProblems(swagger, occurrence).ambiguous;
			if (references.length === 0) {
				continue;
			}
			// One finding per extension: the fix (adding `x-ms-dynamic-properties`) is one edit, whatever the number of references.
			context.report({
				file: 'swagger',
				path: occurrence.path,
				target: 'key',
				message: "The 'x-ms-dynamic-schema' extension references ambiguous parameter references. You need to define the 'x-ms-dynamic-properties' extension.",
				data: { references, extension: 'x-ms-dynamic-properties' },
			});
		}
	},
});
