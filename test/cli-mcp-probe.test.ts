// `connector-certify mcp-probe` (the built CLI, `npm run build` first) against real MCP servers on 127.0.0.1, built
// with the SDK the probe uses: a server whose tools hit each of Copilot Studio's limits is reported tool by tool with
// exit 1, a clean one exits 0, and a server that is down, never answers, speaks only the old SSE transport or answers
// garbage gives one clear line and exit 2, within the timeout. Then the language server's request, the same report.
// Loopback only: no other network is touched.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { CancellationTokenSource, LSPErrorCodes, type ResponseError } from 'vscode-languageserver-protocol/node';
import type { McpProbeJson } from '../server/src/commands/mcpProbeFormat';
import { MCP_ENDPOINT_REQUEST, MCP_PROBE_REQUEST, type CommandRequest } from '../server/src/protocol/commands';
import { assertNoStackTrace, REPO_ROOT, runCliAsync, type CliResult } from './helpers/cli';
import { LspClient } from './helpers/lspClient';
import { closedPort, fixedServer, listen, mcpServer, silentServer, sseOnlyServer, type TestServer } from './helpers/mcpServers';

const CLEAN = join(REPO_ROOT, 'test', 'fixtures', 'cli', 'clean-connector');
const SSE_ONLY = 'the server answered like an SSE-only MCP server; Copilot Studio connects only over Streamable HTTP since August 2025';

const schema = (properties: object) => ({ type: 'object', properties });
const described = (name: string, extra: object) => ({ name, description: `The ${name.replace(/_/g, ' ')} of the test server.`, inputSchema: schema({ query: { type: 'string' } }), ...extra });

/** One tool per limit, between two fine ones; the last is past a cap of 9. */
const LIMIT_TOOLS = [
	{
		name: 'fine_search',
		description: 'Searches the knowledge base for articles that match a query.',
		inputSchema: schema({ query: { type: 'string', description: 'Words to look for.' }, limit: { type: 'integer', minimum: 1, maximum: 50 }, type: { type: 'string', enum: ['article', 'faq'] } }),
		outputSchema: schema({ titles: { type: 'array', items: { type: 'string' } } }),
	},
	described('ref_tool', { inputSchema: { ...schema({ ticket: { $ref: '#/$defs/Ticket' } }), $defs: { Ticket: schema({ title: { type: 'string' } }) } } }),
	described('output_ref_tool', { outputSchema: { ...schema({ item: { $ref: '#/$defs/Item' } }), $defs: { Item: { type: 'string' } } } }),
	described('nullable_tool', { inputSchema: schema({ note: { type: ['string', 'null'] } }) }),
	described('positive_tool', { inputSchema: schema({ count: { type: 'integer', exclusiveMinimum: 0 } }) }),
	described('priority_tool', { inputSchema: schema({ priority: { type: 'integer', enum: [1, 2, 3] } }) }),
	{ name: 'terse_tool', description: 'Search', inputSchema: schema({}) },
	{ name: 'silent_tool', inputSchema: schema({}) },
	{ name: 'no_schema_tool', description: 'Lists every open ticket of the signed-in user.' },
	described('fine_lookup', {}),
];

const EXPECTED_PROBLEMS = [
	'ref_tool dropped: schema-ref /inputSchema/properties/ticket/$ref',
	'output_ref_tool dropped: schema-ref /outputSchema/properties/item/$ref',
	'nullable_tool mangled: type-array /inputSchema/properties/note/type',
	'positive_tool fails: integer-exclusive-minimum /inputSchema/properties/count/exclusiveMinimum',
	'priority_tool mangled: non-string-enum /inputSchema/properties/priority/enum',
	'terse_tool weak: short-description /description',
	'silent_tool weak: missing-description /description',
	'no_schema_tool fails: missing-input-schema /inputSchema',
	'fine_lookup dropped: over-tool-cap ',
];

const CLEAN_TOOLS = [LIMIT_TOOLS[0], described('get_article', { inputSchema: schema({ id: { type: 'string', description: 'The article id.' } }) })];

function assertTrouble(result: CliResult, stderr: string | RegExp): void {
	assert.equal(result.status, 2, result.stdout + result.stderr);
	assert.equal(result.stdout, '');
	assertNoStackTrace(result);
	assert.equal(result.stderr.split('\n').length, 2, `one line: ${result.stderr}`);
	if (typeof stderr === 'string') {
		assert.equal(result.stderr, `connector-certify: ${stderr}\n`);
	} else {
		assert.match(result.stderr.trimEnd(), stderr);
	}
}

describe('mcp-probe', () => {
	let tmp: string;
	let limits: TestServer;
	let clean: TestServer;
	before(async () => {
		tmp = mkdtempSync(join(tmpdir(), 'connector-certify-mcp-probe-'));
		// The limits server answers JSON, three pages of four; the clean one answers event streams, one page.
		[limits, clean] = await Promise.all([mcpServer({ tools: LIMIT_TOOLS, pageSize: 4, json: true, capabilities: { prompts: {} } }), mcpServer({ tools: CLEAN_TOOLS })]);
	});
	after(async () => {
		await Promise.all([limits?.close(), clean?.close()]);
		rmSync(tmp, { recursive: true, force: true });
	});

	/** An MCP server connector whose swagger names the server: host, basePath and path as given. */
	function mcpConnector(name: string, host: string, basePath: string, pathKey: string): string {
		const folder = join(tmp, name);
		mkdirSync(folder);
		const swagger = {
			swagger: '2.0',
			info: { title: 'Contoso Agent Tools', description: 'The tools of the Contoso knowledge base for Copilot Studio agents.', version: '1.0.0' },
			host,
			basePath,
			schemes: ['http'],
			consumes: [],
			produces: [],
			paths: { [pathKey]: { post: { summary: 'Contoso knowledge base', description: 'The MCP server.', operationId: 'InvokeServer', 'x-ms-agentic-protocol': 'mcp-streamable-1.0', responses: { '200': { description: 'Success' } } } } },
		};
		writeFileSync(join(folder, 'apiDefinition.swagger.json'), JSON.stringify(swagger, null, 2));
		writeFileSync(join(folder, 'apiProperties.json'), readFileSync(join(CLEAN, 'apiProperties.json')));
		return folder;
	}

	test('a clean server, found from the connector folder: every tool usable, exit 0', async () => {
		const folder = mcpConnector('clean', `127.0.0.1:${clean.port}`, '/', '/mcp');
		const [text, json] = await Promise.all([runCliAsync(['mcp-probe', folder]), runCliAsync(['mcp-probe', mcpConnector('clean-base-path', `127.0.0.1:${clean.port}`, '/mcp', '/'), '-f', 'json'])]);
		assert.equal(text.status, 0, text.stdout + text.stderr);
		assert.equal(text.stderr, '');
		const lines = text.stdout.split('\n');
		assert.match(lines[0], new RegExp(`^MCP server test-server 1\\.2\\.3 at http://127\\.0\\.0\\.1:${clean.port}/mcp \\(protocol \\d{4}-\\d\\d-\\d\\d; capabilities: tools\\)$`));
		assert.deepEqual(lines.slice(1), ['2 tools (cap 128): all usable as is.', '']);
		assert.equal(json.status, 0, json.stderr);
		const report = JSON.parse(json.stdout) as McpProbeJson;
		assert.equal(report.url, `http://127.0.0.1:${clean.port}/mcp`, 'basePath /mcp and path / give the same endpoint');
		assert.equal(report.urlSource, 'connector');
		assert.deepEqual(report.summary, { tools: 2, usable: 2, dropped: 0, fails: 0, mangled: 0, weak: 0, overCap: 0 });
		assert.deepEqual(report.tools.map((tool) => [tool.name, tool.effect, tool.problems.length]), [['fine_search', null, 0], ['get_article', null, 0]]);
	});

	test('a server whose tools hit each limit: exactly those tools and problems, across pages, exit 1', async () => {
		const args = ['mcp-probe', '--url', `${limits.origin}/mcp`, '--max-tools', '9'];
		const [json, text] = await Promise.all([runCliAsync([...args, '--format', 'json']), runCliAsync(args)]);
		assert.equal(json.status, 1, json.stderr);
		assert.equal(json.stderr, '');
		const report = JSON.parse(json.stdout) as McpProbeJson;
		assert.deepEqual(Object.keys(report), ['version', 'url', 'urlSource', 'server', 'capabilities', 'maxTools', 'toolCount', 'truncated', 'tools', 'notes', 'summary']);
		assert.equal(report.version, 1);
		assert.equal(report.urlSource, 'given');
		assert.deepEqual([report.server.name, report.server.version], ['test-server', '1.2.3']);
		assert.deepEqual([...report.capabilities].sort(), ['prompts', 'tools']);
		assert.deepEqual([report.toolCount, report.maxTools, report.truncated], [10, 9, false]);
		assert.deepEqual(
			report.tools.filter((tool) => tool.problems.length).map((tool) => `${tool.name} ${tool.effect}: ${tool.problems.map((problem) => `${problem.id} ${problem.pointer}`).join(', ')}`),
			EXPECTED_PROBLEMS,
		);
		assert.deepEqual(report.tools[0], { name: 'fine_search', index: 0, effect: null, problems: [], omitted: 0 });
		assert.deepEqual(report.notes.map((note) => note.id), ['prompts-not-offered', 'over-tool-cap']);
		assert.deepEqual(report.summary, { tools: 10, usable: 1, dropped: 3, fails: 2, mangled: 2, weak: 2, overCap: 1 });

		assert.equal(text.status, 1);
		const lines = text.stdout.trimEnd().split('\n');
		assert.match(lines[0], /^MCP server test-server 1\.2\.3 at http:\/\/127\.0\.0\.1:\d+\/mcp \(protocol [^;]+; capabilities: /);
		assert.deepEqual(
			lines.slice(1, 10).map((line) => /^(\w+): (\w+): \[([a-z-]+)\]/.exec(line)?.slice(1).join(' ')),
			EXPECTED_PROBLEMS.map((expected) => expected.replace(/:/, '').split(' ').slice(0, 3).join(' ')),
		);
		assert.match(lines[3], /^nullable_tool: mangled: \[type-array\] "type": \["string","null"\] is cut to its first entry, "string", by Copilot Studio\. .* \(at \/inputSchema\/properties\/note\/type\)\.$/);
		assert.match(lines[10], /^Note: The server advertises prompts: .* will not be offered\.$/);
		assert.match(lines[11], /^Note: 10 tools, over the cap of 9: the last 1 \(fine_lookup\) will not be offered/);
		assert.equal(lines[12], '10 tools, 1 over the cap of 9: 1 usable as is, 3 dropped, 2 failing, 2 mangled, 2 weak.');
		assert.equal(lines.length, 13);
	});

	test('a server that is down: connection refused, exit 2', async () => {
		const port = await closedPort();
		assertTrouble(await runCliAsync(['mcp-probe', '--url', `http://127.0.0.1:${port}/mcp`]), `cannot probe http://127.0.0.1:${port}/mcp: connection refused: nothing listens at 127.0.0.1:${port}.`);
	});

	test('a server that never answers: a timeout message and exit 2 within the timeout', async () => {
		const silent = await silentServer();
		try {
			const started = Date.now();
			const result = await runCliAsync(['mcp-probe', '--url', `${silent.origin}/mcp`, '--timeout', '1'], { timeoutMs: 10_000 });
			const elapsed = Date.now() - started;
			assertTrouble(result, `cannot probe ${silent.origin}/mcp: no answer to initialize within 1 s (the probe's timeout).`);
			// One second of probe plus the process's start and exit.
			assert.ok(elapsed < 3000, `ended after ${elapsed} ms`);
		} finally {
			await silent.close();
		}
	});

	test('a server that speaks only the old SSE transport: said so, exit 2', async () => {
		const servers = await Promise.all([sseOnlyServer(404), sseOnlyServer(405), sseOnlyServer('stream')]);
		try {
			const results = await Promise.all(servers.map((server) => runCliAsync(['mcp-probe', '--url', `${server.origin}/sse`, '--timeout', '5'], { timeoutMs: 10_000 })));
			const [notFound, notAllowed, stream] = results;
			assertTrouble(notFound, `cannot probe ${servers[0].origin}/sse: ${SSE_ONLY} (HTTP 404 to the POST, and a GET opens an event stream that names a message endpoint).`);
			assertTrouble(notAllowed, `cannot probe ${servers[1].origin}/sse: ${SSE_ONLY} (HTTP 405 to the POST, and a GET opens an event stream that names a message endpoint).`);
			assertTrouble(stream, `cannot probe ${servers[2].origin}/sse: ${SSE_ONLY} (its answer to the POST is an event stream that names a message endpoint).`);
		} finally {
			await Promise.all(servers.map((server) => server.close()));
		}
	});

	test('HTTP errors and answers that are not MCP: one line each, exit 2', async () => {
		const cases: [TestServer, RegExp][] = await Promise.all([
			fixedServer(500, 'text/plain', 'Database unavailable\nat line 2').then((server): [TestServer, RegExp] => [server, /the server answered HTTP 500 \(Internal Server Error\) to initialize: Database unavailable\.$/]),
			fixedServer(401, 'text/plain', '').then((server): [TestServer, RegExp] => [server, /HTTP 401 \(Unauthorized\) to initialize: it wants credentials \(send them with --header/]),
			fixedServer(200, 'application/json', '{"hello": 1}').then((server): [TestServer, RegExp] => [server, /the server's answer to initialize is not a valid MCP JSON-RPC message \(/]),
			fixedServer(200, 'application/json', 'not json').then((server): [TestServer, RegExp] => [server, /the server's answer to initialize is not JSON \(/]),
			fixedServer(200, 'text/event-stream', 'data: not json\n\n').then((server): [TestServer, RegExp] => [server, /the server's answer to initialize is not JSON \(/]),
			fixedServer(200, 'text/html', '<html></html>').then((server): [TestServer, RegExp] => [server, /answered initialize with content type "text\/html", neither JSON nor an event stream/]),
		]);
		try {
			const results = await Promise.all(cases.map(([server]) => runCliAsync(['mcp-probe', '--url', `${server.origin}/mcp`, '--timeout', '5'], { timeoutMs: 10_000 })));
			results.forEach((result, i) => assertTrouble(result, new RegExp(`^connector-certify: cannot probe ${cases[i][0].origin}/mcp: .*${cases[i][1].source}`)));
		} finally {
			await Promise.all(cases.map(([server]) => server.close()));
		}
	});

	test('headers given with --header are sent', async () => {
		let seen: string | undefined;
		const recording = await listen((req, res) => {
			seen = req.headers['x-api-key'] as string | undefined;
			res.writeHead(401).end();
		});
		try {
			const result = await runCliAsync(['mcp-probe', '--url', `${recording.origin}/mcp`, '--header', 'X-Api-Key=s3cr=t', '--header', 'X-Other=1']);
			assert.equal(result.status, 2);
			assert.equal(seen, 's3cr=t');
		} finally {
			await recording.close();
		}
	});

	test('usage and input errors: one line, exit 2, nothing probed', async () => {
		const cases: [string[], string][] = [
			[['mcp-probe'], 'mcp-probe needs a connector folder (or --url) (see connector-certify --help).'],
			[['mcp-probe', 'a', 'b'], 'mcp-probe takes one connector folder (see connector-certify --help).'],
			[['mcp-probe', '--url', 'ftp://example.com/mcp'], '--url expects an http:// or https:// URL (got "ftp://example.com/mcp") (see connector-certify --help).'],
			[['mcp-probe', '--url', 'http://127.0.0.1:1/mcp', '--timeout', '0'], '--timeout expects a number of seconds from above 0 to 600 (got "0") (see connector-certify --help).'],
			[['mcp-probe', '--url', 'http://127.0.0.1:1/mcp', '--max-tools', '1.5'], '--max-tools expects a whole number from 1 to 100000 (got "1.5") (see connector-certify --help).'],
			[['mcp-probe', '--url', 'http://127.0.0.1:1/mcp', '--header', 'no-equals'], '--header expects <name>=<value> (got "no-equals") (see connector-certify --help).'],
			[['mcp-probe', '--url', 'http://127.0.0.1:1/mcp', '--profile', 'strict'], 'mcp-probe takes only --url, --header, --timeout, --max-tools and --format (see connector-certify --help).'],
			[['check', CLEAN, '--url', 'http://127.0.0.1:1/mcp'], '--url applies to mcp-probe (see connector-certify --help).'],
			[['mcp-probe', CLEAN], `cannot probe "${CLEAN}": the swagger has no MCP endpoint (no operation with x-ms-agentic-protocol); give the server's URL with --url.`],
			[['mcp-probe', join(CLEAN, 'apiProperties.json')], `cannot probe "${join(CLEAN, 'apiProperties.json')}": not a folder (mcp-probe takes one connector folder).`],
		];
		const results = await Promise.all(cases.map(([args]) => runCliAsync(args)));
		results.forEach((result, i) => assertTrouble(result, cases[i][1]));
	});

	describe('the language server request (VS Code: Check MCP Server Readiness…)', () => {
		let client: LspClient;
		before(async () => {
			client = await LspClient.start(tmp);
		});
		after(() => client?.stop());
		const send = <P, R>(request: CommandRequest<P, R>, params: P, source?: CancellationTokenSource) =>
			source ? client.connection.sendRequest<R>(request.method, params, source.token) : client.connection.sendRequest<R>(request.method, params);

		test('the endpoint derived from the swagger, or why there is none', async () => {
			const folder = mcpConnector('endpoint', 'contoso.example.com', '/api', '/mcp');
			assert.deepEqual(await send(MCP_ENDPOINT_REQUEST, { folder }), { url: 'http://contoso.example.com/api/mcp' });
			assert.deepEqual(await send(MCP_ENDPOINT_REQUEST, { folder: CLEAN }), { reason: 'the swagger has no MCP endpoint (no operation with x-ms-agentic-protocol)' });
		});

		test('the probe gives the CLI\'s report; a failure is the CLI\'s one line', async () => {
			const url = `${limits.origin}/mcp`;
			const [result, cli] = await Promise.all([send(MCP_PROBE_REQUEST, { folder: CLEAN, url, maxTools: 9 }), runCliAsync(['mcp-probe', '--url', url, '--max-tools', '9'])]);
			assert.deepEqual({ ...result, report: '' }, { url, tools: 10, usable: 1, problems: true, report: '' });
			assert.equal(result.report, cli.stdout);
			const port = await closedPort();
			await assert.rejects(send(MCP_PROBE_REQUEST, { folder: CLEAN, url: `http://127.0.0.1:${port}/mcp` }), (error: ResponseError<unknown>) => {
				assert.equal(error.code, LSPErrorCodes.RequestFailed);
				assert.equal(error.message, `cannot probe http://127.0.0.1:${port}/mcp: connection refused: nothing listens at 127.0.0.1:${port}.`);
				return true;
			});
		});

		test('Cancel ends a probe that waits on a silent server', async () => {
			let arrived!: () => void;
			const request = new Promise<void>((resolve) => (arrived = resolve));
			const silent = await silentServer(() => arrived());
			try {
				const source = new CancellationTokenSource();
				const started = Date.now();
				const probe = send(MCP_PROBE_REQUEST, { folder: CLEAN, url: `${silent.origin}/mcp`, timeoutSeconds: 30 }, source);
				await request;
				source.cancel();
				await assert.rejects(probe, (error: ResponseError<unknown>) => error.code === LSPErrorCodes.RequestCancelled);
				assert.ok(Date.now() - started < 5000, 'ended by the cancellation, not the timeout');
			} finally {
				await silent.close();
			}
		});
	});
});
