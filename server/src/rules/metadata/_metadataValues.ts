/** The string values of named `x-ms-connector-metadata` entries: what the Categories and URL rules judge. */
import type { JsonPath } from '../../core/json';
import { type MetadataEntry, entriesNamed, metadataEntries } from '../../core/metadata';
import type { SwaggerModel } from '../../core/swagger';

export interface MetadataValue {
	readonly entry: MetadataEntry;
	readonly value: string;
	/** Where the value is written: where a finding about it goes. */
	readonly path: JsonPath;
}

/**
 * The entries named one of `names` (ignoring case, in the order of `names`) whose `propertyValue` is a string. A
 * missing extension, entry or value is metadata-entries' finding; a value of another type is not judged here.
 */
export function metadataValues(swagger: SwaggerModel, names: readonly string[]): MetadataValue[] {
	const entries = metadataEntries(swagger) ?? [];
	return names
		.flatMap((name) => entriesNamed(entries, name))
		.flatMap((entry) => (typeof entry.propertyValue === 'string' ? [{ entry, value: entry.propertyValue, path: [...entry.path, 'propertyValue'] }] : []));
}
