// The TextMate injection grammar (syntaxes/connector-certify.injection.tmLanguage.json), loaded the way VS Code loads
// it: vscode-textmate + vscode-oniguruma, injected into a JSON host grammar through `getInjections` and the grammar's
// `injectionSelector`. The host is a test stand-in for VS Code's JSON grammar with the same rule shape and scope names
// (VS Code's own is not in node_modules). Checks: exact scopes on named lines of a connector file, and that the
// injection is harmless: on ordinary JSON it adds nothing, and on any file, removing its scopes gives back exactly the
// host's tokenization, with every character keeping its standard token type (string stays string).
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { visit } from 'jsonc-parser';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar, type StateStack } from 'vscode-textmate';

const root = join(__dirname, '..');
const INJECTION_SCOPE = 'connector-certify.json.injection';
const GRAMMARS: Record<string, string> = {
	'source.json': join(root, 'test/fixtures/grammar/json.tmLanguage.json'),
	[INJECTION_SCOPE]: join(root, 'syntaxes/connector-certify.injection.tmLanguage.json'),
};
const CORPUS = join(root, '../shared/corpus/dev');

let injected: IGrammar;
let hostOnly: IGrammar;

/**
 * VS Code's "JSON with Comments" grammar is the JSON one under other names: scopeName source.json.comments and every
 * `*.json` scope as `*.json.comments`. Derived here from the stand-in so the injection is also tried on that host.
 */
const jsoncFromJson = (raw: string): string => {
	const rename = (value: unknown): unknown => {
		if (Array.isArray(value)) return value.map(rename);
		if (value === null || typeof value !== 'object') return value;
		return Object.fromEntries(
			Object.entries(value).map(([key, inner]) => [
				key,
				(key === 'name' || key === 'scopeName') && typeof inner === 'string' ? inner.replace(/\.json\b(?![.-])/g, '.json.comments') : rename(inner),
			]),
		);
	};
	return JSON.stringify(rename(JSON.parse(raw)));
};

const loadGrammar = async (hostScope: 'source.json' | 'source.json.comments', withInjection: boolean): Promise<IGrammar> => {
	const registry = new Registry({
		onigLib: Promise.resolve({
			createOnigScanner: (patterns) => new oniguruma.OnigScanner(patterns),
			createOnigString: (text) => new oniguruma.OnigString(text),
		}),
		loadGrammar: async (scopeName) => {
			if (scopeName === 'source.json.comments') return parseRawGrammar(jsoncFromJson(readFileSync(GRAMMARS['source.json'], 'utf8')), 'jsonc.json');
			return GRAMMARS[scopeName] ? parseRawGrammar(readFileSync(GRAMMARS[scopeName], 'utf8'), GRAMMARS[scopeName]) : null;
		},
		// What `"injectTo": ["source.json", "source.json.comments"]` in package.json makes VS Code answer.
		getInjections: (scopeName) => (withInjection && (scopeName === 'source.json' || scopeName === 'source.json.comments') ? [INJECTION_SCOPE] : undefined),
	});
	const grammar = await registry.loadGrammar(hostScope);
	assert.ok(grammar);
	return grammar;
};

before(async () => {
	const wasm = readFileSync(join(root, 'node_modules/vscode-oniguruma/release/onig.wasm'));
	await oniguruma.loadWASM(wasm);
	injected = await loadGrammar('source.json', true);
	hostOnly = await loadGrammar('source.json', false);
});

interface Token {
	text: string;
	scopes: string[];
}

/** Tokens per line, the tokenizer state carried from line to line as in the editor. */
const tokenize = (grammar: IGrammar, text: string): Token[][] => {
	let state: StateStack = INITIAL;
	return text.split(/\r?\n/).map((line) => {
		const result = grammar.tokenizeLine(line, state);
		state = result.ruleStack;
		return result.tokens.map((token) => ({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes }));
	});
};

interface LineTokens {
	tokens: { startIndex: number; endIndex: number; scopes: string[] }[];
	/** Runs of equal standard token type (0 other, 1 comment, 2 string, 3 regex) as [start, type, start, type, …]. */
	typeRuns: number[];
}

/** Both of vscode-textmate's tokenizations of every line: scopes (tokenizeLine) and encoded metadata (tokenizeLine2). */
const tokenizeBoth = (grammar: IGrammar, text: string): LineTokens[] => {
	let state: StateStack = INITIAL;
	let state2: StateStack = INITIAL;
	return text.split(/\r?\n/).map((line) => {
		const result = grammar.tokenizeLine(line, state);
		const result2 = grammar.tokenizeLine2(line, state2);
		state = result.ruleStack;
		state2 = result2.ruleStack;
		// tokenizeLine2 gives (start offset, metadata) pairs; the token type sits in bits 8-9 of the metadata.
		const typeRuns: number[] = [];
		for (let t = 0; t < result2.tokens.length; t += 2) {
			const type = (result2.tokens[t + 1] >>> 8) & 3;
			if (typeRuns.at(-1) !== type) typeRuns.push(result2.tokens[t], type);
		}
		return { tokens: result.tokens, typeRuns };
	});
};

const isOurs = (scope: string) => scope.endsWith('.connector-certify');

/**
 * With the injection every token lies inside one host token, and dropping the injection's scopes gives back that host
 * token's scopes (escapes inside an expression are re-scoped by the injection with the host's own escape scopes);
 * every character keeps its standard token type. Returns the injected tokenization for further checks.
 */
const assertHarmless = (text: string, label: string): LineTokens[] => {
	const withInjection = tokenizeBoth(injected, text);
	const without = tokenizeBoth(hostOnly, text);
	assert.equal(withInjection.length, without.length);
	for (let line = 0; line < without.length; line++) {
		const hostTokens = without[line].tokens;
		let h = 0;
		for (const token of withInjection[line].tokens) {
			while (hostTokens[h].endIndex <= token.startIndex && h < hostTokens.length - 1) h++;
			const host = hostTokens[h];
			const where = `${label}:${line + 1}:${token.startIndex + 1}`;
			assert.ok(host.startIndex <= token.startIndex && token.endIndex <= host.endIndex, `${where}: token crosses a host token boundary`);
			assert.deepEqual(token.scopes.filter((scope) => !isOurs(scope)), host.scopes, where);
		}
		assert.deepEqual(withInjection[line].typeRuns, without[line].typeRuns, `${label}:${line + 1}: token types`);
	}
	return withInjection;
};

// A connector-shaped file, one named line per case. Lines are indented and comma-separated as in a real file so the
// host's state (key, ':' value, array) is the one the editor has on them.
const LINES = {
	open: '{',
	extensionKey: '  "x-ms-connector-metadata": [',
	extensionKeyAsValue: '    "x-ms-summary"',
	closeArray: '  ],',
	policyKey: '  "x-ms-apimTemplateParameter.urlTemplate": "https://@connectionParameters(\'region\')/v1/{id}",',
	pathKey: '  "/items/{itemId}/children/{child.id}": {},',
	header: '  "h": "@headers(\'X-Api-Key\')",',
	query: '  "q": "@queryParameters(\'cuid\')/events",',
	parameters: '  "p": "@parameters(\'tenant\')",',
	defaultArgument: '  "d": "@connectionParameters(\'siteUrl\',\'https:\\/\\/example.com\')",',
	member: '  "m": "@triggerBody().data",',
	escapedQuotes: '  "e": "\\"@headers(\'y\')\\"",',
	typing: '  "t": "@connectionParameters(\'reg",',
	twoStrings: '  "s": "@headers(", "u": "x)",',
	notTemplates: '  "n": "${workspaceFolder} {{name}} { spaced } email@example.com",',
	close: '}',
};
type LineName = keyof typeof LINES;
const CONNECTOR_TEXT = Object.values(LINES).join('\n');
const lineIndex = (name: LineName) => Object.keys(LINES).indexOf(name);

// The host's scopes around the injected tokens.
const DICT = ['source.json', 'meta.structure.dictionary.json'];
const KEY = [...DICT, 'string.json', 'support.type.property-name.json'];
const VALUE = [...DICT, 'meta.structure.dictionary.value.json', 'string.quoted.double.json'];
const CALL = [...VALUE, 'meta.function-call.expression.connector-certify'];
const TEMPLATE_IN_VALUE = [...VALUE, 'meta.template.expression.connector-certify'];
const TEMPLATE_IN_KEY = [...KEY, 'meta.template.expression.connector-certify'];

/** The tokens of a named line as [text, ...scopes]. */
const line = (name: LineName): string[][] => tokenize(injected, CONNECTOR_TEXT)[lineIndex(name)].map((token) => [token.text, ...token.scopes]);

/** The tokens of a value line after `"key": "` and before `",`, which are the host's own. */
const valueContent = (name: LineName): string[][] => {
	const tokens = line(name);
	const open = tokens.findIndex((token) => token.at(-1) === 'punctuation.definition.string.begin.json');
	const close = tokens.findIndex((token) => token.at(-1) === 'punctuation.definition.string.end.json');
	return tokens.slice(open + 1, close);
};

const call = (name: string, ...args: string[][]): string[][] => [
	['@', ...CALL, 'punctuation.definition.expression.connector-certify'],
	[name, ...CALL, 'support.function.expression.connector-certify'],
	['(', ...CALL, 'punctuation.definition.arguments.begin.connector-certify'],
	...args,
	[')', ...CALL, 'punctuation.definition.arguments.end.connector-certify'],
];
const nameArgument = (text: string) => [text, ...CALL, 'variable.parameter.expression.connector-certify'];
const template = (name: string, around: string[]) => [
	['{', ...around, 'punctuation.definition.template-expression.begin.connector-certify'],
	[name, ...around, 'variable.parameter.template.connector-certify'],
	['}', ...around, 'punctuation.definition.template-expression.end.connector-certify'],
];

test('the manifest contributes the grammar to JSON and JSON with Comments; its selector only reaches keys and strings', () => {
	const grammar = JSON.parse(readFileSync(GRAMMARS[INJECTION_SCOPE], 'utf8'));
	assert.equal(grammar.scopeName, INJECTION_SCOPE);
	assert.equal(grammar.injectionSelector, 'L:source.json support.type.property-name -comment, L:source.json string.quoted.double -comment');
	const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
	const entry = manifest.contributes.grammars?.find((contribution: { scopeName?: string }) => contribution.scopeName === INJECTION_SCOPE);
	assert.deepEqual(entry, { injectTo: ['source.json', 'source.json.comments'], scopeName: INJECTION_SCOPE, path: './syntaxes/connector-certify.injection.tmLanguage.json' }, 'package.json contributes.grammars entry (see syntaxes/README.md)');
	assert.ok(existsSync(join(root, entry.path)));
});

test('an x-ms-* key gets its own scope inside the host key scopes; quotes and colon stay the host\'s', () => {
	assert.deepEqual(line('extensionKey'), [
		['  ', ...DICT],
		['"', ...KEY, 'punctuation.support.type.property-name.begin.json'],
		['x-ms-connector-metadata', ...KEY, 'entity.name.tag.x-ms.connector-certify'],
		['"', ...KEY, 'punctuation.support.type.property-name.end.json'],
		[':', ...DICT, 'meta.structure.dictionary.value.json', 'punctuation.separator.dictionary.key-value.json'],
		[' ', ...DICT, 'meta.structure.dictionary.value.json'],
		['[', ...DICT, 'meta.structure.dictionary.value.json', 'meta.structure.array.json', 'punctuation.definition.array.begin.json'],
	]);
});

test('an x-ms-* string that is a value, not a key, is left alone', () => {
	const inArray = [...DICT, 'meta.structure.dictionary.value.json', 'meta.structure.array.json', 'string.quoted.double.json'];
	assert.deepEqual(line('extensionKeyAsValue'), [
		['    ', ...DICT, 'meta.structure.dictionary.value.json', 'meta.structure.array.json'],
		['"', ...inArray, 'punctuation.definition.string.begin.json'],
		['x-ms-summary', ...inArray],
		['"', ...inArray, 'punctuation.definition.string.end.json'],
	]);
});

test('a policy template parameter: x-ms key, @connectionParameters call and {id} template in its urlTemplate value', () => {
	const tokens = line('policyKey');
	assert.deepEqual(tokens[2], ['x-ms-apimTemplateParameter.urlTemplate', ...KEY, 'entity.name.tag.x-ms.connector-certify']);
	assert.deepEqual(valueContent('policyKey'), [
		['https://', ...VALUE],
		...call('connectionParameters', nameArgument("'region'")),
		['/v1/', ...VALUE],
		...template('id', TEMPLATE_IN_VALUE),
	]);
});

test('{parameter} templates in a path key; dots are allowed in a name', () => {
	assert.deepEqual(line('pathKey').slice(1, 11), [
		['"', ...KEY, 'punctuation.support.type.property-name.begin.json'],
		['/items/', ...KEY],
		...template('itemId', TEMPLATE_IN_KEY),
		['/children/', ...KEY],
		...template('child.id', TEMPLATE_IN_KEY),
		['"', ...KEY, 'punctuation.support.type.property-name.end.json'],
	]);
});

test('@headers, @queryParameters and @parameters calls', () => {
	assert.deepEqual(valueContent('header'), call('headers', nameArgument("'X-Api-Key'")));
	assert.deepEqual(valueContent('query'), [...call('queryParameters', nameArgument("'cuid'")), ['/events', ...VALUE]]);
	assert.deepEqual(valueContent('parameters'), call('parameters', nameArgument("'tenant'")));
});

test('a default-value argument is a quoted literal whose JSON escapes keep the host escape scope', () => {
	const literal = [...CALL, 'string.quoted.single.expression.connector-certify'];
	assert.deepEqual(
		valueContent('defaultArgument'),
		call(
			'connectionParameters',
			nameArgument("'siteUrl'"),
			[',', ...CALL, 'punctuation.separator.arguments.connector-certify'],
			["'https:", ...literal],
			['\\/', ...literal, 'constant.character.escape.json'],
			['\\/', ...literal, 'constant.character.escape.json'],
			["example.com'", ...literal],
		),
	);
});

test('member access after a call: @triggerBody().data', () => {
	assert.deepEqual(valueContent('member'), [
		...call('triggerBody'),
		['.', ...CALL, 'punctuation.accessor.connector-certify'],
		['data', ...CALL, 'variable.other.property.connector-certify'],
	]);
});

test('an expression between escaped quotes: the escapes stay the host\'s and the string still ends at its own quote', () => {
	assert.deepEqual(valueContent('escapedQuotes'), [
		['\\"', ...VALUE, 'constant.character.escape.json'],
		...call('headers', nameArgument("'y'")),
		['\\"', ...VALUE, 'constant.character.escape.json'],
	]);
	assert.deepEqual(line('escapedQuotes').at(-1), [',', ...DICT, 'meta.structure.dictionary.value.json', 'punctuation.separator.dictionary.pair.json']);
});

test('a call still being typed colours the function name and leaves the rest to the host', () => {
	assert.deepEqual(valueContent('typing'), [
		['@', ...VALUE, 'punctuation.definition.expression.connector-certify'],
		['connectionParameters', ...VALUE, 'support.function.expression.connector-certify'],
		["('reg", ...VALUE],
	]);
});

test('a call is never matched across the end of its string', () => {
	const tokens = line('twoStrings');
	assert.deepEqual(valueContent('twoStrings'), [
		['@', ...VALUE, 'punctuation.definition.expression.connector-certify'],
		['headers', ...VALUE, 'support.function.expression.connector-certify'],
		['(', ...VALUE],
	]);
	// The rest of the line is the host's: the next key and its value, ')' included, untouched.
	assert.deepEqual(tokens.slice(-9), [
		['"', ...KEY, 'punctuation.support.type.property-name.begin.json'],
		['u', ...KEY],
		['"', ...KEY, 'punctuation.support.type.property-name.end.json'],
		[':', ...DICT, 'meta.structure.dictionary.value.json', 'punctuation.separator.dictionary.key-value.json'],
		[' ', ...DICT, 'meta.structure.dictionary.value.json'],
		['"', ...VALUE, 'punctuation.definition.string.begin.json'],
		['x)', ...VALUE],
		['"', ...VALUE, 'punctuation.definition.string.end.json'],
		[',', ...DICT, 'meta.structure.dictionary.value.json', 'punctuation.separator.dictionary.pair.json'],
	]);
});

test('${variable}, {{mustache}}, "{ spaced }" and an e-mail address are not templates or expressions', () => {
	assert.deepEqual(valueContent('notTemplates'), [['${workspaceFolder} {{name}} { spaced } email@example.com', ...VALUE]]);
});

test('JSON with Comments host (source.json.comments): the same scopes inside its own key and string scopes', async () => {
	const jsonc = await loadGrammar('source.json.comments', true);
	const [tokens] = tokenize(jsonc, '{ "x-ms-visibility": "@headers(\'y\') {id}" } // "x-ms-no": "@body()"');
	const key = ['source.json.comments', 'meta.structure.dictionary.json.comments', 'string.json.comments', 'support.type.property-name.json.comments'];
	const value = ['source.json.comments', 'meta.structure.dictionary.json.comments', 'meta.structure.dictionary.value.json.comments', 'string.quoted.double.json.comments'];
	const ours = tokens.filter((token) => token.scopes.some(isOurs)).map((token) => [token.text, ...token.scopes]);
	assert.deepEqual(ours, [
		['x-ms-visibility', ...key, 'entity.name.tag.x-ms.connector-certify'],
		['@', ...value, 'meta.function-call.expression.connector-certify', 'punctuation.definition.expression.connector-certify'],
		['headers', ...value, 'meta.function-call.expression.connector-certify', 'support.function.expression.connector-certify'],
		['(', ...value, 'meta.function-call.expression.connector-certify', 'punctuation.definition.arguments.begin.connector-certify'],
		["'y'", ...value, 'meta.function-call.expression.connector-certify', 'variable.parameter.expression.connector-certify'],
		[')', ...value, 'meta.function-call.expression.connector-certify', 'punctuation.definition.arguments.end.connector-certify'],
		['{', ...value, 'meta.template.expression.connector-certify', 'punctuation.definition.template-expression.begin.connector-certify'],
		['id', ...value, 'meta.template.expression.connector-certify', 'variable.parameter.template.connector-certify'],
		['}', ...value, 'meta.template.expression.connector-certify', 'punctuation.definition.template-expression.end.connector-certify'],
	]);
});

test('the connector-shaped file: removing the injected scopes gives back the host tokenization', () => {
	assertHarmless(CONNECTOR_TEXT, 'connector');
});

test('an ordinary package.json-like file: the same tokens and scopes with and without the injection', () => {
	const text = [
		'{',
		'  "name": "@scope/pkg",',
		'  "version": "1.2.3",',
		'  "description": "Reads {} and @ signs (a) \\"quoted\\" \\u00e9",',
		'  "scripts": { "build": "tsc -p . && echo ${npm_package_name}", "x-ms": "no" },',
		'  "dependencies": { "@types/node": "^20.0.0" },',
		'  "keywords": ["json", "x-ms-like-value", "{{handlebars}}"],',
		'  "private": true, "count": 3, "ratio": -1.5e3, "nothing": null',
		'}',
	].join('\n');
	const withInjection = tokenize(injected, text);
	assert.deepEqual(withInjection, tokenize(hostOnly, text));
	assert.equal(withInjection.flat().filter((token) => token.scopes.some(isOurs)).length, 0);
	assertHarmless(text, 'package');
});

test('this repository\'s package.json, package-lock.json and tsconfig.json: the host tokenization unchanged', () => {
	for (const file of ['package.json', 'package-lock.json', 'tsconfig.json']) {
		const tokens = assertHarmless(readFileSync(join(root, file), 'utf8'), file).flatMap((line) => line.tokens);
		// package.json's wording may one day hold a {placeholder}; the other two have nothing for the grammar.
		if (file !== 'package.json') assert.equal(tokens.filter((token) => token.scopes.some(isOurs)).length, 0, file);
	}
});

test('comments (JSON with comments) get nothing, even when they hold x-ms keys or expressions', () => {
	const text = ['{', '  // "x-ms-summary": "@headers(\'y\')/{id}"', '  /* "@body()" */ "a": 1', '}'].join('\n');
	const withInjection = tokenize(injected, text);
	assert.deepEqual(withInjection, tokenize(hostOnly, text));
	assert.deepEqual(withInjection[1].map((token) => token.scopes.at(-1)), ['meta.structure.dictionary.json', 'punctuation.definition.comment.json', 'comment.line.double-slash.js']);
});

test('malformed JSON: an unterminated string or a stray quote does not make the injection change the host tokenization', () => {
	assertHarmless(['{', '  "x-ms-a": "@headers(\'y\'', '  "b": "{id}" "x-ms-c":', '  "@body()": "x', '}'].join('\n'), 'malformed');
});

// Real connector files: every apiProperties.json of the dev corpus (where the policy expressions are) and the
// definitions of a few connectors (tokenizing the whole 12 MB corpus twice takes about a minute).
const SWAGGER_SAMPLE = ['DocuSignDemo', 'Dokobit Portal', 'Egnyte', 'SignNow'];
const corpusFiles = existsSync(CORPUS)
	? [
			...readdirSync(CORPUS)
				.sort()
				.map((name) => join(CORPUS, name, 'apiProperties.json')),
			...SWAGGER_SAMPLE.map((name) => join(CORPUS, name, 'apiDefinition.swagger.json')),
		].filter((path) => existsSync(path))
	: [];

test('corpus files: harmless, and every x-ms-* key, @call( and {template} gets its scope', { skip: corpusFiles.length === 0 && 'no corpus' }, () => {
	let keys = 0;
	let calls = 0;
	let templates = 0;
	for (const path of corpusFiles) {
		const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
		const label = path.slice(CORPUS.length + 1);
		const lines = text.split(/\r?\n/);
		const tokens = assertHarmless(text, label).flatMap((line, index) => line.tokens.map((token) => ({ ...token, text: lines[index].slice(token.startIndex, token.endIndex) })));
		// x-ms-* property names as the JSON parser sees them (every corpus file puts a key and its colon on one line).
		// A name with a space ("x-ms-summary title", a schema property in one connector) is no extension key.
		let expectedKeys = 0;
		visit(text, { onObjectProperty: (property) => void (/^x-ms-\S+$/.test(property) && expectedKeys++) });
		const foundKeys = tokens.filter((token) => token.scopes.at(-1) === 'entity.name.tag.x-ms.connector-certify');
		assert.equal(foundKeys.length, expectedKeys, `${label}: x-ms keys`);
		assert.ok(foundKeys.every((token) => token.text.startsWith('x-ms-')));
		const expectedCalls = text.match(/@[A-Za-z_][A-Za-z0-9_]*\(/g)?.length ?? 0;
		assert.equal(tokens.filter((token) => token.scopes.at(-1) === 'support.function.expression.connector-certify').length, expectedCalls, `${label}: calls`);
		// In valid JSON a {name} can only be inside a string, so the text count is the expected one.
		const expectedTemplates = text.match(/(?<![{$])\{[A-Za-z_][A-Za-z0-9_.-]*\}(?!\})/g)?.length ?? 0;
		assert.equal(tokens.filter((token) => token.scopes.at(-1) === 'variable.parameter.template.connector-certify').length, expectedTemplates, `${label}: templates`);
		keys += expectedKeys;
		calls += expectedCalls;
		templates += expectedTemplates;
	}
	// The sample exercises all three (so the counts above are not vacuous).
	assert.ok(keys > 1000 && calls >= 60 && templates > 50, `${keys} keys, ${calls} calls, ${templates} templates`);
});
