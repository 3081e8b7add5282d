/**
 * A real language client for tests: spawns `node dist/server.js --stdio` (with the flags the VS Code client starts it with) and speaks the protocol with
 * vscode-languageserver-protocol. Waits are on notifications with a timeout that fails the test, never on sleeps.
 */
import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
	createProtocolConnection,
	DidChangeTextDocumentNotification,
	DidCloseTextDocumentNotification,
	DidOpenTextDocumentNotification,
	InitializedNotification,
	InitializeRequest,
	LogMessageNotification,
	PublishDiagnosticsNotification,
	StreamMessageReader,
	StreamMessageWriter,
	type ProtocolConnection,
	type PublishDiagnosticsParams,
	type Range,
} from 'vscode-languageserver-protocol/node';
import { UPDATE_KIND_NOTIFICATION, type UpdateKindParams } from '../../server/src/protocol/commands';
import { SERVER_NODE_FLAGS } from '../../server/src/protocol/launch';

const SERVER = path.resolve(__dirname, '..', '..', 'dist', 'server.js');
const TIMEOUT_MS = 20_000;

/**
 * A protocol connection over a spawned server's stdio. Its reader never arms vscode-jsonrpc's partial-message timer:
 * that timer only announces a message still incomplete after 10 s, which no test listens for, but it re-arms itself
 * for as long as the message stays incomplete, and disposing the reader does not clear it. A server stopped while it
 * was writing a message left a timer that kept the test process alive for ever: a CI run hung after its last test.
 */
export function connectionTo(child: ChildProcess): ProtocolConnection {
	const reader = new StreamMessageReader(child.stdout!);
	reader.partialMessageTimeout = 0;
	return createProtocolConnection(reader, new StreamMessageWriter(child.stdin!));
}

export class LspClient {
	readonly connection: ProtocolConnection;
	readonly log: string[] = [];
	/** The `connectorCertify/updateKind` notifications, in order. */
	readonly updates: UpdateKindParams[] = [];
	readonly #child: ChildProcess;
	readonly #published: PublishDiagnosticsParams[] = [];
	readonly #waiters = new Set<{ uri: string; predicate: (p: PublishDiagnosticsParams) => boolean; resolve: (p: PublishDiagnosticsParams) => void }>();
	/** What the client answers to workspace/configuration. */
	settings: unknown = null;

	private constructor(child: ChildProcess) {
		this.#child = child;
		child.stderr!.on('data', (chunk: Buffer) => this.log.push(`[stderr] ${chunk.toString('utf8')}`));
		this.connection = connectionTo(child);
		this.connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
			this.#published.push(params);
			for (const waiter of [...this.#waiters]) {
				if (waiter.uri === params.uri && waiter.predicate(params)) {
					this.#waiters.delete(waiter);
					waiter.resolve(params);
				}
			}
		});
		this.connection.onNotification(LogMessageNotification.type, (params) => {
			this.log.push(params.message);
		});
		this.connection.onNotification(UPDATE_KIND_NOTIFICATION, (params: UpdateKindParams) => {
			this.updates.push(params);
		});
		this.connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => this.settings));
		this.connection.onRequest('client/registerCapability', () => null);
		this.connection.listen();
	}

	/** Starts the server on a workspace folder and completes the initialize handshake. */
	static async start(workspace: string, capabilities: object = {}, initializationOptions?: object): Promise<LspClient> {
		assert.ok(existsSync(SERVER), 'dist/server.js is missing: run `npm run build` first');
		const client = new LspClient(spawn(process.execPath, [...SERVER_NODE_FLAGS, SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] }));
		const uri = pathToFileURL(workspace).href;
		await client.connection.sendRequest(InitializeRequest.type, {
			processId: process.pid,
			rootUri: uri,
			workspaceFolders: [{ uri, name: 'workspace' }],
			initializationOptions,
			capabilities: {
				workspace: { configuration: true, workspaceFolders: true },
				textDocument: {
					publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
					codeAction: { resolveSupport: { properties: ['edit'] }, dataSupport: true },
				},
				...capabilities,
			},
		});
		void client.connection.sendNotification(InitializedNotification.type, {});
		return client;
	}

	open(uri: string, text: string, version = 1): void {
		void this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'json', version, text } });
	}

	change(uri: string, text: string, version: number): void {
		void this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ text }] });
	}

	/** Replaces a range of an open document, as an editor sends a keystroke to a server that syncs incrementally. */
	edit(uri: string, range: Range, text: string, version: number): void {
		void this.connection.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri, version }, contentChanges: [{ range, text }] });
	}

	/** Every publication received so far, oldest first. */
	publications(): readonly PublishDiagnosticsParams[] {
		return [...this.#published];
	}

	close(uri: string): void {
		void this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
	}

	/** The next publication for `uri` that satisfies `predicate` (or the latest one already received that does). */
	diagnostics(uri: string, predicate: (params: PublishDiagnosticsParams) => boolean = () => true): Promise<PublishDiagnosticsParams> {
		for (let i = this.#published.length - 1; i >= 0; i--) {
			if (this.#published[i].uri === uri) {
				if (predicate(this.#published[i])) {
					return Promise.resolve(this.#published[i]);
				}
				break;
			}
		}
		return new Promise((resolve, reject) => {
			const timer = setTimeout(() => {
				this.#waiters.delete(waiter);
				reject(new Error(`No matching diagnostics for ${uri} within ${TIMEOUT_MS} ms. Server log:\n${this.log.join('\n')}`));
			}, TIMEOUT_MS);
			const waiter = { uri, predicate, resolve: (params: PublishDiagnosticsParams) => (clearTimeout(timer), resolve(params)) };
			this.#waiters.add(waiter);
		});
	}

	/** The server's process id (for its memory, in the benchmark). */
	get pid(): number | undefined {
		return this.#child.pid;
	}

	/** Ends the server process (always call it, in `after`). */
	stop(): void {
		this.connection.dispose();
		if (this.#child.exitCode === null && this.#child.signalCode === null) {
			this.#child.kill();
		}
	}
}
