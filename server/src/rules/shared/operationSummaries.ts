/**
 * The operation summaries the summary rules judge, shared by content/ (certification's wording checks) and
 * operations/ (the validator's): each rule walks the same list and reports on the same place.
 */
import type { JsonPath } from '../../core/json';
import type { OperationInfo, SwaggerModel } from '../../core/swagger';
import { memo } from '../../core/memo';

export interface OperationSummary {
	readonly operation: OperationInfo;
	readonly summary: string;
	/** Where the summary is written: where a finding about it goes. */
	readonly path: JsonPath;
}

/**
 * Each operation whose `summary` is a string, with it; a missing or non-string summary is other rules' finding. Listed
 * once per model: five rules read it.
 */
export function operationSummaries(swagger: SwaggerModel): readonly OperationSummary[] {
	return memo(swagger, 'operationSummaries', () =>
		swagger.operations().flatMap((operation) => {
			const summary = operation.value.summary;
			return typeof summary === 'string' ? [{ operation, summary, path: [...operation.path, 'summary'] }] : [];
		}),
	);
}
