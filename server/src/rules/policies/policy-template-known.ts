import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { POLICY_TEMPLATES, policyTemplate } from './_policies';

/**
 * A policy template instance names a template the connector service knows: the 13 of Microsoft's apiProperties schema
 * (APS) plus three ids that certified connectors use (rules.md §6). Any casing is accepted, as APS lists several.
 * A missing or empty templateId is `api-properties-schema`'s finding.
 */
export default defineRule({
	id: 'policy-template-known',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['APS', 'README'], basis: 'should' },
	description: 'Every policy template instance should use a known templateId.',
	fixable: false,
	files: ['apiProperties'],
	check(context) {
		const known = POLICY_TEMPLATES.map((template) => template.id);
		for (const instance of context.apiProperties!.policyTemplateInstances()) {
			const templateId = instance.templateId;
			if (templateId === undefined || templateId.trim() === '' || policyTemplate(templateId)) {
				continue;
			}
			context.report({
				file: 'apiProperties',
				path: [...instance.path, 'templateId'],
				message: `The policy template '${templateId}' is not known. Use one of: ${known.join(', ')}.`,
				data: { templateId, known },
			});
		}
	},
});
