import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { PARAMETER_PREFIX, POLICY_SECTION, knownPolicyInstances } from './_policies';

/**
 * Each policy template has parameters it cannot work without: APS lists them in `required` per template (rules.md §6),
 * and Learn's Set HTTP Header page marks its "Run policy on" (`x-ms-apimTemplate-policySection`) as required.
 */
export default defineRule({
	id: 'policy-template-params',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['APS'], basis: 'certification-must' },
	description: 'Every policy template instance must set the parameters its template requires.',
	fixable: false,
	files: ['apiProperties'],
	check(context) {
		for (const { instance, template, parameters, parametersPath } of knownPolicyInstances(context.apiProperties!.policyTemplateInstances())) {
			if (instance.value!.parameters !== undefined && !parameters) {
				continue; // `parameters` of the wrong type: api-properties-schema's finding.
			}
			const required = Object.entries(template.parameters ?? {})
				.filter(([, spec]) => spec.required)
				.map(([name]) => PARAMETER_PREFIX + name);
			if (template.policySectionRequired) {
				required.push(POLICY_SECTION);
			}
			for (const key of required) {
				if (parameters && key in parameters) {
					continue;
				}
				context.report({
					file: 'apiProperties',
					// Without a `parameters` object the template's id is the clearest place to point at.
					path: parameters ? [...parametersPath, key] : [...instance.path, 'templateId'],
					target: parameters ? 'missing' : 'value',
					message: `The policy template '${instance.templateId}' requires the parameter '${key}'.`,
					data: { templateId: template.id, parameter: key },
				});
			}
		}
	},
});
