// The editor's side of `npm run bench`: a connector opened through a real LSP client over stdio (the built server),
// then edits that change its findings, each timed from didChange to the diagnostics of that version; the longest the
// server's main thread was held meanwhile (its event-loop delay, which it traces after each check); the server's peak
// RSS (VmHWM, threads included) read from /proc at the end.
import { readFileSync } from 'node:fs';
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
	const client = await LspClient.start(folder, {}, { jsonSyntaxErrors: 'editor' });
	const stalls: number[] = [];
	client.connection.onNotification('$/logTrace', (params: { message: string }) => {
		const match = /^Main thread: longest stall (\d+) ms/.exec(params.message);
		if (match) {
			stalls.push(Number(match[1]));
		}
	});
	void client.connection.sendNotification('$/setTrace', { value: 'verbose' });
	try {
		const uri = pathToFileURL(join(folder, file)).href;
		let start = performance.now();
		client.open(uri, opened, 1);
		let published = await client.diagnostics(uri, (p) => p.version === 1);
		const firstMs = performance.now() - start;
		const editsMs: number[] = [];
		stalls.length = 0; // Opening (the first check's setup) is not typing.
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
		}
		return { firstMs, editsMs, longestStallMs: stalls.length ? Math.max(...stalls) : undefined, peakRssMb: peakRssMb(client.pid) };
	} finally {
		client.stop();
	}
}
