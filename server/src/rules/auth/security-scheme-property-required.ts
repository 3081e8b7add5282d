import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { schemesWithFieldRules } from './_schemeFields';

/**
 * A `securityDefinitions` entry missing a field its type needs: `name` and `in` for `apiKey`; `flow`, `scopes` and the
 * flow's URLs (`authorizationUrl`, `tokenUrl`) for `oauth2` (SVR Properties; Swagger 2.0 Security Scheme Object).
 */
export default defineRule({
	id: 'security-scheme-property-required',
	msCode: 'SecuritySchemePropertyRequired',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR', 'MSS'], basis: 'validator-rejects' },
	description: 'A security definition must have the properties its type requires.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const { path, value, rules } of schemesWithFieldRules(context.swagger!)) {
			for (const key of rules.required) {
				if (!Object.prototype.hasOwnProperty.call(value, key)) {
					context.report({
						file: 'swagger',
						path: [...path, key],
						target: 'missing',
						message: `The security definition property '${key}' is required for definitions of type '${rules.type}'.`,
						data: { property: key, type: rules.type },
					});
				}
			}
		}
	},
});
