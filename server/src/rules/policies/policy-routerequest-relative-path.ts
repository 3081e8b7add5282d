import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { PARAMETER_PREFIX, knownPolicyInstances } from './_policies';

const NEW_PATH = `${PARAMETER_PREFIX}newPath`;

/** A scheme (`https://`) or a scheme-relative `//host`. */
const ABSOLUTE = /^(?:[A-Za-z][A-Za-z0-9+.-]*:)?\/\//;

/**
 * The Route Request policy (`routerequesttoendpoint`) takes "the relative path on the same service" (Learn, Route
 * Request). A full URL there does not change the host: that is the dynamichosturl policy's job.
 */
export default defineRule({
	id: 'policy-routerequest-relative-path',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['APS'], basis: 'should' },
	description: 'The newPath of a routerequesttoendpoint policy should be a path, not a full URL.',
	fixable: false,
	files: ['apiProperties'],
	check(context) {
		for (const { template, parameters, parametersPath } of knownPolicyInstances(context.apiProperties!.policyTemplateInstances())) {
			const value = parameters?.[NEW_PATH];
			if (template.id !== 'routerequesttoendpoint' || typeof value !== 'string' || !ABSOLUTE.test(value.trim())) {
				continue;
			}
			context.report({
				file: 'apiProperties',
				path: [...parametersPath, NEW_PATH],
				message: `The new path '${value}' is a full URL, but routerequesttoendpoint takes a path on the same host: use a path such as '/v2/items', and a dynamichosturl policy to change the host.`,
				data: { newPath: value },
			});
		}
	},
});
