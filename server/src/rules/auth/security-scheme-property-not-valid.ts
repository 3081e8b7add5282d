import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { schemesWithFieldRules } from './_schemeFields';

/**
 * A `securityDefinitions` entry with a field its type does not use: `tokenUrl` on `apiKey`, `name` on `oauth2`,
 * `tokenUrl` on an `implicit` flow… (SVR Properties; Swagger 2.0 Security Scheme Object). Extensions (`x-…`) are allowed.
 */
export default defineRule({
	id: 'security-scheme-property-not-valid',
	msCode: 'SecuritySchemePropertyNotValid',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR', 'MSS'], basis: 'validator-rejects' },
	description: 'A security definition may only use the properties of its type.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const { path, value, rules } of schemesWithFieldRules(context.swagger!)) {
			for (const key of Object.keys(value)) {
				if (!key.startsWith('x-') && !rules.allowed.includes(key)) {
					const flow = value.flow;
					context.report({
						file: 'swagger',
						path: [...path, key],
						target: 'key',
						message: `The security definition property '${key}' is not valid for definitions of type '${rules.type}'.`,
						data: { property: key, type: rules.type, flow: typeof flow === 'string' ? flow : undefined },
					});
				}
			}
		}
	},
});
