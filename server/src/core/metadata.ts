/**
 * Shared by the connector-metadata rules (rules.md §1.2, §1.4, §3): the `x-ms-connector-metadata` entries, the
 * category list, URL and e-mail checks, placeholder text, and the schemes / MIME type lists of a definition.
 */
import type { JsonPath } from './json';
import { isObject } from './refs';
import type { JsonObject, SwaggerModel } from './swagger';

/** CS "Step 3b": the categories a connector may use (at most two). */
export const CONNECTOR_CATEGORIES: readonly string[] = [
	'AI',
	'Business Management',
	'Business Intelligence',
	'Collaboration',
	'Commerce',
	'Communication',
	'Content and Files',
	'Finance',
	'Data',
	'Human Resources',
	'Internet of Things',
	'IT Operations',
	'Lifestyle and Entertainment',
	'Marketing',
	'Productivity',
	'Sales and CRM',
	'Security',
	'Social Media',
	'Website',
];

/** The three `propertyName`s CS requires, spelled as CS spells them. */
export const REQUIRED_METADATA = ['Website', 'Privacy policy', 'Categories'] as const;

export interface MetadataEntry {
	readonly index: number;
	/** Path of the entry object. */
	readonly path: JsonPath;
	readonly value: JsonObject;
	readonly propertyName?: string;
	readonly propertyValue: unknown;
}

/** The entries of `x-ms-connector-metadata`, or undefined when it is absent or not an array. */
export function metadataEntries(model: SwaggerModel): MetadataEntry[] | undefined {
	const raw = model.root['x-ms-connector-metadata'];
	if (!Array.isArray(raw)) {
		return undefined;
	}
	const entries: MetadataEntry[] = [];
	raw.forEach((value, index) => {
		if (isObject(value)) {
			entries.push({
				index,
				path: ['x-ms-connector-metadata', index],
				value,
				propertyName: typeof value.propertyName === 'string' ? value.propertyName : undefined,
				propertyValue: value.propertyValue,
			});
		}
	});
	return entries;
}

/** Entries whose `propertyName` matches `name` ignoring case and surrounding spaces (rules.md §12 item 6). */
export function entriesNamed(entries: readonly MetadataEntry[], name: string): MetadataEntry[] {
	const wanted = name.toLowerCase();
	return entries.filter((entry) => entry.propertyName?.trim().toLowerCase() === wanted);
}

/** The category names of a `Categories` value: split on `;` and on a misused `,`, trimmed, empty items dropped. */
export function splitCategories(value: string): string[] {
	return value
		.split(/[;,]/)
		.map((item) => item.trim())
		.filter((item) => item !== '');
}

/** The canonical spelling of a category, matched ignoring case, or undefined. */
export function canonicalCategory(name: string): string | undefined {
	const lower = name.trim().toLowerCase();
	return CONNECTOR_CATEGORIES.find((category) => category.toLowerCase() === lower);
}

/** An absolute URL as the validator reads one: a scheme, and a host for http(s); no spaces. */
export function parseAbsoluteUrl(text: string): URL | undefined {
	if (text.trim() !== text || /\s/.test(text) || !/^[A-Za-z][A-Za-z0-9+.-]*:/.test(text)) {
		return undefined;
	}
	try {
		const url = new URL(text);
		if ((url.protocol === 'http:' || url.protocol === 'https:') && (url.hostname === '' || !/^\/\//.test(text.slice(url.protocol.length)))) {
			return undefined;
		}
		return url;
	} catch {
		return undefined;
	}
}

const EMAIL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?$/;

/** A plain ASCII mailbox `local@domain.tld` (the validator rejects non-ASCII addresses). */
export function isValidEmail(text: string): boolean {
	return text.length <= 254 && EMAIL.test(text);
}

const PLACEHOLDER_WORDS = new Set([
	"publisher's name",
	'publisher name',
	'publisher',
	"stack owner's name",
	'stack owner name',
	'stack owner',
	'stackowner',
	'company name',
	'your company name',
	'your company',
	'your name',
	'name',
	'todo',
	'tbd',
	'n/a',
	'na',
	'none',
	'null',
	'string',
]);

/** Template or filler text: blanks, `_____`, `<name>`, `[[name]]`, `{name}`, "Publisher's Name", "TODO"… */
export function isPlaceholderText(text: string): boolean {
	const trimmed = text.trim();
	if (trimmed === '' || /^[\s_.\-*?x]+$/i.test(trimmed)) {
		return true;
	}
	if (/^(<.*>|\[.*\]|\{.*\}|\(.*\))$/.test(trimmed)) {
		return true;
	}
	return PLACEHOLDER_WORDS.has(trimmed.toLowerCase());
}

export interface ListItem {
	/** Path of the item in the list. */
	readonly path: JsonPath;
	readonly value: unknown;
}

export interface NamedList {
	/** Path of the list (`['schemes']`, `['paths', '/a', 'get', 'consumes']`…). */
	readonly path: JsonPath;
	readonly value: readonly unknown[];
}

/** Every `key` array of the root and of the operations (`schemes`, `consumes`, `produces`). */
export function rootAndOperationLists(model: SwaggerModel, key: 'schemes' | 'consumes' | 'produces'): NamedList[] {
	const lists: NamedList[] = [];
	const rootValue = model.root[key];
	if (Array.isArray(rootValue)) {
		lists.push({ path: [key], value: rootValue });
	}
	for (const operation of model.operations()) {
		const value = operation.value[key];
		if (Array.isArray(value)) {
			lists.push({ path: [...operation.path, key], value });
		}
	}
	return lists;
}

/** The string items of those lists, each with its path. */
export function listStrings(lists: readonly NamedList[]): { path: JsonPath; value: string }[] {
	const items: { path: JsonPath; value: string }[] = [];
	for (const list of lists) {
		list.value.forEach((value, index) => {
			if (typeof value === 'string') {
				items.push({ path: [...list.path, index], value });
			}
		});
	}
	return items;
}

const TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
const MEDIA_TYPE = new RegExp(`^${TOKEN}/${TOKEN}(\\s*;\\s*${TOKEN}=(${TOKEN}|"([^"\\\\]|\\\\.)*"))*$`);

/** `type/subtype` with optional `; name=value` parameters (RFC 7231 media type syntax). */
export function isValidMediaType(text: string): boolean {
	return MEDIA_TYPE.test(text.trim()) && text.trim() === text;
}
