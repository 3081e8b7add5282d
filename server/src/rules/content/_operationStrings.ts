/**
 * The `summary` and `description` every operation should carry, split by who enforces them: Microsoft's validator
 * reports a missing one on the operations the designer shows; on internal operations, which swaggers it accepted
 * lack them, the certification checklist's "descriptions for all operations" makes it a warning.
 */
import { valueAtPath } from '../../core/refs';
import type { OperationInfo } from '../../core/swagger';
import { setValue } from '../../engine/edits';
import type { FixContext, FixProposal, RuleContext } from '../../engine/types';
import { descriptionFromSummary, summaryForOperation } from '../../core/wording';
import { isInternal, textValue } from '../../core/strings';

export type OperationStringKey = 'summary' | 'description';

/** Reports each operation, visible or internal as `internal` says, whose `key` is missing or blank. */
export function reportMissingOperationString(context: RuleContext, key: OperationStringKey, internal: boolean, message: (operation: OperationInfo) => string): void {
	for (const operation of context.swagger!.operations()) {
		const value = operation.value[key];
		if (isInternal(operation.value) !== internal || textValue(value) !== undefined) {
			continue;
		}
		context.report({
			file: 'swagger',
			path: [...operation.path, key],
			target: value === undefined ? 'missing' : 'value',
			message: message(operation),
			data: { operationId: operation.operationId, method: operation.method, pathKey: operation.pathKey },
		});
	}
}

/** The checklist rules' message for an internal operation without the string. */
export function internalOperationMessage(operation: OperationInfo, key: OperationStringKey): string {
	const name = operation.operationId ?? `${operation.method.toUpperCase()} ${operation.pathKey}`;
	return `The internal operation '${name}' has no '${key}'; the certification checklist asks for one on every operation.`;
}

/** A summary from the operationId (`ListInvoices` → "List invoices"), right after the operationId. */
export function fixOperationSummary({ finding, doc }: FixContext): FixProposal {
	const data = finding.data ?? {};
	const summary = summaryForOperation(data.operationId as string | undefined, String(data.method ?? ''), String(data.pathKey ?? ''));
	// Right after the operationId, where readers look for it; replaces an empty summary in place.
	return { title: `Add the summary "${summary}"`, edits: setValue(doc, finding.path, summary, { after: 'operationId' }), placeholder: summary, requiresAuthor: true };
}

/** A description sentence from the summary (or the operationId), right after the summary. */
export function fixOperationDescription({ finding, doc }: FixContext): FixProposal {
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
		requiresAuthor: true,
	};
}
