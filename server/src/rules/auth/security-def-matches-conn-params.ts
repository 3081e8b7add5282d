import { FROM_CERTIFICATION, defineRule, type ReportDescriptor } from '../../engine/types';
import type { JsonPath } from '../../core/json';

/**
 * The swagger's security definitions and apiProperties' connection parameters describe the same sign-in, so they
 * should agree (repository convention, rules.md §5): an `apiKey` definition needs a `securestring` parameter, `basic`
 * needs `username` and `password` parameters, `oauth2` needs an `oauthSetting` parameter, and an `oauthSetting`
 * parameter needs an `oauth2` definition. Multi-auth sets count together.
 */
export default defineRule({
	id: 'security-def-matches-conn-params',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['README'], basis: 'should' },
	description: "The swagger's security definitions should match the connection parameters in apiProperties.json.",
	fixable: false,
	files: ['swagger', 'apiProperties'],
	check(context) {
		const swagger = context.swagger;
		const apiProperties = context.apiProperties;
		if (!swagger || !apiProperties) {
			return;
		}
		const parameters = apiProperties.connectionParameters();
		const properties = apiProperties.properties;
		// Where a missing parameter is reported: the parameters container the author would add it to.
		const container: { path: JsonPath; target: 'key' | 'missing' } =
			properties.connectionParameters !== undefined
				? { path: ['properties', 'connectionParameters'], target: 'key' }
				: properties.connectionParameterSets !== undefined
					? { path: ['properties', 'connectionParameterSets'], target: 'key' }
					: { path: ['properties', 'connectionParameters'], target: 'missing' };
		const names = new Set(parameters.map((parameter) => parameter.name.toLowerCase()));
		const hasType = (type: string) => parameters.some((parameter) => parameter.type === type);
		let hasOAuth2 = false;
		for (const definition of swagger.securityDefinitions()) {
			const type = typeof definition.value?.type === 'string' ? definition.value.type : undefined;
			const missing: string[] = [];
			switch (type?.toLowerCase()) {
				case 'apikey':
					if (!hasType('securestring')) {
						missing.push("'securestring' connection parameter to hold the key");
					}
					break;
				case 'basic':
					for (const name of ['username', 'password']) {
						if (!names.has(name)) {
							missing.push(`'${name}' connection parameter`);
						}
					}
					break;
				case 'oauth2':
					hasOAuth2 = true;
					if (!hasType('oauthSetting')) {
						missing.push("'oauthSetting' connection parameter");
					}
					break;
				default:
					// Unsupported types are auth-type-supported's.
					break;
			}
			for (const what of missing) {
				const report: ReportDescriptor = {
					file: 'apiProperties',
					path: container.path,
					target: container.target,
					message: `The swagger's security definition '${definition.name}' is of type '${type}', but apiProperties.json has no ${what}.`,
					data: { securityDefinition: definition.name, type },
					related: [{ file: 'swagger', path: definition.path, target: 'key', message: `Security definition '${definition.name}'.` }],
				};
				context.report(report);
			}
		}
		if (hasOAuth2) {
			return;
		}
		for (const parameter of parameters) {
			if (parameter.type === 'oauthSetting') {
				context.report({
					file: 'apiProperties',
					path: [...parameter.path, 'type'],
					message: `The connection parameter '${parameter.name}' is of type 'oauthSetting', but the swagger has no 'oauth2' security definition.`,
					data: { name: parameter.name },
				});
			}
		}
	},
});
