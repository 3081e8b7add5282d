import { jsonTypeOf } from '../../core/refs';
import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { OPERATION_NAME, PARAMETER_PREFIX, POLICY_SECTION, parametersOf, policyTemplate } from './_policies';

/**
 * Policy parameter values have the JSON types APS gives them (rules.md §6, §8): strings, even for `true`/`false` and
 * numbers; `triggerConfig` an object; `x-ms-apimTemplate-operationName` an array of strings.
 */
export default defineRule({
	id: 'policy-template-param-types',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['APS'], basis: 'certification-must' },
	description: 'Policy template parameter values must have the JSON type their template defines.',
	fixable: false,
	files: ['apiProperties'],
	check(context) {
		for (const instance of context.apiProperties!.policyTemplateInstances()) {
			const parameters = parametersOf(instance);
			if (!parameters) {
				continue;
			}
			const template = policyTemplate(instance.templateId);
			const parametersPath = [...instance.path, 'parameters'];
			const report = (path: (string | number)[], key: string, expected: string, value: unknown) =>
				context.report({
					file: 'apiProperties',
					path,
					message: `The parameter '${key}' of a policy template must be of type '${expected}', but it is of type '${jsonTypeOf(value)}'.`,
					data: { parameter: key, expected, actual: jsonTypeOf(value) },
				});

			const operations = parameters[OPERATION_NAME];
			if (operations !== undefined) {
				if (!Array.isArray(operations)) {
					report([...parametersPath, OPERATION_NAME], OPERATION_NAME, 'array', operations);
				} else {
					operations.forEach((item, index) => {
						if (typeof item !== 'string') {
							report([...parametersPath, OPERATION_NAME, index], `${OPERATION_NAME}[${index}]`, 'string', item);
						}
					});
				}
			}
			const section = parameters[POLICY_SECTION];
			if (section !== undefined && typeof section !== 'string') {
				report([...parametersPath, POLICY_SECTION], POLICY_SECTION, 'string', section);
			}
			for (const [name, spec] of Object.entries(template?.parameters ?? {})) {
				const key = PARAMETER_PREFIX + name;
				const value = parameters[key];
				if (value !== undefined && jsonTypeOf(value) !== spec.type) {
					report([...parametersPath, key], key, spec.type, value);
				}
			}
		}
	},
});
