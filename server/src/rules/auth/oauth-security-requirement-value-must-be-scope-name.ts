import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { isObject } from '../../core/refs';
import { securityRequirementEntries } from '../shared/schemaLimits';

/** An OAuth 2 requirement listing a scope that its definition's `scopes` map does not declare (SVR Security). */
export default defineRule({
	id: 'oauth-security-requirement-value-must-be-scope-name',
	msCode: 'OAuthSecurityRequirementValueMustBeScopeName',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: {
		sources: ['SVR'],
		basis: 'validator-lets-through',
		note: "A swagger the validator accepted in 2021 names an undefined scope: the platform takes OAuth scopes from apiProperties.json, not from security.",
	},
	description: "OAuth security requirements may only list scopes declared in the definition's 'scopes'.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const entry of securityRequirementEntries(context.swagger!)) {
			if (entry.definition?.type !== 'oauth2' || !Array.isArray(entry.value)) {
				continue;
			}
			const scopes = isObject(entry.definition.scopes) ? entry.definition.scopes : {};
			entry.value.forEach((scope, index) => {
				if (typeof scope === 'string' && !Object.prototype.hasOwnProperty.call(scopes, scope)) {
					context.report({
						file: 'swagger',
						path: [...entry.path, index],
						message: `The OAuth security requirement '${entry.name}' refers to scope name '${scope}', but this is not defined in the 'securityDefinitions' object.`,
						data: { name: entry.name, scope },
					});
				}
			});
		}
	},
});
