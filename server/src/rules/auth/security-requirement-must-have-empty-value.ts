import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { securityRequirementEntries } from '../shared/schemaLimits';

/** Only OAuth 2 requirements take scopes; a basic or API key requirement must be `[]` (SVR Security). */
export default defineRule({
	id: 'security-requirement-must-have-empty-value',
	msCode: 'SecurityRequirementMustHaveEmptyValue',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'A security requirement for a non-OAuth scheme must be an empty array.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const entry of securityRequirementEntries(context.swagger!)) {
			const type = entry.definition?.type;
			if (typeof type === 'string' && type !== 'oauth2' && Array.isArray(entry.value) && entry.value.length > 0) {
				context.report({
					file: 'swagger',
					path: entry.path,
					message: `The security requirement '${entry.name}' cannot specify any scopes, an empty array should be provided.`,
					data: { name: entry.name, type },
				});
			}
		}
	},
});
