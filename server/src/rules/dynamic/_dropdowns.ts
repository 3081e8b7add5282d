import type { JsonObject, SwaggerModel } from '../../core/swagger';
import { isObject } from '../../core/refs';
import { dynamicOccurrences, type DynamicOccurrence } from '../../core/dynamic';

/** The `x-ms-dynamic-values` / `x-ms-dynamic-list` extensions (where a dropdown's values come from) whose value is an object; a non-object is the dynamic-*-shape rules' finding. */
export function dropdownSources(swagger: SwaggerModel): (DynamicOccurrence & { value: JsonObject })[] {
	return dynamicOccurrences(swagger).filter(
		(o): o is DynamicOccurrence & { value: JsonObject } => (o.kind === 'x-ms-dynamic-values' || o.kind === 'x-ms-dynamic-list') && isObject(o.value),
	);
}
