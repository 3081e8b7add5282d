import { FROM_VALIDATOR, defineRule } from '../engine/types';
import { securityRequirementEntries } from './_schemaLimits';

/** A `security` requirement (root or operation) naming a scheme that `securityDefinitions` does not define (SVR Security). */
export default defineRule({
	id: 'security-requirement-must-be-defined',
	msCode: 'SecurityRequirementMustBeDefined',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	description: "Every security requirement must name a scheme defined in 'securityDefinitions'.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const entry of securityRequirementEntries(context.swagger!)) {
			if (!entry.defined) {
				context.report({
					file: 'swagger',
					path: entry.path,
					target: 'key',
					message: `The security requirement '${entry.name}' is not defined in the 'securityDefinitions' object.`,
					data: { name: entry.name },
				});
			}
		}
	},
});
