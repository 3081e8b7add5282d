/**
 * Shared helpers for the certification string rules (rules.md §2, §1.6): restricted words and product names, text
 * normalisation, and one list of every object that carries user-visible strings (operations, parameters, schemas).
 */
import type { JsonPath } from './json';
import type { JsonObject, ParameterInfo, SchemaInfo, SwaggerModel } from './swagger';
import { memo } from './memo';

/** Power Platform product names that connector strings can't contain (CS; "Copilot Studio" added on the live page). */
export const PRODUCT_NAMES: readonly string[] = [
	'Power Apps',
	'Power Automate',
	'Power BI',
	'Power Pages',
	'Power Platform',
	'Power Virtual Agents',
	'Copilot Studio',
	'Logic Apps',
	'Dataverse',
];

/**
 * The words Microsoft's validator rejects in the connector description ("The value 'description' contains at least
 * one of the restricted words: 'power apps, power automate, logic apps'", PR#3407, 2024), and Copilot Studio, which
 * the live certification page adds. Other product names there are no-product-names-in-strings' warning: a
 * description naming "Microsoft Power Platform" was accepted in 2021.
 */
export const DESCRIPTION_RESTRICTED_WORDS: readonly string[] = ['Power Apps', 'Power Automate', 'Logic Apps', 'Copilot Studio'];

/** Words a connector title can't contain (CS: "API", "Connector" and the product names). */
export const TITLE_RESTRICTED_WORDS: readonly string[] = ['API', 'Connector', ...PRODUCT_NAMES];

const wordPatterns = new Map<string, RegExp>();
const anyWordPatterns = new Map<string, RegExp>();
const patternsByList = new WeakMap<readonly unknown[], RegExp>();

/**
 * The words of `words` that occur in `text` as whole words, case-insensitively, in list order. A space inside a
 * listed word matches any run of whitespace or none, so "Power Apps" also finds "PowerApps".
 */
export function restrictedWordsIn(text: string, words: readonly unknown[]): string[] {
	// One combined pattern rules most texts out in a single scan; only a text that matches is tested word by word.
	// Callers pass the same list for every string of a document: found by identity first, by content after.
	let any = patternsByList.get(words);
	if (!any) {
		const key = words.join('\u0000');
		any = anyWordPatterns.get(key);
		if (!any) {
			const bodies = words.filter((word): word is string => typeof word === 'string' && word.trim() !== '').map(wordBody);
			any = bodies.length ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${bodies.join('|')})(?![\\p{L}\\p{N}])`, 'iu') : /(?!)/;
			anyWordPatterns.set(key, any);
		}
		patternsByList.set(words, any);
	}
	if (!any.test(text)) {
		return [];
	}
	const found: string[] = [];
	for (const word of words) {
		if (typeof word !== 'string' || word.trim() === '') {
			continue;
		}
		let pattern = wordPatterns.get(word);
		if (!pattern) {
			pattern = new RegExp(`(?<![\\p{L}\\p{N}])${wordBody(word)}(?![\\p{L}\\p{N}])`, 'iu');
			wordPatterns.set(word, pattern);
		}
		if (pattern.test(text)) {
			found.push(word);
		}
	}
	return found;
}

function wordBody(word: string): string {
	return word
		.trim()
		.split(/\s+/)
		.map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
		.join('\\s*');
}

/** The restricted-word list as Microsoft's message prints it: lower case, comma-separated. */
export function wordList(words: readonly string[]): string {
	return words.map((w) => w.toLowerCase()).join(', ');
}

/** A letter or digit of any script. */
export function isAlphanumeric(char: string): boolean {
	return ALPHANUMERIC.test(char);
}

// Patterns used per character, word or text are module constants: a regular expression literal makes a new object
// each time it is evaluated, and these are evaluated tens of thousands of times in a large definition's check.
const ALPHANUMERIC = /^[\p{L}\p{N}]$/u;

/** Whether the UTF-16 code units at `index` and `index + 1` of `text` are a surrogate pair: one character, two units. */
function isSurrogatePair(text: string, index: number): boolean {
	const high = text.charCodeAt(index);
	const low = text.charCodeAt(index + 1);
	return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

/**
 * The last character (code point) of a string, or '' when empty: what `[...text]` ends with (a lone surrogate is a
 * character of its own), without an array of every character of the text.
 */
export function lastChar(text: string): string {
	return text.length >= 2 && isSurrogatePair(text, text.length - 2) ? text.slice(-2) : text.slice(-1);
}

/** Length in characters (code points), as a reader counts them: `[...text].length`, without the array. */
export function charLength(text: string): number {
	let length = text.length;
	for (let index = 0; index < text.length - 1; index++) {
		if (isSurrogatePair(text, index)) {
			length--;
			index++;
		}
	}
	return length;
}

const WHITESPACE_RUNS = /\s+/g;
const TRAILING_PUNCTUATION = /[\s.!?:;,]+$/u;

/** For comparing two strings' content: lower case, single spaces, no surrounding whitespace or trailing punctuation. */
export function normalizeText(text: string): string {
	return text
		.toLowerCase()
		.replace(WHITESPACE_RUNS, ' ')
		.trim()
		.replace(TRAILING_PUNCTUATION, '');
}

/** A non-empty string, or undefined. */
export function textValue(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() !== '' ? value : undefined;
}

/** `x-ms-visibility: internal`, in any case: the platform reads the value case-insensitively (visibility-enum). */
export function isInternal(value: unknown): boolean {
	const visibility = value !== null && typeof value === 'object' ? (value as JsonObject)['x-ms-visibility'] : undefined;
	return typeof visibility === 'string' && visibility.trim().toLowerCase() === 'internal';
}

/**
 * How the designer shows a parameter: as one field the user fills in (`field`); as the fields of its body schema's
 * properties, where the summaries and descriptions belong (`properties`); or not at all (`hidden`: internal, or used
 * only by internal operations, or by none).
 */
export type ParameterDisplay = 'field' | 'properties' | 'hidden';

/** The display of every parameter definition, keyed by its definition path (see `parameterDisplay`). */
function parameterDisplays(model: SwaggerModel): ReadonlyMap<string, ParameterDisplay> {
	return memo(model.document, 'strings.parameterDisplays', () => findParameterDisplays(model));
}

function findParameterDisplays(model: SwaggerModel): Map<string, ParameterDisplay> {
	const shown = new Set<string>();
	for (const operation of model.operations()) {
		if (!isInternal(operation.value)) {
			for (const parameter of operation.parameters) {
				shown.add(parameter.definitionPath.join('\u0000'));
			}
		}
	}
	const result = new Map<string, ParameterDisplay>();
	for (const parameter of model.uniqueParameters()) {
		const key = parameter.definitionPath.join('\u0000');
		const value = parameter.value;
		if (!value || isInternal(value) || !shown.has(key)) {
			result.set(key, 'hidden');
		} else if (value.in === 'body' && showsProperties(model, value.schema)) {
			result.set(key, 'properties');
		} else {
			result.set(key, 'field');
		}
	}
	return result;
}

/** A body schema the designer unfolds into fields: an object with properties, an allOf, or a dynamic schema. */
function showsProperties(model: SwaggerModel, raw: unknown): boolean {
	const schema = model.resolveValue(raw);
	if (!schema) {
		return false;
	}
	const properties = schema.properties;
	return (
		(typeof properties === 'object' && properties !== null && Object.keys(properties).length > 0) ||
		Array.isArray(schema.allOf) ||
		schema['x-ms-dynamic-schema'] !== undefined ||
		schema['x-ms-dynamic-properties'] !== undefined
	);
}

export function parameterDisplay(model: SwaggerModel, parameter: ParameterInfo): ParameterDisplay {
	return parameterDisplays(model).get(parameter.definitionPath.join('\u0000')) ?? 'hidden';
}

/** An object whose strings the designer may show. */
export interface StringHolder {
	readonly kind: 'operation' | 'parameter' | 'property' | 'schema';
	/** Where the object's keys are written (the definition, for `$ref` uses). */
	readonly path: JsonPath;
	readonly value: JsonObject;
	/** The operationId, parameter name or property name. */
	readonly name?: string;
	/** Hidden in the designer: `x-ms-visibility: internal`, or a deprecated operation. */
	readonly hidden: boolean;
}

/** A schema's string holder: its path is the schema's, made only when a rule asks for it (see `SwaggerModel.schemas`). */
class SchemaHolder implements StringHolder {
	readonly kind: 'property' | 'schema';
	readonly value: JsonObject;
	readonly name: string | undefined;
	readonly hidden: boolean;
	readonly #schema: SchemaInfo;

	constructor(schema: SchemaInfo, value: JsonObject) {
		this.#schema = schema;
		this.value = value;
		this.kind = schema.name === undefined ? 'schema' : 'property';
		this.name = schema.name;
		this.hidden = isInternal(value);
	}

	get path(): JsonPath {
		return this.#schema.path;
	}
}

/**
 * Every operation, parameter (at its definition) and schema object once, in document order of discovery. Looped over
 * by index, as are their display strings, for the reason given at rules/shared/typedNodes.ts.
 */
export function stringHolders(model: SwaggerModel): readonly StringHolder[] {
	return memo(model.document, 'strings.holders', () => findStringHolders(model));
}

function findStringHolders(model: SwaggerModel): StringHolder[] {
	const result: StringHolder[] = [];
	for (const operation of model.operations()) {
		result.push({ kind: 'operation', path: operation.path, value: operation.value, name: operation.operationId, hidden: isInternal(operation.value) || operation.value.deprecated === true });
	}
	for (const parameter of model.uniqueParameters()) {
		if (parameter.value) {
			result.push({ kind: 'parameter', path: parameter.definitionPath, value: parameter.value, name: parameter.name, hidden: isInternal(parameter.value) });
		}
	}
	const schemaList = model.schemas();
	for (let schemaIndex = 0; schemaIndex < schemaList.length; schemaIndex++) {
		const schema = schemaList[schemaIndex];
		if (schema.ref !== undefined || !schema.value) {
			continue;
		}
		result.push(new SchemaHolder(schema, schema.value));
	}
	return result;
}

/**
 * Calls `visit` with each non-empty display string of the holders, in order: summary and description for an
 * operation; x-ms-summary, title and description for the others. Read in place: kept as lists of `[key, text]` on
 * every holder, they were the largest memo alive through Encodian's check, copied by each scavenge.
 */
export function forEachDisplayString(model: SwaggerModel, visit: (holder: StringHolder, key: string, text: string) => void, options: { readonly skipHidden?: boolean } = {}): void {
	const skipHidden = options.skipHidden === true;
	const holders = stringHolders(model);
	for (let holderIndex = 0; holderIndex < holders.length; holderIndex++) {
		const holder = holders[holderIndex];
		if (skipHidden && holder.hidden) {
			continue;
		}
		const keys = holder.kind === 'operation' ? OPERATION_DISPLAY_KEYS : DISPLAY_KEYS;
		for (let keyIndex = 0; keyIndex < keys.length; keyIndex++) {
			const text = textValue(holder.value[keys[keyIndex]]);
			if (text !== undefined) {
				visit(holder, keys[keyIndex], text);
			}
		}
	}
}

const OPERATION_DISPLAY_KEYS: readonly string[] = ['summary', 'description'];
const DISPLAY_KEYS: readonly string[] = ['x-ms-summary', 'title', 'description'];

const SUCCESS_STATUS = /^2\d\d$/;

/** Status keys of successful responses (`2xx`). */
export function isSuccessStatus(status: string): boolean {
	return SUCCESS_STATUS.test(status);
}

/**
 * Every schema object reachable from a response schema, following `$ref`s into definitions (identity set). A
 * definition's properties count as response properties when any response uses the definition.
 */
export function responseSchemaObjects(model: SwaggerModel): ReadonlySet<unknown> {
	return model.responseSchemaObjects();
}

/** Letters, digits, spaces and parentheses only: a summary disallowedSummaryChars has nothing to say about. */
const ONLY_SUMMARY_CHARS = /^[\p{L}\p{N} ()]*$/u;

/** The characters Microsoft's validator rejects in an operation summary (`RestrictedCharactersInSummary`). */
export const SUMMARY_VALIDATOR_CHARS = '/\\<>*%&?';

/**
 * The distinct characters of a summary that are not letters, digits, spaces or parentheses (CS: "only alphanumeric
 * characters or parentheses"), in order of appearance, leaving out `skip`. Whitespace other than a space counts.
 */
export function disallowedSummaryChars(text: string, skip = ''): string[] {
	// Most summaries hold nothing else: one test of the whole text instead of one per character.
	if (ONLY_SUMMARY_CHARS.test(text)) {
		return [];
	}
	const found: string[] = [];
	// By index, not for…of: the string iterator's result per character was most of what the summary rules allocated.
	for (let index = 0; index < text.length; index++) {
		let char = text[index];
		if (isSurrogatePair(text, index)) {
			char = text.slice(index, index + 2);
			index++;
		}
		if (char === ' ' || char === '(' || char === ')' || isAlphanumeric(char) || skip.includes(char) || found.includes(char)) {
			continue;
		}
		found.push(char);
	}
	return found;
}

/** Short words that title case leaves in lower case ("Get Task by ID"). */
export const MINOR_WORDS: ReadonlySet<string> = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'nor', 'of', 'on', 'or', 'per', 'the', 'to', 'via', 'vs', 'with']);

/** What starts a word, and what a word is made of, as character-class contents (`wordsOf` and `hasTwoWords` share them). */
const WORD_START = String.raw`\p{L}\p{N}`;
const WORD_PART = String.raw`\p{L}\p{N}'’-`;

const WORDS = new RegExp(`[${WORD_START}][${WORD_PART}]*`, 'gu');

/** The words of a text (runs of letters, digits, apostrophes and hyphens). */
export function wordsOf(text: string): string[] {
	return text.match(WORDS) ?? [];
}

/**
 * Whether a text has at least two words as `wordsOf` finds them, without listing them: a word, a character that ends
 * it, then a letter or digit somewhere after (the start of the second).
 */
export function hasTwoWords(text: string): boolean {
	return TWO_WORDS.test(text);
}

const TWO_WORDS = new RegExp(`[${WORD_START}][${WORD_PART}]*[^${WORD_PART}][^]*?[${WORD_START}]`, 'u');

/** A word written in lower case except for its first letter, which is upper case ("Task", not "ID" or "iPhone"). */
export function isCapitalizedWord(word: string): boolean {
	return CAPITALIZED_WORD.test(word);
}

const CAPITALIZED_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;

/** A word entirely in lower-case letters. */
export function isLowercaseWord(word: string): boolean {
	return LOWERCASE_WORD.test(word);
}

const LOWERCASE_WORD = /^\p{Ll}[\p{Ll}'’-]*$/u;
