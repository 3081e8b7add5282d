/**
 * Snippets kept as data in `snippets/` and offered as completion items only where they fit, so they never appear in
 * unrelated JSON files. The data files are imported as JSON modules: the bundle carries them and no file is read at
 * run time. The context vocabulary (where a snippet fits) is documented in `snippets/README.md`.
 */
import type { JsonFileKind } from '../core/connector';
import type { JsonPath } from '../core/json';
import { parameterDescription, titleFromName } from '../core/wording';
import swaggerSnippets from '../../../snippets/swagger.json';
import apiPropertiesSnippets from '../../../snippets/apiProperties.json';
import introSnippets from '../../../snippets/intro.md.json';

export interface SnippetCompletion {
	/** Shown in the list. */
	readonly label: string;
	/** One line: what the snippet inserts. */
	readonly detail: string;
	/** LSP snippet syntax (`${1:placeholder}`), as inserted in place of the key being typed. */
	readonly body: string;
	/** Markdown shown in the completion's documentation pane. */
	readonly documentation?: string;
}

export interface SnippetLocation {
	readonly kind: JsonFileKind;
	/** The path of the object the cursor is in (e.g. `['paths', '/invoices']` for a path item). */
	readonly objectPath: JsonPath;
	/** True when the cursor is where a property key is typed (not inside a value). */
	readonly atKey: boolean;
}

/** The file a snippet is written for: the two JSON files, and `intro` (intro.md, Markdown; not offered yet). */
export type SnippetFileKind = JsonFileKind | 'intro';

/**
 * Where a snippet fits. A `member` context is an object: the body is one or more `"key": value` members, offered when
 * the cursor is at a key of that object. An `item` context is an array: the body is one JSON value (an object),
 * offered when the cursor is in the array where a value goes, and, without its outer braces, when the cursor is at a
 * key of an (empty) item object of that array.
 */
export const SNIPPET_CONTEXTS = {
	swagger: {
		root: 'member',
		info: 'member',
		paths: 'member',
		'path-item': 'member',
		operation: 'member',
		parameters: 'item',
		parameter: 'member',
		responses: 'member',
		definitions: 'member',
		schema: 'member',
		'security-definitions': 'member',
		capabilities: 'member',
	},
	apiProperties: {
		root: 'member',
		properties: 'member',
		'connection-parameters': 'member',
		'policy-template-instances': 'item',
	},
	intro: {
		document: 'markdown',
	},
} as const satisfies Record<SnippetFileKind, Record<string, 'member' | 'item' | 'markdown'>>;

export interface SnippetDefinition {
	readonly id: string;
	readonly label: string;
	readonly detail: string;
	/** Markdown. */
	readonly description: string;
	/** The contexts (of its file's kind) where the snippet fits. */
	readonly context: readonly string[];
	/** Rule ids that find nothing in the snippet, with its placeholders at their defaults, in a clean file (tested). */
	readonly cleanFor?: readonly string[];
	/** LSP snippet syntax, one string per line. */
	readonly body: readonly string[];
}

export interface SnippetFile {
	readonly file: SnippetFileKind;
	readonly snippets: readonly SnippetDefinition[];
}

/** Every data file, as bundled. */
export const SNIPPET_FILES: readonly SnippetFile[] = [swaggerSnippets as SnippetFile, apiPropertiesSnippets as SnippetFile, introSnippets as SnippetFile];

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch']);

/** Whether a swagger path is a schema object: a definition, a `schema`, a property, `items` or `additionalProperties`. */
function isSchemaPath(path: JsonPath): boolean {
	const n = path.length;
	if (n === 2 && path[0] === 'definitions') {
		return true;
	}
	if (n >= 2 && path[n - 1] === 'schema' && !(n === 2 && path[0] === 'parameters')) {
		return true;
	}
	if (n >= 3 && path[n - 2] === 'properties' && typeof path[n - 1] === 'string' && isSchemaPath(path.slice(0, -2))) {
		return true;
	}
	return n >= 2 && (path[n - 1] === 'items' || path[n - 1] === 'additionalProperties') && isSchemaPath(path.slice(0, -1));
}

/** Whether a swagger path is a `parameters` array of a path item or an operation. */
function isParametersArray(path: JsonPath): boolean {
	return path[0] === 'paths' && path[path.length - 1] === 'parameters' && (path.length === 3 || (path.length === 4 && HTTP_METHODS.has(String(path[2]))));
}

/** The member contexts of the object at `path` (where keys are typed). */
function objectContexts(kind: JsonFileKind, path: JsonPath): string[] {
	const n = path.length;
	if (kind === 'apiProperties') {
		if (n === 0) {
			return ['root'];
		}
		if (n === 1 && path[0] === 'properties') {
			return ['properties'];
		}
		return n === 2 && path[0] === 'properties' && path[1] === 'connectionParameters' ? ['connection-parameters'] : [];
	}
	const contexts: string[] = [];
	if (n === 0) {
		contexts.push('root');
	} else if (n === 1) {
		const single: Record<string, string> = { info: 'info', paths: 'paths', definitions: 'definitions', securityDefinitions: 'security-definitions', 'x-ms-capabilities': 'capabilities' };
		if (typeof path[0] === 'string' && Object.hasOwn(single, path[0])) {
			contexts.push(single[path[0]]);
		}
	} else if (path[0] === 'paths') {
		if (n === 2) {
			contexts.push('path-item');
		} else if (n === 3 && HTTP_METHODS.has(String(path[2]))) {
			contexts.push('operation');
		} else if (n === 4 && HTTP_METHODS.has(String(path[2])) && path[3] === 'responses') {
			contexts.push('responses');
		} else if (typeof path[n - 1] === 'number' && isParametersArray(path.slice(0, -1))) {
			contexts.push('parameter');
		}
	} else if (n === 2 && path[0] === 'parameters') {
		contexts.push('parameter');
	}
	if (isSchemaPath(path)) {
		contexts.push('schema');
	}
	return contexts;
}

/** The item context of the array at `path`, if it is one snippets know. */
function arrayContext(kind: JsonFileKind, path: JsonPath): string | undefined {
	if (kind === 'apiProperties') {
		return path.length === 2 && path[0] === 'properties' && path[1] === 'policyTemplateInstances' ? 'policy-template-instances' : undefined;
	}
	return isParametersArray(path) ? 'parameters' : undefined;
}

/** A body's text without its first and last lines (an object's braces), one tab less indented. */
function withoutOuterBraces(lines: readonly string[]): string {
	return lines.slice(1, -1).map((line) => line.replace(/^\t/, '')).join('\n');
}

function completionOf(snippet: SnippetDefinition, body: string): SnippetCompletion {
	return { label: snippet.label, detail: snippet.detail, body, documentation: snippet.description };
}

const OPERATION_HEAD = /^"(get|put|post|patch|delete|head|options)": \{$/;

/**
 * An operation snippet's path parameters fitted to the path it goes into: the data's generic `{id}` parameter is
 * replaced by one required, encoded parameter per `{name}` of the path template, and dropped when the path has none,
 * so the operation inserted is consistent with its path (operation-missing-path-parameter,
 * path-parameter-not-defined-in-template). Bodies are tab-indented, one member per line (a tested invariant).
 */
function fitPathParameters(body: readonly string[], pathKey: string): string[] {
	const start = body.indexOf('\t"parameters": [');
	const end = start < 0 ? -1 : body.indexOf('\t],', start);
	if (start < 0 || end < 0) {
		return [...body];
	}
	// The array's items: blocks from `\t\t{` to `\t\t}` (with or without a trailing comma).
	const items: string[][] = [];
	for (let line = start + 1; line < end; line++) {
		if (body[line] === '\t\t{') {
			const close = body.findIndex((text, index) => index > line && /^\t\t\},?$/.test(text));
			items.push(body.slice(line, close + 1).map((text, index, block) => (index === block.length - 1 ? '\t\t}' : text)));
			line = close;
		}
	}
	const names = [...new Set([...pathKey.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1]))];
	const pathItems = names.map((name) => {
		const title = titleFromName(name);
		return [
			'\t\t{',
			`\t\t\t"name": "${name}",`,
			'\t\t\t"in": "path",',
			'\t\t\t"type": "string",',
			'\t\t\t"required": true,',
			'\t\t\t"x-ms-url-encoding": "single",',
			`\t\t\t"x-ms-summary": "${title}",`,
			`\t\t\t"description": "${parameterDescription(title)}",`,
			'\t\t\t"x-ms-visibility": "important"',
			'\t\t}',
		];
	});
	const kept = [...pathItems, ...items.filter((item) => !item.includes('\t\t\t"in": "path",'))];
	if (kept.length === 0) {
		// The array is followed by another member (its line ends with a comma), so dropping it keeps the JSON valid.
		return [...body.slice(0, start), ...body.slice(end + 1)];
	}
	const array = kept.flatMap((item, index) => (index < kept.length - 1 ? [...item.slice(0, -1), '\t\t},'] : item));
	return [...body.slice(0, start + 1), ...array, ...body.slice(end)];
}

/** The snippets that fit at a location (empty when none does). */
export function snippetCompletions(location: SnippetLocation): SnippetCompletion[] {
	const file = SNIPPET_FILES.find((candidate) => candidate.file === location.kind);
	if (!file) {
		return [];
	}
	const path = location.objectPath;
	const result: SnippetCompletion[] = [];
	if (location.atKey) {
		const members = objectContexts(location.kind, path);
		// At a key of an item object (`[{|}]`): the item snippets, as members.
		const itemContext = path.length > 0 && typeof path[path.length - 1] === 'number' ? arrayContext(location.kind, path.slice(0, -1)) : undefined;
		for (const snippet of file.snippets) {
			if (snippet.context.some((context) => members.includes(context))) {
				const operationInPath = members.includes('path-item') && typeof path[1] === 'string' && OPERATION_HEAD.test(snippet.body[0]);
				result.push(completionOf(snippet, (operationInPath ? fitPathParameters(snippet.body, path[1] as string) : snippet.body).join('\n')));
			} else if (itemContext && snippet.context.includes(itemContext)) {
				result.push(completionOf(snippet, withoutOuterBraces(snippet.body)));
			}
		}
	} else {
		const itemContext = arrayContext(location.kind, path);
		for (const snippet of file.snippets) {
			if (itemContext && snippet.context.includes(itemContext)) {
				result.push(completionOf(snippet, snippet.body.join('\n')));
			}
		}
	}
	return result;
}

/**
 * A snippet body with every tab stop replaced by its default: `${1:text}` by its text (expanded), `${1|a,b|}` by its
 * first choice, `$1`/`${1}` by nothing; `\$`, `\}` and `\\` by the character. What the user gets by tabbing through.
 * Throws on syntax the data must not use: an unclosed placeholder, or a `$` before a name (a snippet variable).
 */
export function expandSnippetDefaults(body: string): string {
	let offset = 0;
	const parse = (insidePlaceholder: boolean): string => {
		let out = '';
		while (offset < body.length) {
			const char = body[offset];
			if (char === '\\' && offset + 1 < body.length && '$}\\'.includes(body[offset + 1])) {
				out += body[offset + 1];
				offset += 2;
			} else if (insidePlaceholder && char === '}') {
				offset++;
				return out;
			} else if (char === '$' && /\d/.test(body[offset + 1] ?? '')) {
				offset++;
				while (/\d/.test(body[offset] ?? '')) {
					offset++;
				}
			} else if (char === '$' && /[A-Za-z_]/.test(body[offset + 1] ?? '')) {
				// A snippet variable (`$TM_FILENAME`): the data never means one, so it is an unescaped `$` (write `\$ref`).
				throw new Error(`Unescaped $ at ${offset}: ${body.slice(offset, offset + 20)}`);
			} else if (char === '$' && body[offset + 1] === '{') {
				const head = /^\$\{\d+(:|\||\})/.exec(body.slice(offset));
				if (!head) {
					throw new Error(`Unsupported snippet syntax at ${offset}: ${body.slice(offset, offset + 20)}`);
				}
				offset += head[0].length;
				if (head[1] === ':') {
					out += parse(true);
				} else if (head[1] === '|') {
					const end = body.indexOf('|}', offset);
					if (end < 0) {
						throw new Error(`Unclosed choice at ${offset}`);
					}
					out += body.slice(offset, end).split(',')[0];
					offset = end + 2;
				}
			} else {
				out += char;
				offset++;
			}
		}
		if (insidePlaceholder) {
			throw new Error('Unclosed placeholder');
		}
		return out;
	};
	return parse(false);
}

/**
 * The intro.md snippets (the whole template and each section) for a line whose text before the cursor is `prefix`:
 * offered at the start of a line or while a heading is being typed, never in the middle of prose.
 */
export function introSnippetCompletions(prefix: string): SnippetCompletion[] {
	if (!/^\s*#{0,6}\s*[\w ]*$/.test(prefix) || /\S\s+\S/.test(prefix.replace(/^\s*#+\s*/, ''))) {
		return [];
	}
	const file = SNIPPET_FILES.find((candidate) => candidate.file === 'intro');
	return (file?.snippets ?? []).map((snippet) => completionOf(snippet, snippet.body.join('\n')));
}
