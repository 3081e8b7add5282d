import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { isObject } from '../../core/refs';
import { constraintsOf } from './_connectionParameters';

/** APS key pattern: letters, digits and `_`, optionally `:` and a sub-name (`token:TenantId`, `token:clientId`). */
const NAME = /^[0-9a-zA-Z_]+(:[0-9a-zA-Z_]+)?$/;

/**
 * Connection parameter names follow APS's key pattern; `token:TenantId` (the Azure AD tenant picker) has a fixed shape:
 * type `string`, `metadata.sourceType` `AzureActiveDirectoryTenant`, hidden.
 */
export default defineRule({
	id: 'conn-param-name',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['APS'], basis: 'certification-must' },
	description: "Connection parameter names must use letters, digits and '_' (optionally 'name:sub'); 'token:TenantId' has a fixed shape.",
	fixable: false,
	files: ['apiProperties'],
	check(context) {
		for (const parameter of context.apiProperties!.connectionParameters()) {
			const { name, path, value } = parameter;
			if (!NAME.test(name)) {
				context.report({
					file: 'apiProperties',
					path,
					target: 'key',
					message: `The connection parameter name '${name}' is not valid: use only letters, digits and '_', optionally followed by ':' and a sub-name (as in 'token:TenantId').`,
					data: { name },
				});
				continue;
			}
			if (name !== 'token:TenantId' || !value) {
				continue;
			}
			const shape = "The 'token:TenantId' parameter must be of type 'string', with 'metadata.sourceType' 'AzureActiveDirectoryTenant', and hidden.";
			if (value.type !== undefined && value.type !== 'string') {
				context.report({ file: 'apiProperties', path: [...path, 'type'], message: shape, data: { name, property: 'type' } });
			}
			const metadata = value.metadata;
			const sourceType = isObject(metadata) ? metadata.sourceType : undefined;
			if (sourceType !== 'AzureActiveDirectoryTenant') {
				context.report({
					file: 'apiProperties',
					path: isObject(metadata) ? [...path, 'metadata', 'sourceType'] : [...path, 'metadata'],
					target: sourceType === undefined ? 'missing' : 'value',
					message: shape,
					data: { name, property: 'metadata.sourceType' },
				});
			}
			// A boolean `true` is hidden too; its JSON type is api-properties-schema's finding.
			const constraints = constraintsOf(parameter);
			const hidden = constraints?.hidden;
			if (hidden !== 'true' && hidden !== true) {
				const ui = value.uiDefinition;
				context.report({
					file: 'apiProperties',
					path: constraints ? [...path, 'uiDefinition', 'constraints', 'hidden'] : isObject(ui) ? [...path, 'uiDefinition', 'constraints'] : [...path, 'uiDefinition'],
					target: hidden === undefined ? 'missing' : 'value',
					message: shape,
					data: { name, property: 'uiDefinition.constraints.hidden' },
				});
			}
		}
	},
});
