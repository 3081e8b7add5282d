// The TextMate injection grammar (syntaxes/connector-certify.injection.tmLanguage.json), loaded the way VS Code loads
// it: vscode-textmate + vscode-oniguruma, injected into a JSON host grammar through `getInjections` and the grammar's
// `injectionSelector`. The host is a test stand-in for VS Code's JSON grammar with the same rule shape and scope names
// (VS Code's own is not in node_modules). Checks: exact scopes on named lines of a connector file, and that the
// injection is harmless: on ordinary JSON it adds nothing, and on any file, removing its scopes gives back exactly the
// host's tokenization, with every character keeping its standard token type (string stays string).
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { before, test } from 'node:test';
import { GRAMMARS, INJECTION_SCOPE, assertHarmless, hostOnly, injected, isOurs, loadGrammar, loadGrammars, root, tokenize } from './helpers/grammar';

before(loadGrammars);

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
