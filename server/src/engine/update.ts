/** The update between two versions of a connector's files, as Microsoft classes it (core/updateKind). */
import { classifyUpdate, type UpdateClassification } from '../core/updateKind';
import type { ParsedFile } from './parsedFile';

/**
 * The update from one version to the other, or undefined when a side's JSON is broken (its values would say nothing).
 * A script that could not be read on either side is left out of the comparison.
 */
export function updateOf(
	before: { readonly swagger?: ParsedFile; readonly apiProperties?: ParsedFile },
	beforeScript: string | null | undefined,
	after: { readonly swagger?: ParsedFile; readonly apiProperties?: ParsedFile },
	afterScript: string | null | undefined,
): UpdateClassification | undefined {
	if ([before.swagger, before.apiProperties, after.swagger, after.apiProperties].some((file) => file?.doc.fatal)) {
		return undefined;
	}
	return classifyUpdate(
		{ swagger: before.swagger?.doc.value, apiProperties: before.apiProperties?.doc.value, script: beforeScript },
		{ swagger: after.swagger?.doc.value, apiProperties: after.apiProperties?.doc.value, script: afterScript },
	);
}

