import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { PARAMETER_PREFIX, POLICY_SECTION, knownPolicyInstances } from './_policies';

/**
 * Policy parameters with a fixed set of values, per APS (rules.md §6): `x-ms-apimTemplate-policySection`
 * (Request/Response; Failure only for setheader), `existsAction` (override/skip/append), `httpMethod`, `retainKey`.
 * Compared exactly, as APS's `enum` does. Values of the wrong JSON type are policy-template-param-types' findings.
 */
export default defineRule({
	id: 'policy-template-enums',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['APS'], basis: 'certification-must' },
	description: 'Policy template parameters with a fixed set of values must use one of them.',
	fixable: false,
	files: ['apiProperties'],
	check(context) {
		for (const { instance, template, parameters, parametersPath } of knownPolicyInstances(context.apiProperties!.policyTemplateInstances())) {
			if (!parameters) {
				continue;
			}
			const enums: [string, readonly string[]][] = [[POLICY_SECTION, template.policySections]];
			for (const [name, spec] of Object.entries(template.parameters ?? {})) {
				if (spec.enum) {
					enums.push([PARAMETER_PREFIX + name, spec.enum]);
				}
			}
			for (const [key, allowed] of enums) {
				const value = parameters[key];
				if (typeof value !== 'string' || allowed.includes(value)) {
					continue;
				}
				context.report({
					file: 'apiProperties',
					path: [...parametersPath, key],
					message: `The value '${value}' is not allowed for '${key}' of policy template '${instance.templateId}'. Use one of: ${allowed.join(', ')}.`,
					data: { templateId: template.id, parameter: key, value, allowed },
				});
			}
		}
	},
});
