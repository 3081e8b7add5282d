/**
 * `connector-certify mcp-probe <folder>`: connects to the MCP server behind an MCP server connector as Copilot Studio
 * does (Streamable HTTP, `initialize`, `tools/list`) and reports which tools an agent really gets
 * (core/mcpReadiness). The only command that uses the network, and only when asked: one deadline covers the whole
 * probe, and every way it can fail (refused, DNS, TLS, timeout, HTTP errors, an SSE-only server, a malformed answer)
 * ends it with one line, never a hang.
 */
import { setMaxListeners } from 'node:events';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { mcpEndpointUrl } from '../core/mcp';
import { assessMcpReadiness, DEFAULT_MAX_TOOLS, type McpReadiness } from '../core/mcpReadiness';
import { SwaggerModel } from '../core/swagger';
import { connectorInFolder, readParsed } from '../host/nodeConnector';
import { InputError } from './check';

export const DEFAULT_PROBE_TIMEOUT_SECONDS = 15;

/** `tools/list` pages followed at most (a server whose cursor never ends must not keep the probe going). */
export const MAX_TOOL_PAGES = 100;

/** Bytes of an event stream read to tell an SSE-only server's `endpoint` event. */
const SSE_SNIFF_BYTES = 16 * 1024;

export interface McpProbeOptions {
	/** The server's URL; when absent it is derived from the connector's swagger. */
	readonly url?: string;
	/** Sent with every request (credentials, a subscription key). */
	readonly headers?: Readonly<Record<string, string>>;
	/** The whole probe's limit, in seconds. */
	readonly timeoutSeconds?: number;
	readonly maxTools?: number;
	/** Ends the probe early (the editor's Cancel). */
	readonly signal?: AbortSignal;
	/** The version the client announces in `initialize`. */
	readonly clientVersion?: string;
}

export interface McpServerInfo {
	readonly name?: string;
	readonly version?: string;
	readonly protocolVersion?: string;
}

export interface McpProbeRun {
	readonly url: string;
	/** `connector`: derived from the swagger; `given`: the caller's URL. */
	readonly urlSource: 'connector' | 'given';
	readonly server: McpServerInfo;
	/** The capability names the server advertised (`tools`, `resources`, `prompts`…). */
	readonly capabilities: readonly string[];
	/** True when the tool list was cut at `MAX_TOOL_PAGES` pages or a repeated cursor. */
	readonly truncated: boolean;
	readonly readiness: McpReadiness;
}

/** The probe could not be run (network, timeout, a server that is not a Streamable HTTP MCP server): one line. */
export class McpProbeError extends Error {}

export interface McpEndpoint {
	readonly folder: string;
	readonly url?: string;
	/** Why no URL could be derived. */
	readonly reason?: string;
}

/** The MCP endpoint URL the connector's swagger names, or why there is none. Throws `InputError` for a folder that is not a connector. */
export async function mcpEndpointOf(target: string, cwd: string): Promise<McpEndpoint> {
	const folder = path.resolve(cwd, target);
	const stat = await fs.stat(folder).catch(() => undefined);
	if (!stat?.isDirectory()) {
		throw new InputError(`cannot probe "${target}": not a folder (mcp-probe takes one connector folder).`);
	}
	const connector = await connectorInFolder(folder);
	if (!connector) {
		throw new InputError(`cannot probe "${target}": no apiProperties.json or apiDefinition.swagger.json in it.`);
	}
	const file = connector.paths.swagger;
	if (!file) {
		return { folder, reason: 'the connector has no apiDefinition.swagger.json' };
	}
	const parsed = await readParsed(file);
	if (typeof parsed === 'string') {
		throw new InputError(`cannot probe "${target}": ${parsed}`);
	}
	if (parsed.doc.fatal) {
		return { folder, reason: `${path.basename(file)} is not valid JSON` };
	}
	const swagger = new SwaggerModel(parsed.doc);
	const url = mcpEndpointUrl(swagger);
	if (url) {
		return { folder, url };
	}
	return { folder, reason: swagger.operations().some((operation) => operation.value['x-ms-agentic-protocol'] !== undefined) ? 'the swagger names no host for its MCP endpoint' : 'the swagger has no MCP endpoint (no operation with x-ms-agentic-protocol)' };
}

/** An http(s) URL, or undefined. */
export function parseHttpUrl(text: string): URL | undefined {
	try {
		const url = new URL(text);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
	} catch {
		return undefined;
	}
}

/**
 * Probes the connector's MCP server (or `options.url`). `target` is the connector folder; it is not read when a URL
 * is given. Throws `InputError` for input that cannot be used and `McpProbeError` when the server could not be probed.
 */
export async function runMcpProbe(target: string | undefined, options: McpProbeOptions, cwd: string): Promise<McpProbeRun> {
	let text = options.url;
	if (text === undefined) {
		if (target === undefined) {
			throw new InputError('mcp-probe needs a connector folder or --url.');
		}
		const endpoint = await mcpEndpointOf(target, cwd);
		if (!endpoint.url) {
			throw new InputError(`cannot probe "${target}": ${endpoint.reason}; give the server's URL with --url.`);
		}
		text = endpoint.url;
	}
	const url = parseHttpUrl(text);
	if (!url) {
		throw new InputError(`cannot probe "${text}": not an http or https URL.`);
	}
	const maxTools = options.maxTools ?? DEFAULT_MAX_TOOLS;
	const probed = await probe(url, options);
	return {
		url: url.href,
		urlSource: options.url === undefined ? 'connector' : 'given',
		server: probed.server,
		capabilities: Object.keys(probed.capabilities),
		truncated: probed.truncated,
		readiness: assessMcpReadiness({ capabilities: probed.capabilities, tools: probed.tools, maxTools }),
	};
}

interface Probed {
	readonly server: McpServerInfo;
	readonly capabilities: Record<string, unknown>;
	readonly tools: readonly unknown[];
	readonly truncated: boolean;
}

/** The SDK, loaded when a probe runs: the other commands do not pay for it (mcpClient.ts). */
function loadSdk() {
	return import('./mcpClient');
}

type Sdk = Awaited<ReturnType<typeof loadSdk>>;

/** What the probe saw of the HTTP exchange, to explain a failure. */
interface Exchange {
	/** The last answer to a POST (the transport's messages). */
	post?: { readonly status: number; readonly statusText: string; readonly contentType: string };
	/** The JSON-RPC request being waited for. */
	stage: string;
}

function isEventStream(response: Response): boolean {
	return (response.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase() === 'text/event-stream';
}

const ENDPOINT_EVENT = /^event:[ \t]*endpoint[ \t]*\r?$/m;

/** Passes an event stream through, calling `onEndpoint` when its first bytes hold an SSE-only server's `endpoint` event. */
function endpointWatcher(onEndpoint: () => void): TransformStream<Uint8Array, Uint8Array> {
	const decoder = new TextDecoder();
	let seen = '';
	let done = false;
	return new TransformStream({
		transform(chunk, controller) {
			if (!done) {
				seen += decoder.decode(chunk, { stream: true });
				if (ENDPOINT_EVENT.test(seen)) {
					done = true;
					onEndpoint();
				} else if (seen.length > SSE_SNIFF_BYTES) {
					done = true;
				}
			}
			controller.enqueue(chunk);
		},
	});
}

/** An abort signal that follows both (AbortSignal.any is not in Node 18). */
function linkedSignal(first: AbortSignal | null | undefined, second: AbortSignal): AbortSignal {
	if (!first) {
		return second;
	}
	const controller = new AbortController();
	const abort = (source: AbortSignal) => () => controller.abort(source.reason);
	for (const source of [first, second]) {
		if (source.aborted) {
			controller.abort(source.reason);
			break;
		}
		source.addEventListener('abort', abort(source), { once: true });
	}
	return controller.signal;
}

/**
 * The transport's fetch: bound to the probe's deadline, recording what the POSTs were answered with, and watching a
 * POST answered with an event stream for the `endpoint` event of the old SSE transport (the SDK would ignore it and
 * wait for an answer that never comes).
 */
function watchingFetch(deadline: AbortSignal, exchange: Exchange, onSseOnly: () => void) {
	return async (input: string | URL, init?: RequestInit): Promise<Response> => {
		const response = await fetch(input, { ...init, signal: linkedSignal(init?.signal, deadline) });
		if ((init?.method ?? 'GET').toUpperCase() !== 'POST') {
			return response;
		}
		exchange.post = { status: response.status, statusText: response.statusText, contentType: response.headers.get('content-type') ?? '' };
		if (response.ok && response.body && isEventStream(response)) {
			return new Response(response.body.pipeThrough(endpointWatcher(onSseOnly)), { status: response.status, statusText: response.statusText, headers: response.headers });
		}
		return response;
	};
}

/**
 * After a POST answered 404 or 405: does a GET open an event stream whose first event is the old SSE transport's
 * `endpoint`? Bounded by the deadline and a few seconds of its own; any failure means "cannot tell".
 */
async function answersLikeSse(url: URL, headers: Readonly<Record<string, string>>, deadline: AbortSignal): Promise<boolean> {
	const controller = new AbortController();
	const timer = setTimeout(() => controller.abort(), 3000);
	try {
		const response = await fetch(url, { method: 'GET', headers: { ...headers, accept: 'text/event-stream' }, signal: linkedSignal(controller.signal, deadline) });
		if (!response.ok || !response.body || !isEventStream(response)) {
			await response.body?.cancel().catch(() => undefined);
			return false;
		}
		const reader = response.body.getReader();
		const decoder = new TextDecoder();
		let seen = '';
		while (seen.length <= SSE_SNIFF_BYTES) {
			const { value, done } = await reader.read();
			if (done) {
				break;
			}
			seen += decoder.decode(value, { stream: true });
			if (ENDPOINT_EVENT.test(seen)) {
				return true;
			}
		}
		return false;
	} catch {
		return false;
	} finally {
		clearTimeout(timer);
		controller.abort();
	}
}

const SSE_ONLY = 'the server answered like an SSE-only MCP server; Copilot Studio connects only over Streamable HTTP since August 2025';

/** The first error code in an error's cause chain (fetch wraps the socket's error in `cause`, sometimes in an AggregateError). */
function causeCode(error: unknown): { code: string; message: string } | undefined {
	let current: unknown = error;
	for (let depth = 0; depth < 5 && current; depth++) {
		const candidate = current as { code?: unknown; message?: unknown; cause?: unknown; errors?: unknown };
		if (typeof candidate.code === 'string') {
			return { code: candidate.code, message: typeof candidate.message === 'string' ? candidate.message : '' };
		}
		current = candidate.cause ?? (Array.isArray(candidate.errors) ? candidate.errors[0] : undefined);
	}
	return undefined;
}

function firstLine(text: string, max = 160): string {
	const line = text.split(/\r?\n/).find((candidate) => candidate.trim() !== '')?.trim() ?? '';
	return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

function messageOf(error: unknown): string {
	return firstLine(error instanceof Error ? error.message : String(error)) || 'unknown error';
}

/** A network error in words, from the socket's code. */
function networkReason(url: URL, code: string, message: string): string {
	switch (code) {
		case 'ECONNREFUSED':
			return `connection refused: nothing listens at ${url.host}`;
		case 'ENOTFOUND':
			return `the host name ${url.hostname} does not resolve (DNS)`;
		case 'EAI_AGAIN':
			return `the host name ${url.hostname} could not be resolved (DNS lookup failed)`;
		case 'ECONNRESET':
		case 'UND_ERR_SOCKET':
		case 'EPIPE':
			return 'the server closed the connection';
		case 'EHOSTUNREACH':
		case 'ENETUNREACH':
			return `${url.hostname} cannot be reached from this machine`;
		case 'ETIMEDOUT':
		case 'UND_ERR_CONNECT_TIMEOUT':
			return `the connection to ${url.host} timed out`;
		case 'UND_ERR_HEADERS_OVERFLOW':
		case 'HPE_INVALID_CONSTANT':
		case 'HPE_INVALID_HEADER_TOKEN':
			return 'the server did not answer in HTTP';
	}
	if (/^(ERR_TLS|ERR_SSL|CERT_|UNABLE_TO_|DEPTH_ZERO|SELF_SIGNED|EPROTO|ERR_OSSL)/.test(code)) {
		return `the TLS connection failed: ${firstLine(message) || code} (${code})`;
	}
	return `${firstLine(message) || 'the request failed'} (${code})`;
}

/** Zod's error (from the SDK's schemas) as "path: message" of its first issue. */
function schemaIssue(error: unknown): string | undefined {
	const issues = (error as { issues?: unknown }).issues;
	if (!Array.isArray(issues) || issues.length === 0) {
		return undefined;
	}
	const first = issues[0] as { path?: unknown; message?: unknown };
	const where = Array.isArray(first.path) && first.path.length ? `${first.path.join('.')}: ` : '';
	return `${where}${typeof first.message === 'string' ? first.message : 'invalid'}`;
}

/** An answer that is not JSON, or not the JSON-RPC message or MCP result it should be. */
function malformed(where: string, exchange: Exchange, error: unknown): McpProbeError {
	const issue = schemaIssue(error);
	return new McpProbeError(
		issue === undefined
			? `${where}: the server's answer to ${exchange.stage} is not JSON (${messageOf(error)}).`
			: `${where}: the server's answer to ${exchange.stage} is not a valid MCP JSON-RPC message (${issue}).`,
	);
}

async function explain(error: unknown, url: URL, exchange: Exchange, headers: Readonly<Record<string, string>>, deadline: AbortSignal, sdk: Sdk): Promise<McpProbeError> {
	const where = `cannot probe ${url.href}`;
	if (error instanceof McpProbeError) {
		return error;
	}
	if (error instanceof sdk.StreamableHTTPError) {
		const status = error.code ?? 0;
		const post = exchange.post;
		if (status === 404 || status === 405) {
			const sse = await answersLikeSse(url, headers, deadline);
			if (sse || status === 405) {
				const evidence = sse ? `HTTP ${status} to the POST, and a GET opens an event stream that names a message endpoint` : 'HTTP 405 to the POST';
				return new McpProbeError(`${where}: ${SSE_ONLY} (${evidence}).`);
			}
			return new McpProbeError(`${where}: the server answered HTTP 404 (Not Found) to the POST: no Streamable HTTP MCP endpoint at this URL (check the URL; an SSE-only server answers so too, and Copilot Studio connects only over Streamable HTTP since August 2025).`);
		}
		if (status === 401 || status === 403) {
			return new McpProbeError(`${where}: the server answered HTTP ${status} (${post?.statusText || (status === 401 ? 'Unauthorized' : 'Forbidden')}) to ${exchange.stage}: it wants credentials (send them with --header, e.g. --header "Authorization=Bearer <token>").`);
		}
		if (status === -1) {
			return new McpProbeError(`${where}: the server answered ${exchange.stage} with content type "${post?.contentType || 'none'}", neither JSON nor an event stream: not a Streamable HTTP MCP endpoint.`);
		}
		if (status >= 300) {
			const body = firstLine(error.message.replace(/^Streamable HTTP error: (Error POSTing to endpoint: )?/, ''), 120);
			return new McpProbeError(`${where}: the server answered HTTP ${status}${post?.statusText ? ` (${post.statusText})` : ''} to ${exchange.stage}${body && body !== 'null' ? `: ${body}` : ''}.`);
		}
		return new McpProbeError(`${where}: ${messageOf(error)}.`);
	}
	if (error instanceof sdk.McpError) {
		return new McpProbeError(`${where}: the server answered ${exchange.stage} with an error: ${messageOf(error)}.`);
	}
	if (error instanceof SyntaxError || schemaIssue(error) !== undefined) {
		return malformed(where, exchange, error);
	}
	const cause = causeCode(error);
	if (cause) {
		return new McpProbeError(`${where}: ${networkReason(url, cause.code, cause.message)}.`);
	}
	return new McpProbeError(`${where}: ${messageOf(error).replace(/\.$/, '')}.`);
}

async function probe(url: URL, options: McpProbeOptions): Promise<Probed> {
	const seconds = options.timeoutSeconds ?? DEFAULT_PROBE_TIMEOUT_SECONDS;
	const timeoutMs = Math.max(1, Math.round(seconds * 1000));
	const headers = options.headers ?? {};
	const where = `cannot probe ${url.href}`;
	const controller = new AbortController();
	// Every request and fetch of the probe listens to it (up to MAX_TOOL_PAGES pages): not a leak.
	setMaxListeners(4 * MAX_TOOL_PAGES + 50, controller.signal);
	const stop = (reason: McpProbeError) => {
		if (!controller.signal.aborted) {
			controller.abort(reason);
		}
	};
	const exchange: Exchange = { stage: 'initialize' };
	const timer = setTimeout(() => stop(new McpProbeError(`${where}: no answer to ${exchange.stage} within ${seconds} s (the probe's timeout).`)), timeoutMs);
	const cancel = () => stop(new McpProbeError(`${where}: the probe was cancelled.`));
	if (options.signal?.aborted) {
		cancel();
	}
	options.signal?.addEventListener('abort', cancel, { once: true });
	// Rejects as soon as the probe is stopped, whatever the SDK is waiting on.
	const stopped = new Promise<never>((_, reject) => {
		const rejectNow = () => reject(controller.signal.reason);
		if (controller.signal.aborted) {
			rejectNow();
		} else {
			controller.signal.addEventListener('abort', rejectNow, { once: true });
		}
	});
	stopped.catch(() => undefined);

	let sdk: Sdk | undefined;
	let close: (() => Promise<void>) | undefined;
	try {
		sdk = await loadSdk();
		const { Client, StreamableHTTPClientTransport, ResultSchema } = sdk;
		const transport = new StreamableHTTPClientTransport(url, {
			requestInit: { headers: { ...headers } },
			fetch: watchingFetch(controller.signal, exchange, () => stop(new McpProbeError(`${where}: ${SSE_ONLY} (its answer to the POST is an event stream that names a message endpoint).`))),
			// A dropped stream is a failure to report, not something to retry behind the user's back.
			reconnectionOptions: { maxRetries: 0, initialReconnectionDelay: 1000, maxReconnectionDelay: 1000, reconnectionDelayGrowFactor: 1 },
		});
		const client = new Client({ name: 'connector-certify', version: options.clientVersion ?? '0.0.0' }, { capabilities: {} });
		// Answers the SDK cannot parse arrive here, not as the request's failure: without this the probe would wait for the timeout.
		client.onerror = (error) => {
			if (error instanceof SyntaxError || schemaIssue(error) !== undefined) {
				stop(malformed(where, exchange, error));
			}
		};
		close = () => client.close();
		// The SDK's own request timeout is a backstop: the probe's deadline comes first and says what it waited for.
		const requestOptions = { signal: controller.signal, timeout: timeoutMs + 5000 };
		const work = (async (): Promise<Probed> => {
			await client.connect(transport, requestOptions);
			const capabilities: Record<string, unknown> = { ...(client.getServerCapabilities() ?? {}) };
			const info = client.getServerVersion();
			const server: McpServerInfo = { name: info?.name, version: info?.version, protocolVersion: transport.protocolVersion };
			const tools: unknown[] = [];
			let truncated = false;
			if (capabilities.tools !== undefined && capabilities.tools !== null) {
				const cursors = new Set<string>();
				let cursor: string | undefined;
				for (let page = 0; ; page++) {
					if (page === MAX_TOOL_PAGES) {
						truncated = true;
						break;
					}
					exchange.stage = 'tools/list';
					// The SDK's own listTools validates each tool and would reject the whole list for one bad tool; the
					// raw result is what Copilot Studio gets, so it is read loosely and judged by core/mcpReadiness.
					const result = await client.request({ method: 'tools/list', params: cursor === undefined ? {} : { cursor } }, ResultSchema, requestOptions);
					const listed: unknown = result.tools;
					if (!Array.isArray(listed)) {
						throw new McpProbeError(`${where}: the server's answer to tools/list has no "tools" array.`);
					}
					tools.push(...(listed as unknown[]));
					const next: unknown = result.nextCursor;
					if (typeof next !== 'string' || next === '') {
						break;
					}
					if (cursors.has(next)) {
						truncated = true;
						break;
					}
					cursors.add(next);
					cursor = next;
				}
			}
			return { server, capabilities, tools, truncated };
		})();
		work.catch(() => undefined);
		const probed = await Promise.race([work, stopped]);
		// Ends the session politely, for a second at most: a server that does not support it (405) or does not answer is no failure.
		let grace: ReturnType<typeof setTimeout> | undefined;
		await Promise.race([transport.terminateSession().catch(() => undefined), new Promise((resolve) => (grace = setTimeout(resolve, 1000)))]);
		clearTimeout(grace);
		return probed;
	} catch (error) {
		const reason: unknown = controller.signal.aborted ? controller.signal.reason : error;
		throw sdk ? await explain(reason, url, exchange, headers, controller.signal, sdk) : reason instanceof McpProbeError ? reason : new McpProbeError(`${where}: ${messageOf(reason)}`);
	} finally {
		clearTimeout(timer);
		options.signal?.removeEventListener('abort', cancel);
		// Aborts whatever is still in flight (the GET stream the SDK opens after initialize among them).
		stop(new McpProbeError(`${where}: the probe ended.`));
		await close?.().catch(() => undefined);
	}
}
