// Completion on the main thread answers from a token scan of the text; where a position needs the document's values
// or the connector's definition, the checker thread answers it (EditorServices.query), so the main thread never parses
// a large document while the author types.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CancellationTokenSource, type CompletionItem, type CompletionParams, type Connection } from 'vscode-languageserver/node';
import { LineIndex } from '../../server/src/core/lines';
import { registerCompletion } from '../../server/src/lsp/completion';
import type { EditorServices } from '../../server/src/lsp/editorServices';
import { LimitNotices } from '../../server/src/lsp/limits';
import type { EditorQuery } from '../../server/src/lsp/queries';

const URI = 'file:///c/apiDefinition.swagger.json';
const TEXT = '{"swagger":"2.0","paths":{"/a":{"get":{"x-ms-vis":"","responses":{"200":{"description":"OK","schema":{"$ref":"#/"}}}}}},"definitions":{"Item":{}}}';

/** The completion handler registered on a connection, with services whose thread answers `fromThread` and records each query. */
function completion(fromThread: CompletionItem[]) {
	let handler!: (params: CompletionParams, token: unknown) => Promise<CompletionItem[]>;
	const connection = { onCompletion: (registered: typeof handler) => void (handler = registered) } as unknown as Connection;
	const queries: EditorQuery[] = [];
	const log = { error: (message: string) => assert.fail(message), warn: () => {}, info: () => {} };
	const services = {
		engineText: () => ({ text: TEXT, lines: new LineIndex(TEXT), hadBom: false }),
		maxItems: async () => 100,
		version: () => 1,
		query: async (_uri: string, query: EditorQuery) => (queries.push(query), { items: fromThread, total: fromThread.length }),
		notices: new LimitNotices(log),
		log,
	} as unknown as EditorServices;
	registerCompletion(connection, services);
	const at = (text: string, skip: number) => ({ textDocument: { uri: URI }, position: { line: 0, character: TEXT.indexOf(text) + skip } });
	return { ask: (params: CompletionParams) => handler(params, new CancellationTokenSource().token), at, queries };
}

test('a key being typed is completed on the main thread, without asking the checker thread', async () => {
	const { ask, at, queries } = completion([]);
	const items = await ask(at('"x-ms-vis"', 9));
	assert.ok(items.some((item) => item.label === 'x-ms-visibility'), items.map((item) => item.label).join(', '));
	assert.deepEqual(queries, []);
});

test('a $ref value, which needs the definitions, is completed by the checker thread with the cap on items', async () => {
	const fromThread = [{ label: '#/definitions/Item' }];
	const { ask, at, queries } = completion(fromThread);
	const params = at('"#/"', 3);
	assert.deepEqual(await ask(params), fromThread);
	assert.deepEqual(queries, [{ method: 'completion', params, max: 100 }]);
});
