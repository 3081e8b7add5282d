import { dynamicOccurrences, referenceProblems, SUCCESSOR } from '../../core/dynamic';
import type { RuleContext } from '../../engine/types';

/**
 * The check of the four `…-extension-required-for-…-references` rules: one finding per `kind` extension whose
 * references have `problem`, on its key (the fix, adding the successor extension, is one edit whatever their number).
 */
export function reportReferencesNeedingSuccessor(context: RuleContext, kind: 'x-ms-dynamic-values' | 'x-ms-dynamic-schema', problem: 'ambiguous' | 'nonParameter', message: string): void {
	const swagger = context.swagger!;
	const extension = SUCCESSOR[kind]!;
	for (const occurrence of dynamicOccurrences(swagger)) {
		if (occurrence.kind !== kind) {
			continue;
		}
		const references = referenceProblems(swagger, occurrence)[problem];
		if (references.length > 0) {
			context.report({ file: 'swagger', path: occurrence.path, target: 'key', message, data: { references, extension } });
		}
	}
}
