import { setValue } from '../engine/edits';
import { FROM_CERTIFICATION, defineRule } from '../engine/types';
import { summaryForOperation } from './_fixText';

/** Certification: every operation has a `summary`, shown as the action's name in the designer. */
export default defineRule({
	id: 'op-summary-required',
	msCode: 'RequiredPropertyMissing',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	description: 'Every operation must have a summary.',
	fixable: true,
	files: ['swagger'],
	check(context) {
		for (const operation of context.swagger!.operations()) {
			const summary = operation.value.summary;
			if (typeof summary !== 'string' || summary.trim() === '') {
				context.report({
					file: 'swagger',
					path: [...operation.path, 'summary'],
					target: summary === undefined ? 'missing' : 'value',
					message: "The 'summary' property is required.",
					data: { operationId: operation.operationId, method: operation.method, pathKey: operation.pathKey },
				});
			}
		}
	},
	fix({ finding, doc }) {
		const data = finding.data ?? {};
		const summary = summaryForOperation(data.operationId as string | undefined, String(data.method ?? ''), String(data.pathKey ?? ''));
		// Right after the operationId, where readers look for it; replaces an empty summary in place.
		return { title: `Add the summary "${summary}"`, edits: setValue(doc, finding.path, summary, { after: 'operationId' }), placeholder: summary };
	},
});
