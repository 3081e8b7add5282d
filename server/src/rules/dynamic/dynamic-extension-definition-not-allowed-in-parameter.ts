import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { dynamicOccurrences } from '../../core/dynamic';

/** A dynamic extension belongs in a body parameter's `schema` (or one of its properties), never on the parameter. */
export default defineRule({
	id: 'dynamic-extension-definition-not-allowed-in-parameter',
	msCode: 'DynamicExtensionDefinitionNotAllowedInParameter',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'Dynamic extensions must be defined in the body parameter schema, not on the body parameter.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const occurrence of dynamicOccurrences(context.swagger!)) {
			if (occurrence.host.kind !== 'body-parameter') {
				continue;
			}
			context.report({
				file: 'swagger',
				path: occurrence.path,
				target: 'key',
				message: 'Dynamic extensions are not allowed to be defined on the body parameter. It should be in the schema.',
				data: { extension: occurrence.kind },
			});
		}
	},
});
