/**
 * The TextMate injection grammar loaded the way VS Code loads it (vscode-textmate + vscode-oniguruma, injected into a
 * JSON host grammar), and the harmlessness check, for test/grammar.test.ts and test/corpus/grammar.test.ts.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import { INITIAL, Registry, parseRawGrammar, type IGrammar, type StateStack } from 'vscode-textmate';

export const root = join(__dirname, '..', '..');
export const INJECTION_SCOPE = 'connector-certify.json.injection';
export const GRAMMARS: Record<string, string> = {
	'source.json': join(root, 'test/fixtures/grammar/json.tmLanguage.json'),
	[INJECTION_SCOPE]: join(root, 'syntaxes/connector-certify.injection.tmLanguage.json'),
};

/** The JSON host grammar with and without the injection, loaded by `loadGrammars`. */
export let injected: IGrammar;
export let hostOnly: IGrammar;

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

export const loadGrammar = async (hostScope: 'source.json' | 'source.json.comments', withInjection: boolean): Promise<IGrammar> => {
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

/** Loads oniguruma and both grammars; call it in a `before`. */
export async function loadGrammars(): Promise<void> {
	const wasm = readFileSync(join(root, 'node_modules/vscode-oniguruma/release/onig.wasm'));
	await oniguruma.loadWASM(wasm);
	injected = await loadGrammar('source.json', true);
	hostOnly = await loadGrammar('source.json', false);
}

export interface Token {
	text: string;
	scopes: string[];
}

/** Tokens per line, the tokenizer state carried from line to line as in the editor. */
export const tokenize = (grammar: IGrammar, text: string): Token[][] => {
	let state: StateStack = INITIAL;
	return text.split(/\r?\n/).map((line) => {
		const result = grammar.tokenizeLine(line, state);
		state = result.ruleStack;
		return result.tokens.map((token) => ({ text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes }));
	});
};

export interface LineTokens {
	tokens: { startIndex: number; endIndex: number; scopes: string[] }[];
	/** Runs of equal standard token type (0 other, 1 comment, 2 string, 3 regex) as [start, type, start, type, …]. */
	typeRuns: number[];
}

/** Both of vscode-textmate's tokenizations of every line: scopes (tokenizeLine) and encoded metadata (tokenizeLine2). */
export const tokenizeBoth = (grammar: IGrammar, text: string): LineTokens[] => {
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

export const isOurs = (scope: string) => scope.endsWith('.connector-certify');

/**
 * With the injection every token lies inside one host token, and dropping the injection's scopes gives back that host
 * token's scopes (escapes inside an expression are re-scoped by the injection with the host's own escape scopes);
 * every character keeps its standard token type. Returns the injected tokenization for further checks.
 */
export const assertHarmless = (text: string, label: string): LineTokens[] => {
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
