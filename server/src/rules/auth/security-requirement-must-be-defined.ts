import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { securityRequirementEntries } from '../shared/schemaLimits';
import { subjectOf, withSubject } from '../shared/subject';

/** A `security` requirement (root or operation) naming a scheme that `securityDefinitions` does not define (SVR Security). */
export default defineRule({
	id: 'security-requirement-must-be-defined',
	msCode: 'SecurityRequirementMustBeDefined',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: {
		sources: ['SVR'],
		basis: 'validator-lets-through',
		note: "Swaggers the validator accepted from 2021 to 2024 name security requirements that securityDefinitions does not define: the platform takes authentication from apiProperties.json, not from security.",
	},
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
					message: withSubject(`The security requirement '${entry.name}' is not defined in the 'securityDefinitions' object.`, subjectOf(context.swagger, entry.path.slice(0, -1))),
					data: { name: entry.name },
				});
			}
		}
	},
});
