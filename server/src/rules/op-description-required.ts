import { valueAtPath } from '../core/refs';
import { setValue } from '../engine/edits';
import { FROM_CERTIFICATION, defineRule } from '../engine/types';
import { descriptionFromSummary, summaryForOperation } from './_fixText';

/** Certification: every operation has a `description`, shown as the action's help text in the designer. */
export default defineRule({
	id: 'op-description-required',
	msCode: 'RequiredPropertyMissing',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	description: 'Every operation must have a description.',
	fixable: true,
	files: ['swagger'],
	check(context) {
		for (const operation of context.swagger!.operations()) {
			const description = operation.value.description;
			if (typeof description !== 'string' || description.trim() === '') {
				context.report({
					file: 'swagger',
					path: [...operation.path, 'description'],
					target: description === undefined ? 'missing' : 'value',
					message: "The 'description' property is required.",
					data: { operationId: operation.operationId, method: operation.method, pathKey: operation.pathKey },
				});
			}
		}
	},
	fix({ finding, doc }) {
		const data = finding.data ?? {};
		const method = String(data.method ?? '');
		const summary = valueAtPath(doc.value, [...finding.path.slice(0, -1), 'summary']);
		const base = typeof summary === 'string' && summary.trim() !== '' ? summary : summaryForOperation(data.operationId as string | undefined, method, String(data.pathKey ?? ''));
		const description = descriptionFromSummary(base, method);
		// Right after the summary it expands on (or the operationId when there is none); replaces an empty one in place.
		return {
			title: `Add the description "${description}"`,
			edits: setValue(doc, finding.path, description, { after: typeof summary === 'string' ? 'summary' : 'operationId' }),
			placeholder: description,
		};
	},
});
