/**
 * Real MCP servers on 127.0.0.1 for the `mcp-probe` tests, built with the same SDK the probe uses: Streamable HTTP
 * servers whose `tools/list` answers exactly the JSON given (paged), an SSE-only server (the SDK's SSEServerTransport),
 * and servers that misbehave (never answer, answer with garbage). Loopback only, port 0.
 */
import { createServer, type IncomingMessage, type RequestListener, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { SSEServerTransport } from '@modelcontextprotocol/sdk/server/sse.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { ListToolsRequestSchema, type Tool } from '@modelcontextprotocol/sdk/types.js';

export interface TestServer {
	readonly port: number;
	/** `http://127.0.0.1:<port>`. */
	readonly origin: string;
	close(): Promise<void>;
}

/** An HTTP server on a free loopback port; `close` drops open connections (streams the probe left, a request never answered). */
export async function listen(handler: RequestListener): Promise<TestServer> {
	const server: Server = createServer(handler);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		port,
		origin: `http://127.0.0.1:${port}`,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			}),
	};
}

/** A loopback port nothing listens on (bound, then released). */
export async function closedPort(): Promise<number> {
	const server = await listen(() => undefined);
	await server.close();
	return server.port;
}

export interface McpServerOptions {
	/** Exactly what tools/list answers, as JSON (split into pages of `pageSize`). */
	readonly tools: readonly object[];
	readonly pageSize?: number;
	/** Capabilities besides `tools` (e.g. `{ prompts: {} }`). */
	readonly capabilities?: Record<string, object>;
	/** Answer with application/json instead of an event stream. */
	readonly json?: boolean;
	/** Where the endpoint is (default `/mcp`). */
	readonly path?: string;
}

/**
 * A stateless Streamable HTTP MCP server: a fresh McpServer and transport per POST, as the SDK advises for stateless
 * servers; GET and DELETE are 405 (no standalone stream, no sessions).
 */
export function mcpServer(options: McpServerOptions): Promise<TestServer> {
	const pageSize = options.pageSize ?? 1000;
	return listen((req, res) => {
		if (new URL(req.url ?? '/', 'http://x').pathname !== (options.path ?? '/mcp')) {
			res.writeHead(404).end();
			return;
		}
		if (req.method !== 'POST') {
			res.writeHead(405, { allow: 'POST' }).end();
			return;
		}
		const server = new McpServer({ name: 'test-server', version: '1.2.3' }, { capabilities: { tools: {}, ...options.capabilities } });
		// The low-level handler answers the JSON as given: McpServer's own registerTool would rewrite the schemas.
		server.server.setRequestHandler(ListToolsRequestSchema, (request) => {
			const start = Number(request.params?.cursor ?? 0);
			const page = options.tools.slice(start, start + pageSize) as Tool[];
			return start + pageSize < options.tools.length ? { tools: page, nextCursor: String(start + pageSize) } : { tools: page };
		});
		const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: options.json ?? false });
		res.on('close', () => {
			void transport.close();
			void server.close();
		});
		void server.connect(transport).then(() => transport.handleRequest(req, res));
	});
}

/**
 * An SSE-only MCP server (the transport Copilot Studio dropped in August 2025): GET /sse opens the event stream whose
 * first event names the message endpoint, POST /messages carries the messages. A POST to /sse is answered as
 * `postToSse` says: 404 (as Express answers a route it does not have), 405, or the event stream itself.
 */
export function sseOnlyServer(postToSse: 404 | 405 | 'stream'): Promise<TestServer> {
	const transports = new Map<string, SSEServerTransport>();
	const openStream = async (res: ServerResponse) => {
		const transport = new SSEServerTransport('/messages', res);
		transports.set(transport.sessionId, transport);
		const server = new McpServer({ name: 'sse-server', version: '0.9.0' }, { capabilities: { tools: {} } });
		server.server.setRequestHandler(ListToolsRequestSchema, () => ({ tools: [] }));
		res.on('close', () => {
			transports.delete(transport.sessionId);
			void server.close();
		});
		await server.connect(transport);
	};
	return listen((req: IncomingMessage, res: ServerResponse) => {
		const url = new URL(req.url ?? '/', 'http://x');
		if (url.pathname === '/sse' && (req.method === 'GET' || postToSse === 'stream')) {
			void openStream(res);
		} else if (url.pathname === '/sse' && postToSse !== 'stream') {
			res.writeHead(postToSse, postToSse === 405 ? { allow: 'GET' } : {}).end(postToSse === 404 ? 'Cannot POST /sse' : '');
		} else if (url.pathname === '/messages' && req.method === 'POST') {
			const transport = transports.get(url.searchParams.get('sessionId') ?? '');
			if (transport) {
				void transport.handlePostMessage(req, res);
			} else {
				res.writeHead(400).end('Unknown session');
			}
		} else {
			res.writeHead(404).end();
		}
	});
}

/** Accepts every request and never answers it; `onRequest` says when one arrived (to act on it without sleeping). */
export function silentServer(onRequest: () => void = () => undefined): Promise<TestServer> {
	return listen(() => onRequest());
}

/** Answers every request with the given status, content type and body. */
export function fixedServer(status: number, contentType: string, body: string): Promise<TestServer> {
	return listen((req, res) => {
		req.resume();
		req.on('end', () => res.writeHead(status, { 'content-type': contentType }).end(body));
	});
}
