/**
 * Navigation and symbols over the protocol, against `node dist/server.js`: go to definition, find references, rename
 * and document symbols at named positions, on a fixture and on copies of real corpus connectors, across
 * apiDefinition.swagger.json and apiProperties.json.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
	DefinitionRequest,
	DocumentSymbolRequest,
	PrepareRenameRequest,
	ReferencesRequest,
	RenameRequest,
	SymbolKind,
	type DocumentSymbol,
	type Location,
	type Position,
	type Range,
	type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { FEATURE_CAPABILITIES } from '../server/src/lsp/features';
import { LspClient } from './helpers/lspClient';
import { UPSTREAM } from './helpers/upstream';

const FIXTURE = path.resolve(__dirname, 'fixtures', 'navigation', 'pets');
const CORPUS = UPSTREAM;

interface File {
	readonly uri: string;
	readonly text: string;
}

function fileIn(folder: string, name: string): File {
	const file = path.join(folder, name);
	return { uri: pathToFileURL(file).href, text: readFileSync(file, 'utf8') };
}

/** The position just inside the `occurrence`-th `needle` (past its opening quote). */
function positionOf(file: File, needle: string, occurrence = 0): Position {
	let offset = -1;
	for (let i = 0; i <= occurrence; i++) {
		offset = file.text.indexOf(needle, offset + 1);
		assert.ok(offset >= 0, `"${needle}" #${occurrence} is in ${file.uri}`);
	}
	return TextDocument.create(file.uri, 'json', 1, file.text).positionAt(offset + 1);
}

/** The text a range covers, prefixed with its 1-based line. */
function textAt(file: File, range: Range): string {
	const document = TextDocument.create(file.uri, 'json', 1, file.text);
	return `${range.start.line + 1}: ${document.getText(range)}`;
}

function applied(file: File, edit: WorkspaceEdit): string {
	const edits = edit.changes?.[file.uri];
	assert.ok(edits, `the rename edits ${file.uri}`);
	return TextDocument.applyEdits(TextDocument.create(file.uri, 'json', 1, file.text), edits);
}

describe('navigation over stdio', () => {
	let workspace: string;
	let client: LspClient;
	let swagger: File;
	let apiProperties: File;
	let egnyte: File;
	let bridgeProperties: File;
	let bridgeSwagger: File;

	before(async () => {
		workspace = mkdtempSync(path.join(tmpdir(), 'connector-certify-navigation-'));
		cpSync(FIXTURE, path.join(workspace, 'pets'), { recursive: true });
		cpSync(path.join(CORPUS, 'Egnyte'), path.join(workspace, 'Egnyte'), { recursive: true });
		cpSync(path.join(CORPUS, 'Connect Bridge'), path.join(workspace, 'Connect Bridge'), { recursive: true });
		swagger = fileIn(path.join(workspace, 'pets'), 'apiDefinition.swagger.json');
		apiProperties = fileIn(path.join(workspace, 'pets'), 'apiProperties.json');
		egnyte = fileIn(path.join(workspace, 'Egnyte'), 'apiDefinition.swagger.json');
		bridgeProperties = fileIn(path.join(workspace, 'Connect Bridge'), 'apiProperties.json');
		bridgeSwagger = fileIn(path.join(workspace, 'Connect Bridge'), 'apiDefinition.swagger.json');
		client = await LspClient.start(workspace);
		client.open(swagger.uri, swagger.text);
		client.open(apiProperties.uri, apiProperties.text);
		client.open(egnyte.uri, egnyte.text);
		// Only the properties of Connect Bridge are open: its definition is read from the disk.
		client.open(bridgeProperties.uri, bridgeProperties.text);
	});

	after(() => {
		client?.stop();
		rmSync(workspace, { recursive: true, force: true });
	});

	const definition = async (file: File, position: Position) =>
		(await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: file.uri }, position })) as Location[];

	it('advertises the navigation and symbol capabilities', () => {
		assert.deepEqual(FEATURE_CAPABILITIES.definitionProvider, true);
		assert.deepEqual(FEATURE_CAPABILITIES.referencesProvider, true);
		assert.deepEqual(FEATURE_CAPABILITIES.renameProvider, { prepareProvider: true });
		assert.deepEqual(FEATURE_CAPABILITIES.documentSymbolProvider, { label: 'Connector' });
	});

	it('goes from a $ref to the definition key, and from an escaped one (~1) too', async () => {
		const locations = await definition(swagger, positionOf(swagger, '"#/definitions/Pet"'));
		assert.deepEqual(locations, [{ uri: swagger.uri, range: { start: { line: 150, character: 4 }, end: { line: 150, character: 9 } } }]);
		const escaped = await definition(swagger, positionOf(swagger, '"#/definitions/Pet~1Summary"'));
		assert.deepEqual(escaped.map((l) => textAt(swagger, l.range)), ['159: "Pet/Summary"']);
	});

	it('goes from an operationId reference to the operation, and from apiProperties.json into the definition', async () => {
		const dynamic = await definition(swagger, positionOf(swagger, '"ListKinds"'));
		assert.deepEqual(dynamic.map((l) => `${l.uri === swagger.uri} ${textAt(swagger, l.range)}`), ['true 84: "ListKinds"']);
		const policy = await definition(apiProperties, positionOf(apiProperties, '"CreatePet"'));
		assert.deepEqual(policy.map((l) => `${l.uri === swagger.uri} ${textAt(swagger, l.range)}`), ['true 43: "CreatePet"']);
	});

	it('finds every reference across both files, with the declaration when asked', async () => {
		const params = (includeDeclaration: boolean) => ({ textDocument: { uri: swagger.uri }, position: positionOf(swagger, '"CreatePet"'), context: { includeDeclaration } });
		const show = (locations: Location[]) => locations.map((l) => (l.uri === swagger.uri ? `swagger ${textAt(swagger, l.range)}` : `apiProperties ${textAt(apiProperties, l.range)}`));
		assert.deepEqual(show((await client.connection.sendRequest(ReferencesRequest.type, params(true)))!), [
			'swagger 43: "CreatePet"',
			'apiProperties 31: "CreatePet"',
			'apiProperties 37: "CreatePet"',
		]);
		assert.deepEqual(show((await client.connection.sendRequest(ReferencesRequest.type, params(false)))!), ['apiProperties 31: "CreatePet"', 'apiProperties 37: "CreatePet"']);
	});

	it('prepares a rename on the name inside a $ref', async () => {
		const prepared = await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: swagger.uri }, position: positionOf(swagger, '"#/definitions/Pet~1Summary"') });
		assert.deepEqual(prepared, { range: { start: { line: 75, character: 37 }, end: { line: 75, character: 49 } }, placeholder: 'Pet/Summary' });
		const nothing = await client.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri: swagger.uri }, position: positionOf(swagger, '"List pets"') });
		assert.equal(nothing, null);
	});

	it('renames an operationId in both files with one workspace edit', async () => {
		const edit = (await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: apiProperties.uri }, position: positionOf(apiProperties, '"CreatePet"'), newName: 'AddPet' }))!;
		assert.deepEqual(Object.keys(edit.changes!).sort(), [apiProperties.uri, swagger.uri].sort());
		assert.equal(applied(swagger, edit), swagger.text.replace('"operationId": "CreatePet"', '"operationId": "AddPet"'));
		assert.equal(applied(apiProperties, edit), apiProperties.text.replaceAll('"CreatePet"', '"AddPet"'));
	});

	it('renames a definition, writing ~0 and ~1 in the references', async () => {
		const edit = (await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: swagger.uri }, position: positionOf(swagger, '"Pet": {'), newName: 'Pet/v2~beta' }))!;
		assert.deepEqual(Object.keys(edit.changes!), [swagger.uri]);
		assert.equal(applied(swagger, edit), swagger.text.replace('"Pet": {', '"Pet/v2~beta": {').replaceAll('"#/definitions/Pet"', '"#/definitions/Pet~1v2~0beta"'));
	});

	it('refuses a rename to an empty or taken name with a clear error', async () => {
		const rename = (newName: string) =>
			client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: swagger.uri }, position: positionOf(swagger, '"#/parameters/PageSize"'), newName });
		await assert.rejects(rename(''), { message: 'The new name of the shared parameter must not be empty.' });
		await assert.rejects(
			client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: swagger.uri }, position: positionOf(swagger, '"ListKinds"'), newName: 'ListPets' }),
			{ message: "Another operation already has the operationId 'ListPets'." },
		);
	});

	it('outlines the definition and apiProperties.json', async () => {
		const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: swagger.uri } })) as DocumentSymbol[];
		assert.deepEqual(
			symbols.map((s) => s.name),
			['Paths', 'Definitions', 'Parameters', 'Responses', 'Security definitions'],
		);
		assert.deepEqual(symbols[0].children![0], {
			name: '/pets',
			kind: SymbolKind.Module,
			range: { start: { line: 17, character: 4 }, end: { line: 80, character: 5 } },
			selectionRange: { start: { line: 17, character: 4 }, end: { line: 17, character: 11 } },
			children: [
				{
					name: 'GET List pets',
					detail: 'ListPets',
					kind: SymbolKind.Method,
					range: { start: { line: 18, character: 6 }, end: { line: 40, character: 7 } },
					selectionRange: { start: { line: 18, character: 6 }, end: { line: 18, character: 11 } },
				},
				{
					name: 'POST Create a pet',
					detail: 'CreatePet',
					kind: SymbolKind.Method,
					range: { start: { line: 41, character: 6 }, end: { line: 79, character: 7 } },
					selectionRange: { start: { line: 41, character: 6 }, end: { line: 41, character: 12 } },
				},
			],
		});
		const properties = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: apiProperties.uri } })) as DocumentSymbol[];
		assert.deepEqual(
			properties.map((s) => `${s.name}: ${s.children!.map((c) => c.name).join(', ')}`),
			['Connection parameters: api_key', 'Policy instances: Set the client header'],
		);
	});

	describe('on real connectors', () => {
		it('Egnyte: goes from the file picker to the operation and finds all its dynamic-tree uses', async () => {
			// The last occurrence is the root x-ms-capabilities file-picker `open` operation.
			const start = positionOf(egnyte, '"listRootFolder"', egnyte.text.split('"listRootFolder"').length - 2);
			assert.equal(start.line + 1, 9062);
			const target = await definition(egnyte, start);
			assert.deepEqual(target.map((l) => textAt(egnyte, l.range)), ['7988: "listRootFolder"']);
			const references = (await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: egnyte.uri }, position: start, context: { includeDeclaration: false } }))!;
			// Every `"operationId": "listRootFolder"` but the declaration; the x-ms-api-annotation `family` of the same
			// spelling is a name, not a reference.
			assert.equal(references.length, egnyte.text.split('"operationId": "listRootFolder"').length - 2);
			assert.ok(references.every((l) => l.uri === egnyte.uri && textAt(egnyte, l.range).endsWith(' "listRootFolder"')));
			assert.ok(!references.some((l) => l.range.start.line + 1 === 8009));
		});

		it('Egnyte: renames an operationId used by dozens of dynamic trees', async () => {
			const edit = (await client.connection.sendRequest(RenameRequest.type, { textDocument: { uri: egnyte.uri }, position: positionOf(egnyte, '"listFolder"'), newName: 'ListFolder' }))!;
			assert.equal(applied(egnyte, edit), egnyte.text.replaceAll('"operationId": "listFolder"', '"operationId": "ListFolder"'));
		});

		it('Egnyte: goes from a $ref to its definition and outlines every path', async () => {
			const target = await definition(egnyte, positionOf(egnyte, '"#/definitions/ProjectItem"'));
			assert.deepEqual(target.map((l) => textAt(egnyte, l.range).replace(/^\d+: /, '')), ['"ProjectItem"']);
			const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: egnyte.uri } })) as DocumentSymbol[];
			const paths = symbols.find((s) => s.name === 'Paths')!;
			assert.equal(paths.children!.length, Object.keys(JSON.parse(egnyte.text).paths).length);
		});

		it('Connect Bridge: goes from a policy and scriptOperations to the definition on disk', async () => {
			const policy = await definition(bridgeProperties, positionOf(bridgeProperties, '"ExecuteQuery"'));
			assert.deepEqual(policy.map((l) => `${l.uri === bridgeSwagger.uri} ${textAt(bridgeSwagger, l.range)}`), ['true 248: "ExecuteQuery"']);
			const script = await definition(bridgeProperties, positionOf(bridgeProperties, '"FormatQuery"'));
			assert.deepEqual(script.map((l) => `${l.uri === bridgeSwagger.uri} ${textAt(bridgeSwagger, l.range)}`), ['true 363: "FormatQuery"']);
		});
	});
});
