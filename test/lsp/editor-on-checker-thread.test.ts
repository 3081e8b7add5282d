// The outline, the code actions, and completion, hover and navigation of open documents are answered by a checker
// thread (the built server's, as in the editor), from the same parses its checks use, so the editor's requests after
// each keystroke never parse on the main thread, and a fix-all never holds it for seconds; when the thread cannot
// answer, the main thread does.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import { CancellationTokenSource, type TextDocuments } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_CONFIG } from '../../server/src/engine/index';
import { Checker, type RunningJob } from '../../server/src/lsp/checker';
import { EditorDocuments } from '../../server/src/lsp/editorDocuments';
import { DIAGNOSTIC_SOURCE } from '../../server/src/lsp/diagnostics';
import type { CodeActionsResponse, OpenFile, OutlineResponse, QueryRequest, QueryResponse } from '../../server/src/lsp/workerProtocol';

const SERVER = path.resolve(__dirname, '..', '..', 'dist', 'server.js');
const URI = 'file:///outline/apiDefinition.swagger.json';

/** A swagger with `count` paths of one GET each; the file starts with a byte order mark when `bom`. */
function swagger(count: number, bom = false): string {
	const paths: Record<string, unknown> = {};
	for (let i = 0; i < count; i++) {
		paths[`/items${i}`] = { get: { operationId: `GetItem${i}`, summary: `Get item ${i}`, responses: { 200: { description: 'OK' } } } };
	}
	return `${bom ? '\uFEFF' : ''}{"swagger":"2.0","info":{"title":"Items","version":"1.0"},"host":"api.contoso.com","paths":${JSON.stringify(paths)}}`;
}

function file(text: string, version = 1): OpenFile {
	return { uri: URI, version, text };
}

const silent = { error: () => {}, warn: () => {}, info: () => {} };

/** A swagger on one line whose only response refers to a definition; `at(text)` is the position of `text` in it. */
const REFERRING = '{"swagger":"2.0","info":{"title":"Items","version":"1.0"},"paths":{"/items":{"get":{"operationId":"ListItems","x-ms-visibility":"important","responses":{"200":{"description":"OK","schema":{"$ref":"#/definitions/Item"}}}}}},"definitions":{"Item":{"type":"object"}}}';
const at = (text: string) => ({ line: 0, character: REFERRING.indexOf(text) + 1 });
/** Where go to definition from the $ref lands: the definition's key. */
const ITEM_DEFINITION = [{ uri: URI, range: { start: { line: 0, character: REFERRING.indexOf('"Item":{') }, end: { line: 0, character: REFERRING.indexOf('"Item":{') + 6 } } }];
const definitionQuery = { method: 'definition', params: { textDocument: { uri: URI }, position: at('#/definitions/Item') } } as const;

describe('requests answered on the checker thread', () => {
	let checker: Checker;
	// The Checker unrefs its thread: something must keep this process alive while a test waits on it.
	let keepAlive: NodeJS.Timeout;
	before(() => {
		assert.ok(existsSync(SERVER), 'dist/server.js is missing: run `npm run build` first');
		checker = new Checker(SERVER, 'test', silent);
		keepAlive = setInterval(() => {}, 1000);
	});
	after(() => {
		checker.dispose();
		clearInterval(keepAlive);
	});

	test('answers the outline in editor positions (the byte order mark counted on the first line), capped, with the count left out', async () => {
		const outcome = await checker.outline(file(swagger(3, true)), 'swagger', 5).outcome;
		assert.equal(outcome.kind, 'done');
		const { outline, cancelled } = (outcome as { response: OutlineResponse }).response;
		assert.equal(cancelled, false);
		// Paths, then /items0 GET, /items1 GET: five symbols; /items2 and its GET are left out.
		assert.equal(outline.left, 2);
		assert.deepEqual(outline.symbols.map((symbol) => [symbol.name, symbol.children?.map((child) => [child.name, child.children?.map((operation) => operation.name)])]), [
			['Paths', [['/items0', ['GET Get item 0']], ['/items1', ['GET Get item 1']]]],
		]);
		const text = swagger(3, true);
		const pathsKey = text.indexOf('"paths"');
		assert.deepEqual(outline.symbols[0].selectionRange, { start: { line: 0, character: pathsKey }, end: { line: 0, character: pathsKey + '"paths"'.length } });
	});

	test('checks and outlines queued together each get their own answer, in order', async () => {
		const text = swagger(2);
		const check = checker.run({ paths: {}, open: { swagger: file(text, 2) }, config: DEFAULT_CONFIG });
		const outline = checker.outline(file(text, 2), 'swagger', 100);
		const next = checker.run({ paths: {}, open: { swagger: file(swagger(1), 3) }, config: DEFAULT_CONFIG });
		const [checked, outlined, nextChecked] = await Promise.all([check.outcome, outline.outcome, next.outcome]);
		assert.equal(checked.kind, 'done');
		assert.equal(nextChecked.kind, 'done');
		assert.ok(checked.kind === 'done' && 'findings' in checked.response);
		assert.ok(outlined.kind === 'done' && outlined.response.outline.symbols[0].children?.length === 2);
	});

	test('answers the quick fixes for a diagnostic, the other file of the connector read from disk (passed over when it is a named pipe)', { timeout: 10_000 }, async () => {
		const folder = mkdtempSync(path.join(tmpdir(), 'connector-certify-actions-'));
		try {
			const swaggerText = JSON.stringify({ swagger: '2.0', info: { title: 'Items', description: 'Items.', version: '1.0' }, host: 'api.contoso.com', basePath: '/', schemes: ['https'], paths: { '/items': { get: { operationId: 'ListItems', description: 'Lists items.', responses: { 200: { description: 'OK' } } } } } }, null, 2);
			const apiProperties = path.join(folder, 'apiProperties.json');
			writeFileSync(apiProperties, JSON.stringify({ properties: { iconBrandColor: '#da3b01', capabilities: [], publisher: 'Contoso' } }));
			const uri = pathToFileURL(path.join(folder, 'apiDefinition.swagger.json')).href;
			const diagnostic = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: '', source: DIAGNOSTIC_SOURCE, code: 'op-summary-required', data: { ruleId: 'op-summary-required', jsonPointer: '/paths/~1items/get' } };
			const params = { textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'] } };
			const outcome = await checker.codeActions({ uri, kind: 'swagger', files: { folder, open: { swagger: { uri, version: 1, text: swaggerText } }, paths: { apiProperties } }, config: DEFAULT_CONFIG, work: { kind: 'list', params, max: 100, resolveEdits: true } }).outcome;
			assert.ok(outcome.kind === 'done', JSON.stringify(outcome));
			assert.deepEqual(
				outcome.response.actions.map((action) => action.title),
				['Add the summary "Call item"', 'Show documentation for op-summary-required', 'Ignore op-summary-required in this workspace'],
			);
			assert.equal(outcome.response.total, 3);
			// The other file a named pipe: read, it would wait for a writer for ever; it is passed over and the fixes come.
			rmSync(apiProperties);
			execFileSync('mkfifo', [apiProperties]);
			const beside = await checker.codeActions({ uri, kind: 'swagger', files: { folder, open: { swagger: { uri, version: 2, text: swaggerText } }, paths: { apiProperties } }, config: DEFAULT_CONFIG, work: { kind: 'list', params, max: 100, resolveEdits: true } }).outcome;
			assert.ok(beside.kind === 'done', JSON.stringify(beside));
			assert.deepEqual(
				beside.response.actions.map((action) => action.title),
				['Add the summary "Call item"', 'Show documentation for op-summary-required', 'Ignore op-summary-required in this workspace'],
			);
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});

	test('an outline cancelled while it waits behind a check is never computed', async () => {
		const check = checker.run({ paths: {}, open: { swagger: file(swagger(200), 4) }, config: DEFAULT_CONFIG });
		const outline = checker.outline(file(swagger(200), 4), 'swagger', 100);
		outline.cancel();
		assert.deepEqual(await outline.outcome, { kind: 'cancelled' });
		assert.equal((await check.outcome).kind, 'done');
	});

	test('answers go to definition and hover from its parse of the document, in editor positions', async () => {
		const files = { open: { swagger: file(REFERRING) }, paths: {} };
		const definition = await checker.query({ kind: 'swagger', files, uris: { swagger: URI }, query: definitionQuery }).outcome;
		assert.deepEqual(definition, { kind: 'done', response: { type: 'query', id: (definition as { response: QueryResponse }).response.id, cancelled: false, result: ITEM_DEFINITION } });
		const hover = await checker.query({ kind: 'swagger', files, uris: { swagger: URI }, query: { method: 'hover', params: { textDocument: { uri: URI }, position: at('x-ms-visibility') } } }).outcome;
		const result = (hover as { response: QueryResponse }).response.result as { contents: { value: string }; range: unknown };
		assert.match(result.contents.value, /x-ms-visibility/);
		assert.deepEqual(result.range, { start: { line: 0, character: REFERRING.indexOf('"x-ms-visibility"') }, end: { line: 0, character: REFERRING.indexOf('"x-ms-visibility"') + 17 } });
	});

	test('a rename the author cannot make comes back refused, with the message the editor shows', async () => {
		const renamed = await checker.query({ kind: 'swagger', files: { open: { swagger: file(REFERRING) }, paths: {} }, uris: { swagger: URI }, query: { method: 'rename', params: { textDocument: { uri: URI }, position: at('#/definitions/Item'), newName: ' ' } } }).outcome;
		assert.deepEqual((renamed as { response: QueryResponse }).response.result, { refused: 'The new name of the definition must not be empty.' });
	});
});

describe('EditorDocuments on the checker thread', () => {
	const failed = { outcome: Promise.resolve({ kind: 'failed' as const, message: 'the checker thread stopped (exit code 1)' }), cancel: () => {} };
	function editor(
		text: string,
		answer: (file: OpenFile) => RunningJob<OutlineResponse>,
		logs: string[] = [],
		actions: () => RunningJob<CodeActionsResponse> = () => failed,
		threadAnswerMs?: number,
		query: (request: Omit<QueryRequest, 'type' | 'id' | 'cancel'>) => RunningJob<QueryResponse> = () => failed,
	): EditorDocuments {
		const document = TextDocument.create(URI, 'json', 7, text);
		const documents = { get: (uri: string) => (uri === URI ? document : undefined), all: () => [document] } as unknown as TextDocuments<TextDocument>;
		const log = { error: (m: string) => logs.push(m), warn: (m: string) => logs.push(m), info: () => {} };
		return new EditorDocuments({ documents, uriOf: (file) => file, scopeOf: () => '', config: async () => DEFAULT_CONFIG, maxItems: async () => 100, outline: answer, codeActions: actions, query, threadAnswerMs, log });
	}

	test('the connector around a document leaves out a sibling on disk that is a named pipe, rather than wait on it', { timeout: 10_000 }, async () => {
		const folder = mkdtempSync(path.join(tmpdir(), 'connector-certify-sibling-'));
		try {
			const swaggerPath = path.join(folder, 'apiDefinition.swagger.json');
			writeFileSync(swaggerPath, swagger(1));
			execFileSync('mkfifo', [path.join(folder, 'apiProperties.json')]);
			const uri = pathToFileURL(swaggerPath).href;
			const document = TextDocument.create(uri, 'json', 1, swagger(1));
			const documents = { get: (asked: string) => (asked === uri ? document : undefined), all: () => [document] } as unknown as TextDocuments<TextDocument>;
			const editorDocuments = new EditorDocuments({ documents, uriOf: (file) => file, scopeOf: () => '', config: async () => DEFAULT_CONFIG, maxItems: async () => 100, outline: () => failed, codeActions: () => failed, query: () => failed, log: silent });
			const files = await editorDocuments.connectorFiles(uri);
			assert.ok(files);
			const at = await editorDocuments.connector(files);
			assert.deepEqual(at.input.swagger?.doc.value, JSON.parse(swagger(1)));
			assert.equal(at.input.apiProperties, undefined);
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	});

	test('asks the thread for the document at its current version', async () => {
		const asked: OpenFile[] = [];
		const outline = { symbols: [], left: 0 };
		const documents = editor(swagger(1), (asking) => {
			asked.push(asking);
			return { outcome: Promise.resolve({ kind: 'done', response: { type: 'outline', id: 1, cancelled: false, outline } }), cancel: () => {} };
		});
		const answer = await documents.outline(URI, 100);
		assert.equal(answer, outline);
		assert.deepEqual(asked, [{ uri: URI, version: 7, text: swagger(1) }]);
	});

	test('when the thread fails, the outline is computed on the main thread, code actions are not (a fix-all could hold it for seconds), and the log says why', async () => {
		const logs: string[] = [];
		const documents = editor(swagger(1), () => failed, logs);
		const answer = await documents.outline(URI, 100);
		assert.deepEqual(answer?.symbols.map((symbol) => symbol.name), ['Paths']);
		const diagnostic = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: '', source: DIAGNOSTIC_SOURCE, code: 'op-description-required', data: { ruleId: 'op-description-required', jsonPointer: '/paths/~1items0/get' } };
		const actions = await documents.codeActions(URI, { kind: 'list', params: { textDocument: { uri: URI }, range: diagnostic.range, context: { diagnostics: [diagnostic] } }, max: 100, resolveEdits: true });
		assert.equal(actions, undefined);
		assert.deepEqual(logs, [
			'The outline of apiDefinition.swagger.json was computed on the main thread: the checker thread stopped (exit code 1)',
			'No code actions for apiDefinition.swagger.json: the checker thread stopped (exit code 1)',
		]);
	});

	/** A job the thread never answers (busy with a long check), and whether it was cancelled. */
	function stuck<R>(): { job: RunningJob<R>; cancelled: () => boolean } {
		let cancelled = false;
		return { job: { outcome: new Promise(() => {}), cancel: () => void (cancelled = true) }, cancelled: () => cancelled };
	}
	const quickFixDiagnostic = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, message: '', source: DIAGNOSTIC_SOURCE, code: 'op-description-required', data: { ruleId: 'op-description-required', jsonPointer: '/paths/~1items0/get' } };
	const quickFixParams = { textDocument: { uri: URI }, range: quickFixDiagnostic.range, context: { diagnostics: [quickFixDiagnostic] } };

	test('an outline or a list of quick fixes the thread is late with is answered on the main thread, and the job cancelled', { timeout: 10_000 }, async () => {
		const outlineJob = stuck<OutlineResponse>();
		const actionsJob = stuck<CodeActionsResponse>();
		const logs: string[] = [];
		const documents = editor(swagger(1), () => outlineJob.job, logs, () => actionsJob.job, 5);
		const outline = await documents.outline(URI, 100);
		assert.deepEqual(outline?.symbols.map((symbol) => symbol.name), ['Paths']);
		assert.equal(outlineJob.cancelled(), true);
		const actions = await documents.codeActions(URI, { kind: 'list', params: quickFixParams, max: 100, resolveEdits: true });
		assert.deepEqual(actions?.actions.map((action) => action.title), ['Add the description "Calls item."', 'Show documentation for op-description-required', 'Ignore op-description-required in this workspace']);
		assert.equal(actionsJob.cancelled(), true);
		assert.deepEqual(logs, []);
	});

	test('go to definition is the thread\'s answer; when the thread fails or is late, the main thread answers it (the job cancelled, a failure logged)', { timeout: 10_000 }, async () => {
		const asked: Omit<QueryRequest, 'type' | 'id' | 'cancel'>[] = [];
		const fromThread = [{ uri: 'file:///from/the/thread', range: ITEM_DEFINITION[0].range }];
		const answering = editor(REFERRING, () => failed, [], () => failed, undefined, (request) => {
			asked.push(request);
			return { outcome: Promise.resolve({ kind: 'done', response: { type: 'query', id: 1, cancelled: false, result: fromThread } }), cancel: () => {} };
		});
		assert.deepEqual(await answering.query(URI, definitionQuery), fromThread);
		assert.deepEqual(asked, [{ kind: 'swagger', files: { folder: '/outline', open: { swagger: { uri: URI, version: 7, text: REFERRING } }, paths: {} }, uris: { swagger: URI }, query: definitionQuery }]);

		const logs: string[] = [];
		const failing = editor(REFERRING, () => failed, logs, () => failed, undefined, () => failed);
		assert.deepEqual(await failing.query(URI, definitionQuery), ITEM_DEFINITION);
		assert.deepEqual(logs, ['definition in apiDefinition.swagger.json was answered on the main thread: the checker thread stopped (exit code 1)']);

		const late = stuck<QueryResponse>();
		const waiting = editor(REFERRING, () => failed, [], () => failed, 5, () => late.job);
		assert.deepEqual(await waiting.query(URI, definitionQuery), ITEM_DEFINITION);
		assert.equal(late.cancelled(), true);
	});

	test('a fix-all waits for the thread however long it takes', { timeout: 10_000 }, async () => {
		let settle!: () => void;
		const resolved = { title: 'Fix all Connector Certify problems', edit: { changes: {} } };
		const job: RunningJob<CodeActionsResponse> = {
			outcome: new Promise((resolve) => (settle = () => resolve({ kind: 'done', response: { type: 'codeActions', id: 1, cancelled: false, actions: [resolved], total: 1 } }))),
			cancel: () => assert.fail('the fix-all was cancelled'),
		};
		const documents = editor(swagger(1), () => failed, [], () => job, 1);
		const answer = documents.codeActions(URI, { kind: 'resolve', action: { title: 'Fix all Connector Certify problems', data: { uri: URI } } });
		setTimeout(settle, 30);
		assert.deepEqual((await answer)?.actions, [resolved]);
	});

	test('a cancelled request cancels the job it waits on', async () => {
		let cancelled = false;
		let settle!: () => void;
		const documents = editor(swagger(1), () => ({ outcome: new Promise((resolve) => (settle = () => resolve({ kind: 'cancelled' }))), cancel: () => ((cancelled = true), settle()) }));
		const source = new CancellationTokenSource();
		const answer = documents.outline(URI, 100, source.token);
		source.cancel();
		assert.equal(await answer, undefined);
		assert.equal(cancelled, true);
	});
});
