import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { PARAMETER_PREFIX, knownPolicyInstances } from './_policies';

const URL_TEMPLATE = `${PARAMETER_PREFIX}urlTemplate`;

/** `https://…` / `http://…`, or an expression (`@connectionParameters('url')`, `@headers('host')`) that supplies it all. */
const ABSOLUTE_OR_EXPRESSION = /^(?:https?:\/\/|@)/i;

/**
 * The Set Host URL policy (`dynamichosturl`) replaces the whole host URL with its template's result (Learn, Set Host
 * URL). A template that starts with neither a scheme nor an expression (`api.contoso.com`, `/v2`) yields no absolute
 * URL. Templates that start with an expression are accepted: certified connectors take the whole URL from a
 * connection parameter or header.
 */
export default defineRule({
	id: 'policy-dynamichosturl-template',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['APS'], basis: 'should' },
	description: 'The URL template of a dynamichosturl policy should produce an absolute URL.',
	fixable: false,
	files: ['apiProperties'],
	check(context) {
		for (const { template, parameters, parametersPath } of knownPolicyInstances(context.apiProperties!.policyTemplateInstances())) {
			const value = parameters?.[URL_TEMPLATE];
			if (template.id !== 'dynamichosturl' || typeof value !== 'string' || ABSOLUTE_OR_EXPRESSION.test(value)) {
				continue;
			}
			context.report({
				file: 'apiProperties',
				path: [...parametersPath, URL_TEMPLATE],
				message: `The URL template '${value}' does not produce an absolute URL: start it with 'https://', or with an expression that returns the whole URL.`,
				data: { urlTemplate: value },
			});
		}
	},
});
