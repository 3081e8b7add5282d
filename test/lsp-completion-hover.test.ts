/**
 * Completion and hover over stdio, against `node dist/server.js`, at named positions of the editor fixture and of
 * copies of corpus connectors (Egnyte; Encodian, 1.1 MB).
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
	CompletionRequest,
	HoverRequest,
	InsertTextFormat,
	type CompletionItem,
	type CompletionList,
	type Hover,
	type MarkupContent,
	type Position,
	type TextEdit,
} from 'vscode-languageserver-protocol/node';
import { LspClient } from './helpers/lspClient';
import { UPSTREAM } from './helpers/upstream';

const FIXTURE = path.resolve(__dirname, 'fixtures', 'editor', 'invoices');
const CORPUS = UPSTREAM;

/** The position of `needle` (its `occurrence`-th match) plus `delta` characters. */
function positionOf(text: string, needle: string, delta = 0, occurrence = 0): Position {
	let at = -1;
	for (let i = 0; i <= occurrence; i++) {
		at = text.indexOf(needle, at + 1);
		assert.ok(at >= 0, `"${needle}" #${i} is in the text`);
	}
	return TextDocument.create('file:///x', 'json', 1, text).positionAt(at + delta);
}

describe('completion and hover over stdio', () => {
	let workspace: string;
	let client: LspClient;
	const uris: Record<string, string> = {};
	const texts: Record<string, string> = {};

	before(async () => {
		workspace = mkdtempSync(path.join(tmpdir(), 'connector-certify-completion-'));
		cpSync(FIXTURE, path.join(workspace, 'invoices'), { recursive: true });
		cpSync(path.join(CORPUS, 'Egnyte'), path.join(workspace, 'Egnyte'), { recursive: true });
		cpSync(path.join(CORPUS, 'Encodian'), path.join(workspace, 'Encodian'), { recursive: true });
		writeFileSync(path.join(workspace, 'settings.json'), '{\n  "x-ms-visibility": ""\n}\n');
		for (const [name, file] of Object.entries({
			swagger: 'invoices/apiDefinition.swagger.json',
			apiProperties: 'invoices/apiProperties.json',
			egnyte: 'Egnyte/apiDefinition.swagger.json',
			encodian: 'Encodian/apiDefinition.swagger.json',
			other: 'settings.json',
		})) {
			uris[name] = pathToFileURL(path.join(workspace, file)).href;
			texts[name] = readFileSync(path.join(workspace, file), 'utf8');
		}
		client = await LspClient.start(workspace);
	});

	after(() => {
		client?.stop();
		rmSync(workspace, { recursive: true, force: true });
	});

	async function complete(uri: string, position: Position): Promise<CompletionItem[]> {
		const result = (await client.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position })) as CompletionItem[] | CompletionList | null;
		return Array.isArray(result) ? result : (result?.items ?? []);
	}

	async function hover(uri: string, position: Position): Promise<Hover | null> {
		return client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
	}

	it('completes the x-ms-visibility values inside the string being typed', async () => {
		const text = texts.swagger.replace('"x-ms-visibility": "internal"', '"x-ms-visibility": ""');
		client.open(uris.swagger, text, 1);
		const position = positionOf(text, '"x-ms-visibility": ""', 20);
		const items = await complete(uris.swagger, position);
		assert.deepEqual(
			items.map((i) => [i.label, i.insertTextFormat, (i.textEdit as TextEdit).newText]),
			[
				['important', InsertTextFormat.PlainText, '"important"'],
				['advanced', InsertTextFormat.PlainText, '"advanced"'],
				['internal', InsertTextFormat.PlainText, '"internal"'],
			],
		);
		// The edit replaces the empty string `""`.
		assert.deepEqual((items[0].textEdit as TextEdit).range, { start: { line: position.line, character: position.character - 1 }, end: { line: position.line, character: position.character + 1 } });
	});

	it('completes x-ms keys inside a path item as snippets with a value skeleton', async () => {
		const text = texts.swagger.replace('"/statuses": {\n', '"/statuses": {\n      ""\n');
		client.change(uris.swagger, text, 2);
		const position = positionOf(text, '"/statuses": {\n      ""', 22);
		const items = await complete(uris.swagger, position);
		const notification = items.find((i) => i.label === 'x-ms-notification-content');
		assert.ok(notification, 'x-ms-notification-content is offered');
		assert.equal(notification.insertTextFormat, InsertTextFormat.Snippet);
		assert.equal(notification.filterText, '"x-ms-notification-content"');
		assert.deepEqual(notification.textEdit, {
			range: { start: { line: position.line, character: 6 }, end: { line: position.line, character: 8 } },
			newText:
				'"x-ms-notification-content": {\n\t"description": "${1:Notification payload}",\n\t"schema": {\n\t\t"$ref": "#/definitions/${2:WebhookPayload}"\n\t}\n},',
		});
		// The operation snippets from snippets/ fit a path item; the path item has a `get` already, so not that one.
		assert.deepEqual(
			items.filter((i) => i.label.endsWith(' operation')).map((i) => [i.label, i.insertTextFormat]),
			[
				['POST operation', InsertTextFormat.Snippet],
				['PUT operation', InsertTextFormat.Snippet],
				['PATCH operation', InsertTextFormat.Snippet],
				['DELETE operation', InsertTextFormat.Snippet],
			],
		);
		// Operation-level keys do not belong in a path item.
		assert.ok(!items.some((i) => i.label === 'x-ms-trigger'));
	});

	it('hovers an operationId in apiProperties.json with the operation from the definition on disk', async () => {
		client.open(uris.apiProperties, texts.apiProperties, 1);
		const result = await hover(uris.apiProperties, positionOf(texts.apiProperties, '"ListInvoices"', 3));
		assert.deepEqual(result, {
			contents: { kind: 'markdown', value: '**ListInvoices**: `GET /invoices`\n\nList invoices\n\nLists the invoices of the account.' },
			range: { start: positionOf(texts.apiProperties, '"ListInvoices"'), end: positionOf(texts.apiProperties, '"ListInvoices"', 14) },
		});
	});

	it('completes the definition\'s operationIds in a policy operation list', async () => {
		// The definition's buffer is valid again (a half-typed key can hide the operations after it).
		client.change(uris.swagger, texts.swagger, 3);
		const text = texts.apiProperties.replace('"ListInvoices"\n', '"ListInvoices",\n            ""\n');
		client.change(uris.apiProperties, text, 2);
		const items = await complete(uris.apiProperties, positionOf(text, '",\n            ""', 16));
		assert.deepEqual(
			items.map((i) => [i.label, i.detail]),
			[
				['ListInvoices', 'GET /invoices'],
				['ListStatuses', 'GET /statuses'],
			],
		);
	});

	it('hovers x-ms keys, operationId references and $refs in a corpus connector', async () => {
		client.open(uris.egnyte, texts.egnyte, 1);
		const key = await hover(uris.egnyte, positionOf(texts.egnyte, '"x-ms-dynamic-tree"', 5));
		assert.match((key!.contents as MarkupContent).value, /^\*\*x-ms-dynamic-tree\*\* \(object\)\n\nA hierarchical picker/);
		const operation = await hover(uris.egnyte, positionOf(texts.egnyte, '"listRootFolder"', 5));
		assert.equal((operation!.contents as MarkupContent).value, '**listRootFolder**: `GET /api-proxy/filepicker/listContents/`');
		const ref = await hover(uris.egnyte, positionOf(texts.egnyte, '"#/definitions/FileLockWebhookResponse"', 5));
		assert.equal((ref!.contents as MarkupContent).value, '`#/definitions/FileLockWebhookResponse`: type `object`');
	});

	it('completes in a 1 MB definition (Encodian) while a key is half typed, in well under a second per keystroke', async () => {
		const at = texts.encodian.lastIndexOf('"x-ms-visibility"');
		const typing = (typedKey: string) => `${texts.encodian.slice(0, at)}${typedKey}\n${texts.encodian.slice(at)}`;
		client.open(uris.encodian, typing('"x-ms-v'), 1);
		await client.diagnostics(uris.encodian, (p) => p.version === 1);
		// The first request warms the code up; the next keystroke is a new version: parse plus completion.
		await complete(uris.encodian, positionOf(typing('"x-ms-v'), '"x-ms-v\n', 7));
		const text = typing('"x-ms-vi');
		client.change(uris.encodian, text, 2);
		const started = performance.now();
		const items = await complete(uris.encodian, positionOf(text, '"x-ms-vi\n', 8));
		const elapsed = performance.now() - started;
		assert.ok(items.length > 0 && items.every((i) => i.label.startsWith('x-ms-')), 'extension keys are offered');
		// Generous for slow machines: the point is that typing in the largest connectors does not stall.
		assert.ok(elapsed < 1000, `completion took ${Math.round(elapsed)} ms`);
	});

	it('offers nothing in JSON files that are not connector files', async () => {
		client.open(uris.other, texts.other, 1);
		assert.deepEqual(await complete(uris.other, positionOf(texts.other, '""', 1)), []);
		assert.equal(await hover(uris.other, positionOf(texts.other, '"x-ms-visibility"', 2)), null);
	});
});
