// The language server under abuse (issue 17), over a real stdio connection to the built server: a document with
// 60,000 paths, one holding a 40 MB string and one nested 100,000 deep, opened together. Every editor request on them
// is answered within 2 s (capped or off, and said so in the log), the server stays under 1 GB, and a normal connector
// opened beside them still gets its diagnostics and answers.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { LspClient } from '../helpers/lspClient';
import { REPO_ROOT } from '../helpers/cli';

const CLEAN = join(REPO_ROOT, 'test', 'fixtures', 'cli', 'clean-connector');
const REQUEST_BUDGET_MS = 2000;
const RSS_LIMIT_MB = 1024;

function operation(i: number): object {
	return { operationId: `GetItem${i}`, summary: `Get item ${i}`, description: 'Gets one item.', responses: { '200': { description: 'OK' } } };
}

function swagger(paths: Record<string, object>): Record<string, unknown> {
	return { swagger: '2.0', info: { title: 'Generated', description: 'A generated definition for the test.', version: '1.0' }, host: 'api.contoso.com', basePath: '/', schemes: ['https'], paths };
}

/** The absurd documents, as text: what they are called and their JSON. */
function absurdDocuments(): Record<string, string> {
	const paths: Record<string, object> = {};
	for (let i = 0; i < 60_000; i++) {
		paths[`/items${i}`] = { get: operation(i) };
	}
	const depth = 100_000;
	return {
		'paths-60000': JSON.stringify(swagger(paths)),
		'string-40mb': JSON.stringify(swagger({ '/a': { get: { ...operation(0), description: `A${'x'.repeat(40 * 1024 * 1024)}.` } } })),
		'nested-100000': `{"swagger":"2.0","info":{"title":"Deep","version":"1.0"},"paths":{},"definitions":{"D":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}}`,
	};
}

/** Peak resident memory of the server process (threads included), from /proc. */
function peakRssMb(pid: number | undefined): number {
	const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
	assert.ok(match, 'VmHWM in /proc');
	return Number(match[1]) / 1024;
}

describe('the language server under abuse', { skip: process.platform !== 'linux' ? 'reads the server memory from /proc' : false }, () => {
	let tmp: string;
	let client: LspClient;
	const logs: string[] = [];
	const uris: Record<string, string> = {};
	before(async () => {
		tmp = mkdtempSync(join(tmpdir(), 'connector-certify-bounded-'));
		client = await LspClient.start(tmp);
		client.connection.onNotification('window/logMessage', (params: { message: string }) => void logs.push(params.message));
		for (const [name, text] of Object.entries(absurdDocuments())) {
			mkdirSync(join(tmp, name));
			const file = join(tmp, name, 'apiDefinition.swagger.json');
			writeFileSync(file, text);
			uris[name] = pathToFileURL(file).href;
			client.open(uris[name], text, 1);
		}
	});
	after(() => {
		client?.stop();
		rmSync(tmp, { recursive: true, force: true });
	});

	/** Sends a request and asserts it is answered within the budget. */
	async function answered<T>(what: string, method: string, params: object): Promise<T> {
		const start = performance.now();
		const result = await client.connection.sendRequest<T>(method, params);
		const elapsed = performance.now() - start;
		assert.ok(elapsed < REQUEST_BUDGET_MS, `${what} answered after ${elapsed.toFixed(0)} ms`);
		return result;
	}

	test('outline, hover, completion, definition, references and code actions answer within 2 s on each document', async () => {
		for (const name of Object.keys(uris)) {
			const textDocument = { uri: uris[name] };
			for (const position of [
				{ line: 0, character: 2 },
				{ line: 0, character: 200 },
			]) {
				await answered(`${name} outline`, 'textDocument/documentSymbol', { textDocument });
				await answered(`${name} hover`, 'textDocument/hover', { textDocument, position });
				await answered(`${name} completion`, 'textDocument/completion', { textDocument, position });
				await answered(`${name} definition`, 'textDocument/definition', { textDocument, position });
				await answered(`${name} references`, 'textDocument/references', { textDocument, position, context: { includeDeclaration: true } });
				await answered(`${name} code actions`, 'textDocument/codeAction', { textDocument, range: { start: position, end: position }, context: { diagnostics: [] } });
			}
		}
		// The two documents over the main thread's limit say so, once each, rather than answering nothing silently.
		const off = logs.filter((line) => /is \d+\.\d MB: outline, hover, completion, navigation and quick fixes are off for documents over 2\.0 MB/.test(line));
		assert.equal(off.length, 2, logs.join('\n'));
	});

	test('a normal connector opened beside them gets its diagnostics and answers its requests', async () => {
		const folder = join(tmp, 'normal');
		mkdirSync(folder);
		for (const file of ['apiDefinition.swagger.json', 'apiProperties.json']) {
			writeFileSync(join(folder, file), readFileSync(join(CLEAN, file)));
		}
		const uri = pathToFileURL(join(folder, 'apiDefinition.swagger.json')).href;
		const text = readFileSync(join(folder, 'apiDefinition.swagger.json'), 'utf8');
		client.open(uri, text, 1);
		await client.diagnostics(uri, (params) => params.version === 1);
		const edited = text.replace('"summary": "', '"summary": "  ');
		client.change(uri, edited, 2);
		const published = await client.diagnostics(uri, (params) => params.version === 2);
		assert.ok(published.diagnostics.length > 0, 'the edit brings a finding');
		const symbols = await answered<unknown[]>('normal outline', 'textDocument/documentSymbol', { textDocument: { uri } });
		assert.ok(symbols.length > 0);
	});

	test('the server stays under 1 GB', () => {
		const rss = peakRssMb(client.pid);
		assert.ok(rss < RSS_LIMIT_MB, `peak RSS ${rss.toFixed(0)} MB`);
	});
});

describe('the language server caps its lists and says so', () => {
	let tmp: string;
	let client: LspClient;
	const logs: string[] = [];
	before(async () => {
		tmp = mkdtempSync(join(tmpdir(), 'connector-certify-caps-'));
		client = await LspClient.start(tmp);
		client.settings = { maxItemsComputed: 100 };
		client.connection.onNotification('window/logMessage', (params: { message: string }) => void logs.push(params.message));
	});
	after(() => {
		client?.stop();
		rmSync(tmp, { recursive: true, force: true });
	});

	/** Every symbol of an outline, children included. */
	const count = (symbols: readonly { children?: unknown[] }[]): number => symbols.reduce((sum, symbol) => sum + 1 + count((symbol.children ?? []) as { children?: unknown[] }[]), 0);

	test('the outline stops at connectorCertify.maxItemsComputed symbols, and the log says so once', async () => {
		const paths: Record<string, object> = {};
		for (let i = 0; i < 150; i++) {
			paths[`/items${i}`] = { get: operation(i) };
		}
		mkdirSync(join(tmp, 'outline'));
		const file = join(tmp, 'outline', 'apiDefinition.swagger.json');
		const text = JSON.stringify(swagger(paths), null, 2);
		writeFileSync(file, text);
		const uri = pathToFileURL(file).href;
		client.open(uri, text, 1);
		const symbols = await client.connection.sendRequest<{ name: string; children?: unknown[] }[]>('textDocument/documentSymbol', { textDocument: { uri } });
		await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
		assert.equal(count(symbols), 100);
		assert.deepEqual(symbols.map((symbol) => symbol.name), ['Paths']);
		// Paths, then path and operation pairs: 49 whole paths, and the 50th without its operation.
		assert.equal(symbols[0].children?.length, 50);
		assert.deepEqual(
			logs.filter((line) => line.startsWith('The outline of')),
			['The outline of apiDefinition.swagger.json (0.0 MB) stops at 100 symbols; 201 more are left out (connectorCertify.maxItemsComputed).'],
		);
	});

	test('a file shows at most 5,000 diagnostics, the most severe first, and one more that says how many are left out', async () => {
		const paths: Record<string, object> = {};
		for (let i = 0; i < 2600; i++) {
			// Each: an error (no description), a warning (no response schema) and an information (no visibility).
			paths[`/things${i}`] = { get: { operationId: `GetThing${i}`, summary: `Get thing ${i}`, responses: { '200': { description: 'OK' } } } };
		}
		mkdirSync(join(tmp, 'many'));
		const file = join(tmp, 'many', 'apiDefinition.swagger.json');
		const text = JSON.stringify(swagger(paths), null, 2);
		writeFileSync(file, text);
		const uri = pathToFileURL(file).href;
		client.open(uri, text, 1);
		const published = await client.diagnostics(uri, (params) => params.version === 1);
		assert.equal(published.diagnostics.length, 5001);
		const note = published.diagnostics.find((diagnostic) => diagnostic.code === 'too-many-findings');
		assert.ok(note, 'the note on what was left out');
		// 2,602 errors (two about the root), 2,601 warnings and 2,600 informations: every error, then warnings up to 5,000.
		assert.equal(note.message, 'Connector Certify shows 5000 findings of this file, the most severe first; 2803 more are not shown. `connector-certify check` lists them all.');
		const severities = published.diagnostics.filter((diagnostic) => diagnostic !== note).map((diagnostic) => diagnostic.severity);
		assert.deepEqual([1, 2, 3].map((severity) => severities.filter((s) => s === severity).length), [2602, 2398, 0]);
	});
});
