import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { isInternal, normalizeText } from '../../core/strings';

/** Two visible operations with the same summary show up as two identical actions in the designer. */
export default defineRule({
	id: 'op-summary-unique',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: [], basis: 'heuristic' },
	description: 'Visible operations should have distinct summaries.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const first = new Map<string, { operationId?: string; pathKey: string; method: string }>();
		for (const operation of context.swagger!.operations()) {
			const summary = operation.value.summary;
			// Internal and deprecated operations are hidden in the designer, so they can't be confused.
			if (typeof summary !== 'string' || summary.trim() === '' || isInternal(operation.value) || operation.value.deprecated === true) {
				continue;
			}
			const key = normalizeText(summary);
			const earlier = first.get(key);
			if (!earlier) {
				first.set(key, { operationId: operation.operationId, pathKey: operation.pathKey, method: operation.method });
				continue;
			}
			const other = earlier.operationId ?? `${earlier.method.toUpperCase()} ${earlier.pathKey}`;
			context.report({
				file: 'swagger',
				path: [...operation.path, 'summary'],
				message: `The summary '${summary}' is also used by operation '${other}'; users can't tell the two actions apart.`,
				data: { operationId: operation.operationId, other },
			});
		}
	},
});
