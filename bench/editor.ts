// The editor's side of `npm run bench`: a connector opened through a real LSP client over stdio (the built server),
// then edits that change its findings, each timed from didChange to the diagnostics of that version; the longest the
// server's main thread was held meanwhile (its event-loop delay, which it traces after each check); the server's peak
// RSS (VmHWM, threads included) read from /proc at the end.
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { LspClient } from '../test/helpers/lspClient';

export interface EditorFigures {
	readonly firstMs: number;
	readonly editsMs: readonly number[];
	/** The longest the server's main thread was held during the edits (its event-loop delay, from the trace). */
	readonly longestStallMs: number | undefined;
	readonly peakRssMb: number | undefined;
}

/** Peak resident memory of a process in MB, where /proc has it (Linux). */
function peakRssMb(pid: number | undefined): number | undefined {
	try {
		const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return match ? Number(match[1]) / 1024 : undefined;
	} catch {
		return undefined;
	}
}

/** The longest main-thread stalls the server traces, one after each published check, in the order they came. */
interface StallTrace {
	readonly figures: number[];
	/** Resolves once `count` figures have come: a check's figure follows its diagnostics, so it is awaited, not assumed. */
	reach(count: number): Promise<void>;
}

const TRACE_WAIT_MS = 30_000;

/** A client of the built server on `workspace`, with the server's trace on, collecting the stalls it reports. */
async function tracedClient(workspace: string): Promise<{ client: LspClient; stalls: StallTrace }> {
	const client = await LspClient.start(workspace, {}, { jsonSyntaxErrors: 'editor' });
	const figures: number[] = [];
	const waiting: { count: number; resolve: () => void }[] = [];
	client.connection.onNotification('$/logTrace', (params: { message: string }) => {
		const match = /^Main thread: longest stall (\d+) ms/.exec(params.message);
		if (match) {
			figures.push(Number(match[1]));
			for (const waiter of waiting.filter((candidate) => candidate.count <= figures.length)) {
				waiting.splice(waiting.indexOf(waiter), 1);
				waiter.resolve();
			}
		}
	});
	void client.connection.sendNotification('$/setTrace', { value: 'verbose' });
	const reach = (count: number) =>
		figures.length >= count
			? Promise.resolve()
			: new Promise<void>((resolve, reject) => {
					const timer = setTimeout(() => reject(new Error(`the server traced ${figures.length} stall figures, not ${count}, within ${TRACE_WAIT_MS} ms`)), TRACE_WAIT_MS);
					waiting.push({ count, resolve: () => (clearTimeout(timer), resolve()) });
				});
	return { client, stalls: { figures, reach } };
}

/**
 * Opens `folder`'s swagger and makes `edits` edits to one `x-ms-visibility` value, each bringing a finding in and out
 * (a value that is not one, and back), so every edit changes the diagnostics and none waits for a pause. The value
 * edited is the first one the file has (one is added before the first operationId when it has none: adding it beside
 * an existing one would make a repeated key, which is not what typing looks like). The edits are sent as ranges, as
 * VS Code sends them to a server that syncs incrementally (this one does), not as the whole megabyte again, and each
 * is followed by the outline and code-action requests VS Code sends while its user types.
 */
export async function measureEditor(folder: string, file: string, edits: number): Promise<EditorFigures> {
	const text = readFileSync(join(folder, file), 'utf8');
	const property = '"x-ms-visibility": "';
	let opened = text;
	let valueAt = text.indexOf(property);
	if (valueAt < 0) {
		const anchor = text.indexOf('"operationId"');
		if (anchor < 0) {
			throw new Error(`${file} has no operationId to edit beside`);
		}
		opened = `${text.slice(0, anchor)}${property}advanced", ${text.slice(anchor)}`;
		valueAt = anchor;
	}
	valueAt += property.length;
	const original = opened.slice(valueAt, opened.indexOf('"', valueAt));
	const lineStart = opened.lastIndexOf('\n', valueAt - 1) + 1;
	const at = { line: opened.slice(0, lineStart).split('\n').length - 1, character: valueAt - lineStart };
	const value = (i: number) => (i % 2 ? 'bogus' : original);
	const { client, stalls } = await tracedClient(folder);
	try {
		const uri = pathToFileURL(join(folder, file)).href;
		let start = performance.now();
		client.open(uri, opened, 1);
		let published = await client.diagnostics(uri, (p) => p.version === 1);
		const firstMs = performance.now() - start;
		const editsMs: number[] = [];
		// Opening (the first check's setup) is not typing: its figure is left out.
		await stalls.reach(1);
		const opening = stalls.figures.length;
		for (let i = 0; i < edits; i++) {
			const version = i + 2;
			start = performance.now();
			const previous = value(i);
			client.edit(uri, { start: at, end: { line: at.line, character: at.character + previous.length } }, value(i + 1), version);
			// What VS Code asks of a server as its user types: the outline and breadcrumbs, and the quick fixes where
			// the cursor is, with the diagnostics it shows there. The stall figure counts what they cost the main thread.
			const cursor = { start: at, end: { line: at.line, character: at.character + value(i + 1).length } };
			const here = published.diagnostics.filter((d) => d.range.start.line <= at.line && d.range.end.line >= at.line);
			const requests = Promise.all([
				client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }),
				client.connection.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: cursor, context: { diagnostics: here } }),
			]);
			published = await client.diagnostics(uri, (p) => p.version === version);
			editsMs.push(performance.now() - start);
			await requests;
			await stalls.reach(opening + i + 1);
		}
		return { firstMs, editsMs, longestStallMs: Math.max(...stalls.figures.slice(opening)), peakRssMb: peakRssMb(client.pid) };
	} finally {
		client.stop();
	}
}

export interface RequestFigures {
	readonly sizeMb: number;
	/** Each request's round trip, by method, in ms. */
	readonly answeredMs: Readonly<Record<string, number>>;
	/** The longest the server's main thread was held while it answered them (its event-loop delay, from the trace). */
	readonly longestStallMs: number | undefined;
}

/**
 * The editor requests on the largest swagger the editor features take (just under EDITOR_MAX_CHARS, 2 MB): `folder`'s
 * swagger with its paths repeated under new names until it is that large, written to a temporary folder. After its
 * first diagnostics, each request VS Code sends is made once, cold (the first after opening), then an edit, whose
 * published check makes the server trace its longest stall since the first one.
 */
export async function measureRequests(folder: string, maxChars: number): Promise<RequestFigures> {
	const source = JSON.parse(readFileSync(join(folder, 'apiDefinition.swagger.json'), 'utf8')) as { paths: Record<string, unknown> };
	const paths = { ...source.paths };
	const originals = Object.entries(source.paths);
	let text = JSON.stringify(source, null, 2);
	for (let copy = 1; text.length < maxChars * 0.9; copy++) {
		for (const [name, item] of originals) {
			paths[`${name}/copy${copy}`] = JSON.parse(JSON.stringify(item).replace(/"operationId":"([^"]+)"/g, `"operationId":"$1Copy${copy}"`));
		}
		const grown = JSON.stringify({ ...source, paths }, null, 2);
		if (grown.length >= maxChars) {
			break;
		}
		text = grown;
	}
	const workspace = mkdtempSync(join(tmpdir(), 'connector-certify-bench-'));
	const { client, stalls } = await tracedClient(workspace);
	try {
		const file = join(workspace, 'apiDefinition.swagger.json');
		writeFileSync(file, text);
		copyFileSync(join(folder, 'apiProperties.json'), join(workspace, 'apiProperties.json'));
		const uri = pathToFileURL(file).href;
		client.open(uri, text, 1);
		const published = await client.diagnostics(uri, (p) => p.version === 1);
		await stalls.reach(1);
		const opening = stalls.figures.length;
		const offset = text.indexOf('"#/definitions/') + 3;
		const lineStart = text.lastIndexOf('\n', offset) + 1;
		const position = { line: text.slice(0, lineStart).split('\n').length - 1, character: offset - lineStart };
		const textDocument = { uri };
		const diagnostic = published.diagnostics[0];
		const requests: [string, unknown][] = [
			['textDocument/hover', { textDocument, position }],
			['textDocument/definition', { textDocument, position }],
			['textDocument/references', { textDocument, position, context: { includeDeclaration: true } }],
			['textDocument/prepareRename', { textDocument, position }],
			['textDocument/completion', { textDocument, position }],
			['textDocument/documentSymbol', { textDocument }],
			['textDocument/codeAction', { textDocument, range: diagnostic.range, context: { diagnostics: [diagnostic] } }],
		];
		const answeredMs: Record<string, number> = {};
		for (const [method, params] of requests) {
			const start = performance.now();
			await client.connection.sendRequest(method, params);
			answeredMs[method.replace('textDocument/', '')] = performance.now() - start;
		}
		client.edit(uri, { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, ' ', 2);
		await client.diagnostics(uri, (p) => p.version === 2);
		// The edit's check traces the longest stall since the opening's: the requests' included.
		await stalls.reach(opening + 1);
		return { sizeMb: text.length / 1048576, answeredMs, longestStallMs: Math.max(...stalls.figures.slice(opening)) };
	} finally {
		client.stop();
		rmSync(workspace, { recursive: true, force: true });
	}
}
