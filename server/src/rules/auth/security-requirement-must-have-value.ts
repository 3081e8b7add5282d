import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { securityRequirementEntries } from '../shared/schemaLimits';

/**
 * A security requirement whose value is `null` (SVR Security). Other non-array values are type errors that
 * `swagger-schema` reports; `null` is the common slip this message is written for.
 */
export default defineRule({
	id: 'security-requirement-must-have-value',
	msCode: 'SecurityRequirementMustHaveValue',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'Every security requirement must have an array value, empty when no scopes are needed.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const entry of securityRequirementEntries(context.swagger!)) {
			if (entry.value === null) {
				context.report({
					file: 'swagger',
					path: entry.path,
					message: `The security requirement '${entry.name}' must have have a value. Provide an empty array if no OAuth scopes are required.`,
					data: { name: entry.name },
				});
			}
		}
	},
});
