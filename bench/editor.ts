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
 * Opens `folder`'s swagger and makes `edits` edits, alternating a finding in and out (an operation's x-ms-visibility
 * set to a value that is not one, and back), so every edit changes the diagnostics and none waits for a pause.
 */
export async function measureEditor(folder: string, file: string, edits: number): Promise<EditorFigures> {
	const text = readFileSync(join(folder, file), 'utf8');
	const anchor = text.indexOf('"operationId"');
	if (anchor < 0) {
		throw new Error(`${file} has no operationId to edit beside`);
	}
	const variant = (i: number) => `${text.slice(0, anchor)}"x-ms-visibility": "${i % 2 ? 'bogus' : 'advanced'}", ${text.slice(anchor)}`;
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
		client.open(uri, text, 1);
		await client.diagnostics(uri, (p) => p.version === 1);
		const firstMs = performance.now() - start;
		const editsMs: number[] = [];
		stalls.length = 0; // Opening (the first check's setup) is not typing.
		for (let i = 0; i < edits; i++) {
			const version = i + 2;
			start = performance.now();
			client.change(uri, variant(i + 1), version);
			await client.diagnostics(uri, (p) => p.version === version);
			editsMs.push(performance.now() - start);
		}
		return { firstMs, editsMs, longestStallMs: stalls.length ? Math.max(...stalls) : undefined, peakRssMb: peakRssMb(client.pid) };
	} finally {
		client.stop();
	}
}
