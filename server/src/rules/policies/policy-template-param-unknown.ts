import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { OPERATION_NAME, PARAMETER_PREFIX, POLICY_SECTION, knownPolicyInstances, quotedList } from './_policies';

/**
 * APS closes each template's `parameters` (`additionalProperties: false`): a key the template does not take is
 * usually a misspelling of one it does (`urltemplate`, `x-ms-apimTemplate-operationNames`) and is ignored, so the
 * policy runs without the setting (rules.md §6, §8). The operation list and the policy section are accepted on
 * every template, as APS's base definition does.
 */
export default defineRule({
	id: 'policy-template-param-unknown',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['APS'], basis: 'should' },
	description: 'Policy template instances should only set parameters their template defines.',
	fixable: false,
	files: ['apiProperties'],
	check(context) {
		for (const { instance, template, parameters, parametersPath } of knownPolicyInstances(context.apiProperties!.policyTemplateInstances())) {
			if (!parameters || !template.parameters) {
				continue;
			}
			const allowed = [OPERATION_NAME, POLICY_SECTION, ...Object.keys(template.parameters).map((name) => PARAMETER_PREFIX + name)];
			for (const key of Object.keys(parameters)) {
				if (allowed.includes(key)) {
					continue;
				}
				const suggestion = allowed.find((candidate) => candidate.toLowerCase() === key.toLowerCase() || candidate.toLowerCase() === PARAMETER_PREFIX.toLowerCase() + key.toLowerCase());
				context.report({
					file: 'apiProperties',
					path: [...parametersPath, key],
					target: 'key',
					message: `The parameter '${key}' is not defined for policy template '${instance.templateId}'. ${suggestion ? `Did you mean '${suggestion}'?` : `It takes: ${quotedList(allowed)}.`}`,
					data: { templateId: template.id, parameter: key, suggestion, allowed },
				});
			}
		}
	},
});
