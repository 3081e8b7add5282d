// The requests behind the VS Code commands, over a real stdio connection: the server packages, scaffolds, creates
// and checks with the CLI's implementation, and refuses in the same cases, with the same bytes written.
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { unzipSync } from 'fflate';
import { ResponseError } from 'vscode-languageserver-protocol/node';
import {
	CHECK_PACKAGE_REQUEST,
	MCP_ENDPOINT_REQUEST,
	MCP_PROBE_REQUEST,
	NEW_CONNECTOR_REQUEST,
	PACKAGE_REQUEST,
	SCAFFOLD_REQUEST,
	type CommandRequest,
} from '../server/src/protocol/commands';
import { INTRO_HEADINGS } from '../server/src/core/intro';
import { REPO_ROOT, runCli } from './helpers/cli';
import { LspClient } from './helpers/lspClient';
import { mcpServer } from './helpers/mcpServers';
import { pngOf } from './helpers/png';

const CLEAN = join(REPO_ROOT, 'test', 'fixtures', 'cli', 'clean-connector');
const WITH_ERRORS = join(REPO_ROOT, 'test', 'fixtures', 'lsp', 'invoices');
/** A certified connector Microsoft accepted in 2023 whose findings are warnings only (test/fixtures/upstream). */
const CERTIFIED = join(REPO_ROOT, 'test', 'fixtures', 'upstream', 'Cascade Strategy');

describe('workspace command requests', () => {
	let tmp: string;
	let client: LspClient;
	before(async () => {
		tmp = mkdtempSync(join(tmpdir(), 'connector-certify-commands-'));
		client = await LspClient.start(tmp);
	});
	after(() => {
		client.stop();
		rmSync(tmp, { recursive: true, force: true });
	});

	const send = <P, R>(request: CommandRequest<P, R>, params: P) => client.connection.sendRequest<R>(request.method, params);
	const copy = (from: string, name: string) => {
		const folder = join(tmp, name);
		cpSync(from, folder, { recursive: true });
		return folder;
	};

	test('package writes the same zip as the CLI, beside the folder, and reports its SHA-256 and entries', async () => {
		const folder = copy(CLEAN, 'Notes');
		const result = await send(PACKAGE_REQUEST, { folder });
		const zip = join(tmp, 'Notes-certification.zip');
		const bytes = readFileSync(zip);
		assert.deepEqual(result, {
			status: 'written',
			file: zip,
			bytes: bytes.length,
			sha256: createHash('sha256').update(bytes).digest('hex'),
			entries: ['apiDefinition.swagger.json', 'apiProperties.json', 'icon.png'],
			warnings: [],
		});
		assert.deepEqual(Object.keys(unzipSync(bytes)), ['apiDefinition.swagger.json', 'apiProperties.json', 'icon.png']);
		const cliZip = join(tmp, 'cli.zip');
		assert.equal(runCli(['package', folder, '-o', cliZip]).status, 0);
		assert.deepEqual(readFileSync(cliZip), bytes, 'the editor and the CLI build the same bytes');
	});

	test('package writes a connector whose only findings are warnings, and returns those warnings for the output', async () => {
		const folder = copy(CERTIFIED, 'Cascade Strategy');
		writeFileSync(join(folder, 'icon.png'), pngOf(230, 230, [0x20, 0x1b, 0x50, 255], [255, 255, 255, 255]));
		const result = await send(PACKAGE_REQUEST, { folder });
		assert.equal(result.status, 'written');
		assert.ok(result.status === 'written' && result.warnings.length > 0);
		const redirect = result.warnings.find((warning) => warning.ruleId === 'oauth-redirect-per-connector');
		assert.deepEqual(redirect, {
			path: join(folder, 'apiProperties.json'),
			line: 10,
			character: 26,
			ruleId: 'oauth-redirect-per-connector',
			message: "The 'redirectMode' value 'Global' shares a redirect URL with other connectors; certification reviewers ask for 'GlobalPerConnector'.",
		});
		const cli = runCli(['package', folder, '-o', join(tmp, 'cascade-cli.zip')]);
		assert.equal(cli.status, 0);
		assert.equal(cli.stdout.split('\n').filter((line) => / warning [a-z0-9-]+ /.test(line)).length, result.warnings.length, 'the CLI lists the same warnings');
	});

	test('package honours the output directory (packageOutputDirectory), creating nothing else', async () => {
		const folder = copy(CLEAN, 'Elsewhere');
		const out = join(tmp, 'out');
		mkdirSync(out);
		const result = await send(PACKAGE_REQUEST, { folder, outputDirectory: out });
		assert.equal(result.status, 'written');
		assert.deepEqual(readdirSync(out), ['Elsewhere-certification.zip']);
		assert.equal(existsSync(join(tmp, 'Elsewhere-certification.zip')), false);
	});

	test('package refuses while errors remain: it names the errors the CLI reports, and writes nothing', async () => {
		const folder = copy(WITH_ERRORS, 'Invoices');
		writeFileSync(join(folder, 'icon.png'), readFileSync(join(CLEAN, 'icon.png')));
		const result = await send(PACKAGE_REQUEST, { folder });
		assert.equal(result.status, 'errors');
		if (result.status === 'errors') {
			// The same findings, at the same places, as `connector-certify check` reports as errors for that folder.
			const cli = runCli(['check', '.', '--format', 'json'], { cwd: folder });
			const report = JSON.parse(cli.stdout) as { files: { path: string; diagnostics: { severity: string; ruleId: string; message: string; range: { start: { line: number; character: number } } }[] }[] };
			const expected = report.files.flatMap((file) =>
				file.diagnostics.filter((d) => d.severity === 'error').map((d) => `${resolve(folder, file.path)}:${d.range.start.line}:${d.range.start.character} ${d.ruleId} ${d.message}`),
			);
			assert.ok(expected.length > 0);
			assert.deepEqual(result.errors.map((e) => `${e.path}:${e.line}:${e.character} ${e.ruleId} ${e.message}`).sort(), expected.sort());
		}
		assert.equal(existsSync(join(tmp, 'Invoices-certification.zip')), false);
		assert.deepEqual(readdirSync(tmp).filter((name) => name.startsWith('Invoices') && name !== 'Invoices'), [], 'no temporary file is left either');
	});

	test('package refuses a connector without an icon, and fails clearly on a folder that is not a connector', async () => {
		const folder = copy(CLEAN, 'NoIcon');
		rmSync(join(folder, 'icon.png'));
		assert.deepEqual(await send(PACKAGE_REQUEST, { folder }), {
			status: 'refused',
			reason: 'the package needs icon.png in "NoIcon" (Package should contain an icon.)',
		});
		assert.equal(existsSync(join(tmp, 'NoIcon-certification.zip')), false);
		const empty = join(tmp, 'empty');
		mkdirSync(empty);
		await assert.rejects(send(PACKAGE_REQUEST, { folder: empty }), (error: unknown) => {
			assert.ok(error instanceof ResponseError);
			assert.match(error.message, /^cannot package ".*empty": no apiProperties\.json or apiDefinition\.swagger\.json in it\.$/);
			return true;
		});
	});

	test('scaffold writes intro.md, then leaves it alone until the user agrees to replace it', async () => {
		const folder = copy(CLEAN, 'Intro');
		const file = join(folder, 'intro.md');
		assert.deepEqual(await send(SCAFFOLD_REQUEST, { folder, file: 'intro.md', force: false }), { file, written: true });
		const headings = readFileSync(file, 'utf8').split('\n').filter((line) => line.startsWith('## '));
		assert.deepEqual(headings, [...INTRO_HEADINGS]);
		writeFileSync(file, 'mine\n');
		assert.deepEqual(await send(SCAFFOLD_REQUEST, { folder, file: 'intro.md', force: false }), { file, written: false });
		assert.equal(readFileSync(file, 'utf8'), 'mine\n');
		assert.deepEqual(await send(SCAFFOLD_REQUEST, { folder, file: 'intro.md', force: true }), { file, written: true });
		assert.notEqual(readFileSync(file, 'utf8'), 'mine\n');
	});

	test('scaffold readme.md keeps an existing README.md (any case) unless forced', async () => {
		const folder = copy(CLEAN, 'Readme');
		rmSync(join(folder, 'readme.md'));
		writeFileSync(join(folder, 'README.md'), 'mine\n');
		const result = await send(SCAFFOLD_REQUEST, { folder, file: 'readme.md', force: false });
		assert.equal(result.written, false);
		assert.equal(readFileSync(join(folder, 'README.md'), 'utf8'), 'mine\n');
	});

	test('new creates a connector the package check accepts once an icon is added', async () => {
		const folder = join(tmp, 'Contoso Widgets');
		const result = await send(NEW_CONNECTOR_REQUEST, { folder, auth: 'apikey' });
		assert.equal(result.folder, folder);
		assert.deepEqual([...result.files].sort(), readdirSync(folder).sort());
		writeFileSync(join(folder, 'icon.png'), readFileSync(join(CLEAN, 'icon.png')));
		await assert.rejects(send(NEW_CONNECTOR_REQUEST, { folder, auth: 'apikey' }), /not empty/);
	});

	test('new with kind mcp writes an MCP server connector; the MCP requests find its endpoint and probe the server there', async () => {
		const server = await mcpServer({
			tools: [
				{ name: 'search_notes', description: 'Searches the notes of the team by words they contain.', inputSchema: { type: 'object', properties: { query: { type: 'string' } } } },
				{ name: 'add_note', description: 'Adds a note to the notebook of the team.', inputSchema: { type: 'object', properties: { note: { $ref: '#/$defs/Note' } }, $defs: { Note: { type: 'object' } } } },
			],
		});
		try {
			const folder = join(tmp, 'Contoso Notes');
			await send(NEW_CONNECTOR_REQUEST, { folder, auth: 'apikey', kind: 'mcp' });
			const swaggerFile = join(folder, 'apiDefinition.swagger.json');
			const swagger = JSON.parse(readFileSync(swaggerFile, 'utf8')) as { host: string; schemes: string[]; paths: Record<string, Record<string, Record<string, unknown>>> };
			assert.equal(swagger.paths['/mcp'].post['x-ms-agentic-protocol'], 'mcp-streamable-1.0');
			assert.deepEqual(await send(MCP_ENDPOINT_REQUEST, { folder }), { url: 'https://api.contoso.com/mcp' });
			// Point the connector at the loopback server (plain http: the probe goes where the swagger says).
			writeFileSync(swaggerFile, JSON.stringify({ ...swagger, host: `127.0.0.1:${server.port}`, schemes: ['http'] }, null, 2));
			const result = await send(MCP_PROBE_REQUEST, { folder, timeoutSeconds: 10 });
			assert.deepEqual([result.url, result.tools, result.usable, result.problems], [`http://127.0.0.1:${server.port}/mcp`, 2, 1, true]);
			assert.match(result.report, /^add_note: dropped: \[schema-ref\] /m);
			assert.doesNotMatch(result.report, /^search_notes/m);
		} finally {
			await server.close();
		}
	});

	test('check a package: the zip the package request wrote passes; a zip with junk reports it', async () => {
		const good = await send(CHECK_PACKAGE_REQUEST, { file: join(tmp, 'Notes-certification.zip') });
		assert.deepEqual(good.problems, []);
		assert.equal(good.layout, 'classic');
		const junk = join(tmp, 'junk.zip');
		const { zipSync } = await import('fflate');
		writeFileSync(junk, zipSync({ 'apiDefinition.swagger.json': new Uint8Array(), '.DS_Store': new Uint8Array() }));
		const bad = await send(CHECK_PACKAGE_REQUEST, { file: junk });
		assert.ok(bad.problems.some((problem) => problem.id === 'zip-no-os-junk'));
		assert.match(bad.report, /junk\.zip/);
	});
});
