/**
 * The language server as an editor sees it: `node dist/server.js --stdio` in a child process, spoken to over the
 * protocol with vscode-languageserver-protocol. Needs `npm run build` first. Every wait is on a notification (with a
 * timeout that fails the test rather than hanging it), never on a sleep.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import {
	DiagnosticSeverity,
	DidChangeConfigurationNotification,
	DidChangeTextDocumentNotification,
	DidChangeWatchedFilesNotification,
	FileChangeType,
	DidCloseTextDocumentNotification,
	DidOpenTextDocumentNotification,
	ExitNotification,
	InitializedNotification,
	InitializeRequest,
	LogMessageNotification,
	LogTraceNotification,
	PublishDiagnosticsNotification,
	SetTraceNotification,
	ShutdownRequest,
	type Diagnostic,
	type ProtocolConnection,
	type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { connectionTo } from './helpers/lspClient';
import { rangeOf } from './helpers/ruleTester';

const ROOT = path.resolve(__dirname, '..');
const SERVER = path.join(ROOT, 'dist', 'server.js');
const FIXTURE = path.join(ROOT, 'test', 'fixtures', 'lsp', 'invoices');
const TIMEOUT_MS = 20_000;

interface Waiter {
	readonly uri: string;
	readonly predicate: (params: PublishDiagnosticsParams) => boolean;
	readonly resolve: (params: PublishDiagnosticsParams) => void;
}

let workspace: string;
let child: ChildProcess;
let connection: ProtocolConnection;
const published: PublishDiagnosticsParams[] = [];
const waiters = new Set<Waiter>();
const serverLog: string[] = [];
const traces: string[] = [];
const traceWaiters = new Set<{ predicate: (message: string) => boolean; resolve: () => void }>();
/** What the test "editor" answers to workspace/configuration. */
let settings: unknown = null;

function uriOf(...segments: string[]): string {
	return pathToFileURL(path.join(workspace, ...segments)).href;
}

function codes(params: PublishDiagnosticsParams): string[] {
	return params.diagnostics.map((diagnostic) => String(diagnostic.code));
}

function find(params: PublishDiagnosticsParams, code: string): Diagnostic | undefined {
	return params.diagnostics.find((diagnostic) => diagnostic.code === code);
}

/** Resolves with the next publication for `uri` that satisfies `predicate` (or one already received, if `past`). */
function diagnosticsFor(uri: string, predicate: (params: PublishDiagnosticsParams) => boolean = () => true, past = false): Promise<PublishDiagnosticsParams> {
	if (past) {
		for (let i = published.length - 1; i >= 0; i--) {
			if (published[i].uri === uri && predicate(published[i])) {
				return Promise.resolve(published[i]);
			}
		}
	}
	return new Promise((resolve, reject) => {
		const waiter: Waiter = {
			uri,
			predicate,
			resolve: (params) => {
				clearTimeout(timer);
				resolve(params);
			},
		};
		const timer = setTimeout(() => {
			waiters.delete(waiter);
			reject(new Error(`No matching diagnostics for ${uri} within ${TIMEOUT_MS} ms. Server log:\n${serverLog.join('\n')}`));
		}, TIMEOUT_MS);
		waiters.add(waiter);
	});
}

/** Resolves when the server traces a matching line (tracing must be on). */
function traced(predicate: (message: string) => boolean): Promise<void> {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`No matching trace within ${TIMEOUT_MS} ms. Traces:\n${traces.join('\n')}`)), TIMEOUT_MS);
		traceWaiters.add({ predicate, resolve: () => (clearTimeout(timer), resolve()) });
	});
}

/** A swagger with `count` operations, with or without summaries: big enough that a check takes a while. */
function bigSwagger(count: number, summaries: boolean): string {
	const paths: Record<string, unknown> = {};
	for (let i = 0; i < count; i++) {
		paths[`/items${i}`] = { get: { operationId: `GetItem${i}`, ...(summaries ? { summary: `Get item ${i}` } : {}), description: `Gets item ${i}.`, responses: { 200: { description: 'OK' } } } };
	}
	return JSON.stringify({ swagger: '2.0', info: { title: 'Big', description: 'Many operations.', version: '1.0' }, host: 'api.contoso.com', basePath: '/', schemes: ['https'], paths }, null, 2);
}

function open(uri: string, text: string, version = 1): void {
	void connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'json', version, text } });
}

function change(uri: string, text: string, version: number): void {
	void connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
}

const swaggerText = readFileSync(path.join(FIXTURE, 'apiDefinition.swagger.json'), 'utf8');
const withSummary = swaggerText.replace('"operationId": "ListInvoices",', '"operationId": "ListInvoices",\n        "summary": "List invoices",');

describe('language server over stdio', () => {
	before(async () => {
		workspace = mkdtempSync(path.join(tmpdir(), 'connector-certify-lsp-'));
		for (const name of ['invoices', 'closed', 'broken']) {
			cpSync(FIXTURE, path.join(workspace, name), { recursive: true });
		}
		assert.ok(existsSync(SERVER), 'dist/server.js is missing: run `npm run build` first');
		child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
		child.stderr!.on('data', (chunk: Buffer) => serverLog.push(`[stderr] ${chunk.toString('utf8')}`));
		connection = connectionTo(child);
		connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
			published.push(params);
			for (const waiter of [...waiters]) {
				if (waiter.uri === params.uri && waiter.predicate(params)) {
					waiters.delete(waiter);
					waiter.resolve(params);
				}
			}
		});
		connection.onNotification(LogMessageNotification.type, (params) => {
			serverLog.push(params.message);
		});
		connection.onNotification(LogTraceNotification.type, (params) => {
			traces.push(params.message);
			for (const waiter of [...traceWaiters]) {
				if (waiter.predicate(params.message)) {
					traceWaiters.delete(waiter);
					waiter.resolve();
				}
			}
		});
		connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => settings));
		connection.onRequest('client/registerCapability', () => null);
		connection.listen();
		const result = await connection.sendRequest(InitializeRequest.type, {
			processId: process.pid,
			rootUri: pathToFileURL(workspace).href,
			// This suite covers the workspace mode: every connector on disk checked at start and on file events.
			initializationOptions: { validate: 'workspace' },
			workspaceFolders: [{ uri: pathToFileURL(workspace).href, name: 'workspace' }],
			capabilities: {
				workspace: { configuration: true, workspaceFolders: true, didChangeConfiguration: { dynamicRegistration: true }, didChangeWatchedFiles: { dynamicRegistration: false } },
				textDocument: { publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true } },
			},
		});
		assert.equal(result.serverInfo?.name, 'connector-certify');
		void connection.sendNotification(InitializedNotification.type, {});
	});

	after(() => {
		connection?.dispose();
		if (child && child.exitCode === null && child.signalCode === null) {
			child.kill();
		}
		rmSync(workspace, { recursive: true, force: true });
	});

	it('checks a connector on disk that is not open, at start', async () => {
		const params = await diagnosticsFor(uriOf('closed', 'apiDefinition.swagger.json'), (p) => codes(p).includes('op-summary-required'), true);
		assert.equal(params.version, undefined);
		const apiProperties = await diagnosticsFor(uriOf('closed', 'apiProperties.json'), () => true, true);
		assert.ok(Array.isArray(apiProperties.diagnostics));
	});

	it('reports a missing summary on the operation key, with code, source and doc link', async () => {
		const uri = uriOf('invoices', 'apiDefinition.swagger.json');
		const waiting = diagnosticsFor(uri, (p) => p.version === 1);
		open(uri, swaggerText, 1);
		const params = await waiting;
		const diagnostic = find(params, 'op-summary-required');
		assert.ok(diagnostic, `expected op-summary-required, got ${codes(params).join(', ')}`);
		assert.deepEqual(diagnostic.range, rangeOf(swaggerText, '"get"'));
		assert.equal(diagnostic.source, 'connector-certify');
		assert.equal(diagnostic.severity, DiagnosticSeverity.Error);
		assert.match(diagnostic.codeDescription?.href ?? '', /\/docs\/rules\/op-summary-required\.md$/);
		assert.equal(diagnostic.message, "The 'summary' property is required (operation ListInvoices).");
		const data = diagnostic.data as Record<string, unknown>;
		assert.equal(data.ruleId, 'op-summary-required');
		assert.equal(data.jsonPointer, '/paths/~1invoices/get/summary');
		assert.equal(data.operationId, 'ListInvoices');
	});

	it('drops the diagnostic once the summary is typed in', async () => {
		const uri = uriOf('invoices', 'apiDefinition.swagger.json');
		const waiting = diagnosticsFor(uri, (p) => p.version === 2);
		change(uri, withSummary, 2);
		const params = await waiting;
		assert.equal(find(params, 'op-summary-required'), undefined);
	});

	it('re-checks the swagger when apiProperties.json beside it changes', async () => {
		const swaggerUri = uriOf('invoices', 'apiDefinition.swagger.json');
		const uri = uriOf('invoices', 'apiProperties.json');
		const text = readFileSync(path.join(FIXTURE, 'apiProperties.json'), 'utf8');
		const opened = diagnosticsFor(uri, (p) => p.version === 1);
		open(uri, text, 1);
		await opened;
		const swaggerAgain = diagnosticsFor(swaggerUri);
		const apiPropertiesAgain = diagnosticsFor(uri, (p) => p.version === 2);
		change(uri, text.replace('#007ee5', '#0078d4'), 2);
		const params = await swaggerAgain;
		assert.equal(params.version, 2, 'the swagger is published for its current buffer');
		await apiPropertiesAgain;
	});

	it('publishes only the latest version after two quick changes', async () => {
		const uri = uriOf('invoices', 'apiDefinition.swagger.json');
		const from = published.length;
		const waiting = diagnosticsFor(uri, (p) => p.version === 4);
		change(uri, swaggerText, 3); // summary removed…
		change(uri, withSummary, 4); // …and typed in again before the first change is checked
		const params = await waiting;
		assert.equal(find(params, 'op-summary-required'), undefined);
		const versions = published.slice(from).filter((p) => p.uri === uri).map((p) => p.version);
		assert.deepEqual(versions, [4]);
	});

	it('cancels a running check when a newer version arrives, and never publishes its result', async () => {
		// The document exists only as a buffer (its folder is not on disk), so it is checked alone.
		const uri = uriOf('big', 'apiDefinition.swagger.json');
		void connection.sendNotification(SetTraceNotification.type, { value: 'verbose' });
		const from = published.length;
		const started = traced((message) => message.startsWith('Check started') && message.includes(`${uri}@1`));
		const final = diagnosticsFor(uri, (p) => p.version === 2);
		open(uri, bigSwagger(4000, false), 1);
		await started;
		change(uri, bigSwagger(4000, true), 2);
		const params = await final;
		assert.equal(find(params, 'op-summary-required'), undefined);
		assert.deepEqual(published.slice(from).filter((p) => p.uri === uri).map((p) => p.version), [2]);
		assert.ok(
			traces.some((message) => /^Check (cancelled|result dropped as stale)/.test(message) && message.includes(`${uri}@1`)),
			`version 1 was neither cancelled nor dropped:\n${traces.join('\n')}`,
		);
		void connection.sendNotification(SetTraceNotification.type, { value: 'off' });
		void connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
	});

	it('re-checks a closed document from disk and keeps its diagnostics', async () => {
		const uri = uriOf('invoices', 'apiDefinition.swagger.json');
		const waiting = diagnosticsFor(uri);
		void connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
		const params = await waiting;
		assert.equal(params.version, undefined);
		assert.ok(find(params, 'op-summary-required'), 'the file on disk still lacks the summary');
	});

	it('checks connector files that appear or go on disk, on file events', async () => {
		cpSync(FIXTURE, path.join(workspace, 'added'), { recursive: true });
		const swaggerUri = uriOf('added', 'apiDefinition.swagger.json');
		const apiPropertiesUri = uriOf('added', 'apiProperties.json');
		const appeared = diagnosticsFor(swaggerUri, (p) => codes(p).includes('op-summary-required'));
		void connection.sendNotification(DidChangeWatchedFilesNotification.type, {
			changes: [
				{ uri: swaggerUri, type: FileChangeType.Created },
				{ uri: apiPropertiesUri, type: FileChangeType.Created },
			],
		});
		await appeared;
		unlinkSync(path.join(workspace, 'added', 'apiDefinition.swagger.json'));
		const cleared = diagnosticsFor(swaggerUri, (p) => p.diagnostics.length === 0);
		void connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: swaggerUri, type: FileChangeType.Deleted }] });
		await cleared;
	});

	it('publishes readme.md findings to the readme, and clears them when the file is fixed on disk', async () => {
		const folder = path.join(workspace, 'documented');
		cpSync(FIXTURE, folder, { recursive: true });
		const readme = path.join(folder, 'readme.md');
		const placeholderText = '# Title\nContoso Invoices manages invoices.\n';
		writeFileSync(readme, placeholderText);
		const readmeUri = pathToFileURL(readme).href;
		const flagged = diagnosticsFor(readmeUri, (p) => codes(p).includes('readme-placeholders'));
		void connection.sendNotification(DidChangeWatchedFilesNotification.type, {
			changes: [
				{ uri: uriOf('documented', 'apiDefinition.swagger.json'), type: FileChangeType.Created },
				{ uri: readmeUri, type: FileChangeType.Created },
			],
		});
		const placeholder = find(await flagged, 'readme-placeholders')!;
		assert.deepEqual(placeholder.range, rangeOf(placeholderText, '# Title'));
		writeFileSync(readme, '# Contoso Invoices\nContoso Invoices manages invoices.\n');
		const fixed = diagnosticsFor(readmeUri, (p) => !codes(p).includes('readme-placeholders'));
		void connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: readmeUri, type: FileChangeType.Changed }] });
		await fixed;
	});

	it('reports malformed JSON and keeps answering', async () => {
		const uri = uriOf('broken', 'apiDefinition.swagger.json');
		const broken = diagnosticsFor(uri, (p) => p.version === 1);
		open(uri, '{\n  "swagger": "2.0",\n  "paths": {\n', 1);
		const params = await broken;
		const syntax = find(params, 'json-syntax');
		assert.ok(syntax, `expected json-syntax, got ${codes(params).join(', ')}`);
		assert.equal(syntax.severity, DiagnosticSeverity.Error);
		// Still answering requests on the broken text (the outline is empty or partial, never an error), an unsupported
		// one is refused rather than ignored, and still checking.
		const symbols = await connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
		assert.ok(Array.isArray(symbols));
		await assert.rejects(connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options: { tabSize: 2, insertSpaces: true } }), /Unhandled method|not found/i);
		const fixed = diagnosticsFor(uri, (p) => p.version === 2);
		change(uri, swaggerText, 2);
		assert.equal(find(await fixed, 'json-syntax'), undefined);
	});

	it('explains a document the Swagger schema rejects (its explainer loads from a file of its own)', async () => {
		const uri = uriOf('broken', 'apiDefinition.swagger.json');
		const text = swaggerText.replace('"version": "1.0"', '"version": 1');
		const explained = diagnosticsFor(uri, (p) => p.version === 3);
		change(uri, text, 3);
		const typeError = find(await explained, 'json-type-incorrect');
		assert.ok(typeError, `expected json-type-incorrect, got ${codes(await explained).join(', ')}`);
		assert.equal(typeError.message, "The type of the property is incorrect. Expected type 'string', but value is of type 'integer'.");
		const line = text.split('\n').findIndex((row) => row.includes('"version": 1'));
		const character = text.split('\n')[line].indexOf('1');
		assert.deepEqual(typeError.range, { start: { line, character }, end: { line, character: character + 1 } });
	});

	it('applies settings pulled per folder, ignoring invalid values', async () => {
		const uri = uriOf('closed', 'apiDefinition.swagger.json');
		const waiting = diagnosticsFor(uri, (p) => find(p, 'op-summary-required')?.severity === DiagnosticSeverity.Warning);
		settings = { profile: 'loudest', rules: { 'op-summary-required': 'warning', 'json-syntax': 'fatal' } };
		void connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
		await waiting;
		assert.ok(serverLog.some((line) => line.includes('"loudest"')), 'the invalid profile is logged');
		assert.ok(serverLog.some((line) => line.includes('"fatal"')), 'the invalid severity is logged');
		const off = diagnosticsFor(uri, (p) => !find(p, 'op-summary-required'));
		settings = { rules: { 'op-*': 'off' } };
		void connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
		await off;
	});

	it('shuts down and exits cleanly', async () => {
		const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
		await connection.sendRequest(ShutdownRequest.type);
		void connection.sendNotification(ExitNotification.type);
		assert.equal(await exited, 0);
	});
});
