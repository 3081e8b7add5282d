/** The reference index and the navigation queries over it (pure: no language server). */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import type { JsonFileKind } from '../server/src/core/connector';
import { jsonIndexOf, parseJson, type JsonDocument } from '../server/src/core/json';
import { toJsonPointer } from '../server/src/core/location';
import type { TextEdit } from '../server/src/engine/edits';
import {
	definitionAt,
	fileIndex,
	prepareRenameAt,
	referencesAt,
	renameAt,
	type ConnectorDocuments,
	type FileRange,
} from '../server/src/language/references';

const FIXTURE = path.resolve(__dirname, 'fixtures', 'navigation', 'pets');
const TEXTS: Record<JsonFileKind, string> = {
	swagger: readFileSync(path.join(FIXTURE, 'apiDefinition.swagger.json'), 'utf8'),
	apiProperties: readFileSync(path.join(FIXTURE, 'apiProperties.json'), 'utf8'),
};

function load(texts: Partial<Record<JsonFileKind, string>> = TEXTS): ConnectorDocuments {
	const docs: Partial<Record<JsonFileKind, JsonDocument>> = {};
	for (const [kind, text] of Object.entries(texts) as [JsonFileKind, string][]) {
		docs[kind] = parseJson(text);
	}
	return docs;
}

/** The offset just inside the `occurrence`-th match of `needle` (past its opening quote when it starts with one). */
function at(file: JsonFileKind, needle: string, occurrence = 0): number {
	let offset = -1;
	for (let i = 0; i <= occurrence; i++) {
		offset = TEXTS[file].indexOf(needle, offset + 1);
		assert.ok(offset >= 0, `"${needle}" #${occurrence} is in the ${file} fixture`);
	}
	return offset + (needle.startsWith('"') ? 1 : 0);
}

/** A range as `file:line:character text` (1-based line), so expectations read like the file. */
function show(docs: ConnectorDocuments, { file, range }: FileRange): string {
	const doc = docs[file]!;
	const start = doc.lines.offsetAt(range.start);
	return `${file}:${range.start.line + 1}:${range.start.character} ${doc.text.slice(start, doc.lines.offsetAt(range.end))}`;
}

function applyEdits(text: string, edits: readonly TextEdit[]): string {
	let result = text;
	for (const edit of [...edits].sort((a, b) => b.offset - a.offset)) {
		result = result.slice(0, edit.offset) + edit.content + result.slice(edit.offset + edit.length);
	}
	return result;
}

describe('the reference index', () => {
	it('lists every $ref and operationId reference of the definition, with its source and target', () => {
		const docs = load();
		const summary = fileIndex('swagger', docs.swagger!).references.map((r) => `${r.source} ${toJsonPointer(r.path)} -> ${r.kind} ${r.name}`);
		assert.deepEqual(summary, [
			'$ref /paths/~1pets/get/parameters/0/$ref -> parameter PageSize',
			'$ref /paths/~1pets/get/responses/200/schema/items/$ref -> definition Pet',
			'$ref /paths/~1pets/get/responses/default/$ref -> response Error',
			'x-ms-dynamic-values /paths/~1pets/post/parameters/0/x-ms-dynamic-values/operationId -> operation ListKinds',
			'x-ms-dynamic-list /paths/~1pets/post/parameters/1/x-ms-dynamic-list/operationId -> operation ListKinds',
			'$ref /paths/~1pets/post/parameters/2/schema/$ref -> definition Pet',
			'$ref /paths/~1pets/post/responses/200/schema/$ref -> definition Pet/Summary',
			'x-ms-dynamic-schema /paths/~1kinds/get/responses/200/schema/x-ms-dynamic-schema/operationId -> operation GetKindSchema',
			'$ref /paths/~1kinds~1schema/get/responses/200/schema/$ref -> definition Owner',
			'x-ms-dynamic-properties /paths/~1hooks/x-ms-notification-content/schema/x-ms-dynamic-properties/operationId -> operation GetKindSchema',
			'x-ms-notification /paths/~1hooks/post/x-ms-notification/operationId -> operation ListKinds',
			'x-ms-dynamic-tree /paths/~1hooks/post/parameters/0/x-ms-dynamic-tree/open/operationId -> operation ListKinds',
			'x-ms-dynamic-tree /paths/~1hooks/post/parameters/0/x-ms-dynamic-tree/browse/operationId -> operation GetKindSchema',
			'$ref /definitions/Pet/properties/owner/$ref -> definition Owner',
			'$ref /responses/Error/schema/$ref -> definition Owner',
			'testConnection /x-ms-capabilities/testConnection/operationId -> operation ListPets',
			'file-picker /x-ms-capabilities/file-picker/open/operationId -> operation ListKinds',
			'file-picker /x-ms-capabilities/file-picker/browse/operationId -> operation GetKindSchema',
		]);
	});

	it('lists the declarations: section keys and operationIds', () => {
		const docs = load();
		const summary = fileIndex('swagger', docs.swagger!).declarations.map((d) => `${d.kind} ${d.name} ${toJsonPointer(d.path)}`);
		assert.deepEqual(summary, [
			'operation ListPets /paths/~1pets/get/operationId',
			'operation CreatePet /paths/~1pets/post/operationId',
			'operation ListKinds /paths/~1kinds/get/operationId',
			'operation GetKindSchema /paths/~1kinds~1schema/get/operationId',
			'operation OnPetAdded /paths/~1hooks/post/operationId',
			'definition Pet /definitions/Pet',
			'definition Pet/Summary /definitions/Pet~1Summary',
			'definition Owner /definitions/Owner',
			'parameter PageSize /parameters/PageSize',
			'response Error /responses/Error',
		]);
	});

	it('lists the policy operation lists and scriptOperations of apiProperties.json', () => {
		const docs = load();
		const summary = fileIndex('apiProperties', docs.apiProperties!).references.map((r) => `${r.source} ${toJsonPointer(r.path)} -> ${r.kind} ${r.name}`);
		assert.deepEqual(summary, [
			'x-ms-apimTemplate-operationName /properties/policyTemplateInstances/0/parameters/x-ms-apimTemplate-operationName/0 -> operation ListPets',
			'x-ms-apimTemplate-operationName /properties/policyTemplateInstances/0/parameters/x-ms-apimTemplate-operationName/1 -> operation CreatePet',
			'scriptOperations /properties/scriptOperations/0 -> operation CreatePet',
		]);
	});

	it('finds the same tokens from the index of strict JSON as from the tree of any other document', () => {
		// A key written twice (ahead of everything, on the first line) leaves the document without an index.
		const texts = { swagger: TEXTS.swagger.replace('{', '{"x-twice": 1, "x-twice": 2, '), apiProperties: TEXTS.apiProperties.replace('{', '{"x-twice": 1, "x-twice": 2, ') };
		const [indexed, walked] = [load(), load(texts)];
		assert.ok(jsonIndexOf(indexed.swagger!) && jsonIndexOf(indexed.apiProperties!), 'the fixture is strict JSON, indexed');
		assert.equal(jsonIndexOf(walked.swagger!), undefined);
		assert.equal(jsonIndexOf(walked.apiProperties!), undefined);
		for (const kind of ['swagger', 'apiProperties'] as const) {
			// Each token as the text it covers and where that is, as line and character: only the first line moved.
			const tokens = (docs: ConnectorDocuments) => {
				const index = fileIndex(kind, docs[kind]!);
				return [...index.references, ...index.declarations].map((item) => `${item.kind} ${item.name} ${toJsonPointer(item.path)} ${item.node.value} ${show(docs, { file: kind, range: item.range })}`);
			};
			const expected = tokens(indexed);
			assert.ok(expected.length >= (kind === 'swagger' ? 28 : 3), `${kind}: ${expected.length} tokens`);
			assert.deepEqual(tokens(walked), expected, kind);
		}
	});

	it('is computed once per parsed document', () => {
		const docs = load();
		assert.equal(fileIndex('swagger', docs.swagger!), fileIndex('swagger', docs.swagger!));
		assert.notEqual(fileIndex('swagger', docs.swagger!), fileIndex('swagger', parseJson(TEXTS.swagger)));
	});

	it('never throws on odd documents', () => {
		for (const text of ['', '[]', '{"paths": 1, "definitions": [], "x-ms-capabilities": {"testConnection": "x"}}', '{"properties": {"scriptOperations": "A", "policyTemplateInstances": {}}}', '{"a": {"$ref": 5, "x-ms-dynamic-values": {"operationId": 3}}}']) {
			const doc = parseJson(text);
			assert.doesNotThrow(() => fileIndex('swagger', doc));
			assert.doesNotThrow(() => fileIndex('apiProperties', doc));
		}
		assert.deepEqual(fileIndex('apiProperties', parseJson('{"properties": {"scriptOperations": "A"}}')).references.map((r) => r.name), ['A']);
		// An operationId that is not a string declares nothing, read from the index or (a key written twice) from the tree.
		for (const [text, indexed] of [
			['{"paths": {"/a": {"get": {"operationId": 7}, "put": {"operationId": "P"}}}}', true],
			['{"x": 1, "x": 2, "paths": {"/a": {"get": {"operationId": 7}, "put": {"operationId": "P"}}}}', false],
		] as const) {
			const doc = parseJson(text);
			assert.equal(jsonIndexOf(doc) !== undefined, indexed, text);
			assert.deepEqual(fileIndex('swagger', doc).declarations.map((d) => d.name), ['P'], text);
		}
	});
});

describe('go to definition', () => {
	const docs = load();
	const definition = (file: JsonFileKind, needle: string, occurrence = 0) => definitionAt(docs, file, at(file, needle, occurrence)).map((r) => show(docs, r));

	it('leads from a $ref to the definition key', () => {
		assert.deepEqual(definition('swagger', '"#/definitions/Pet"'), ['swagger:151:4 "Pet"']);
	});

	it('decodes JSON Pointer escaping (~1 is /)', () => {
		assert.deepEqual(definition('swagger', '"#/definitions/Pet~1Summary"'), ['swagger:159:4 "Pet/Summary"']);
	});

	it('leads from a pointer into a definition to that exact place', () => {
		assert.deepEqual(definition('swagger', '"#/definitions/Owner/properties/name"'), ['swagger:166:8 "name"']);
	});

	it('leads from shared parameter and response references to their keys', () => {
		assert.deepEqual(definition('swagger', '"#/parameters/PageSize"'), ['swagger:173:4 "PageSize"']);
		assert.deepEqual(definition('swagger', '"#/responses/Error"'), ['swagger:180:4 "Error"']);
	});

	it('leads from an operationId reference to the operation', () => {
		assert.deepEqual(definition('swagger', '"ListKinds"'), ['swagger:84:23 "ListKinds"']);
		assert.deepEqual(definition('swagger', '"GetKindSchema"', 4), ['swagger:100:23 "GetKindSchema"']);
	});

	it('leads from apiProperties.json to the operation in the definition', () => {
		assert.deepEqual(definition('apiProperties', '"ListPets"'), ['swagger:20:23 "ListPets"']);
		assert.deepEqual(definition('apiProperties', '"CreatePet"', 1), ['swagger:43:23 "CreatePet"']);
	});

	it('finds nothing away from a reference, or for a missing target', () => {
		assert.deepEqual(definition('swagger', '"List pets"'), []);
		const broken = load({ swagger: TEXTS.swagger.replace('"#/definitions/Owner"', '"#/definitions/Nobody"') });
		assert.deepEqual(definitionAt(broken, 'swagger', at('swagger', '"#/definitions/Owner"')), []);
	});
});

describe('find references', () => {
	const docs = load();
	const references = (file: JsonFileKind, needle: string, includeDeclaration: boolean, occurrence = 0) =>
		referencesAt(docs, file, at(file, needle, occurrence), includeDeclaration).map((r) => show(docs, r));

	it('lists every use of a definition, from its key, with or without the declaration', () => {
		assert.deepEqual(references('swagger', '"Owner": {', true), [
			'swagger:163:4 "Owner"',
			'swagger:106:22 "#/definitions/Owner/properties/name"',
			'swagger:155:18 "#/definitions/Owner"',
			'swagger:183:16 "#/definitions/Owner"',
		]);
		assert.deepEqual(references('swagger', '"Owner": {', false), [
			'swagger:106:22 "#/definitions/Owner/properties/name"',
			'swagger:155:18 "#/definitions/Owner"',
			'swagger:183:16 "#/definitions/Owner"',
		]);
	});

	it('lists the same from a reference', () => {
		assert.deepEqual(references('swagger', '"#/definitions/Pet"', true, 1), ['swagger:151:4 "Pet"', 'swagger:33:24 "#/definitions/Pet"', 'swagger:68:22 "#/definitions/Pet"']);
	});

	it('lists every use of an operationId across both files', () => {
		assert.deepEqual(references('swagger', '"CreatePet"', true), ['swagger:43:23 "CreatePet"', 'apiProperties:31:12 "CreatePet"', 'apiProperties:37:6 "CreatePet"']);
		assert.deepEqual(references('apiProperties', '"ListPets"', false), ['swagger:198:21 "ListPets"', 'apiProperties:30:12 "ListPets"']);
	});

	it('lists every extension that calls an operation', () => {
		assert.deepEqual(references('swagger', '"ListKinds"', false), [
			'swagger:51:29 "ListKinds"',
			'swagger:60:29 "ListKinds"',
			'swagger:125:25 "ListKinds"',
			'swagger:134:31 "ListKinds"',
			'swagger:202:23 "ListKinds"',
		]);
	});
});

describe('rename', () => {
	it('prepares a $ref rename on the name segment only', () => {
		const docs = load();
		const prepared = prepareRenameAt(docs, 'swagger', at('swagger', '"#/definitions/Pet~1Summary"'))!;
		assert.equal(show(docs, { file: 'swagger', range: prepared.range }), 'swagger:76:37 Pet~1Summary');
		assert.equal(prepared.placeholder, 'Pet/Summary');
		const key = prepareRenameAt(docs, 'swagger', at('swagger', '"PageSize": {'))!;
		assert.equal(show(docs, { file: 'swagger', range: key.range }), 'swagger:173:5 PageSize');
		const operation = prepareRenameAt(docs, 'apiProperties', at('apiProperties', '"ListPets"'))!;
		assert.equal(show(docs, { file: 'apiProperties', range: operation.range }), 'apiProperties:30:13 ListPets');
	});

	it('prepares a range inside the text for a string the end of a broken document cut off', () => {
		// `"operationId": "` at the very end: the string is one quote long, and leaving out a closing quote it does not
		// have gave a range that ended before it started (found by the fuzzer).
		const cut = TEXTS.swagger.indexOf('"operationId": "') + '"operationId": "'.length;
		const docs = load({ swagger: TEXTS.swagger.slice(0, cut), apiProperties: TEXTS.apiProperties });
		const prepared = prepareRenameAt(docs, 'swagger', cut)!;
		assert.deepEqual([docs.swagger!.lines.offsetAt(prepared.range.start), docs.swagger!.lines.offsetAt(prepared.range.end)], [cut, cut]);
	});

	it('renames the definition a key written twice means, the last one, so every reference keeps its target', () => {
		const text = '{"definitions": {"A": {"type": "string"}, "A": {"type": "integer"}}, "paths": {"/p": {"get": {"responses": {"200": {"description": "", "schema": {"$ref": "#/definitions/A"}}}}}}}';
		const docs = load({ swagger: text });
		const renamed = renameAt(docs, 'swagger', text.indexOf('#/definitions/A'), 'B');
		assert.ok(renamed.ok);
		const after = applyEdits(text, renamed.edits.swagger ?? []);
		assert.equal(after, text.replace('"A": {"type": "integer"}', '"B": {"type": "integer"}').replace('#/definitions/A', '#/definitions/B'));
		assert.deepEqual((JSON.parse(after) as { definitions: unknown }).definitions, { A: { type: 'string' }, B: { type: 'integer' } });
	});

	it('prepares nothing where there is nothing to rename', () => {
		const docs = load();
		assert.equal(prepareRenameAt(docs, 'swagger', at('swagger', '"List pets"')), undefined);
		assert.equal(prepareRenameAt(docs, 'swagger', at('swagger', '"api_key"')), undefined);
	});

	it('renames a definition with pointer escaping (~0 for ~, ~1 for /) in every $ref', () => {
		const docs = load();
		const result = renameAt(docs, 'swagger', at('swagger', '"Pet/Summary"'), 'Pet~Brief/Short');
		assert.ok(result.ok);
		assert.deepEqual(Object.keys(result.edits), ['swagger']);
		const renamed = applyEdits(TEXTS.swagger, result.edits.swagger!);
		assert.equal(
			renamed,
			TEXTS.swagger.replace('"Pet/Summary": {', '"Pet~Brief/Short": {').replace('"#/definitions/Pet~1Summary"', '"#/definitions/Pet~0Brief~1Short"'),
		);
		const after = load({ swagger: renamed });
		assert.deepEqual(definitionAt(after, 'swagger', renamed.indexOf('#/definitions/Pet~0Brief')).map((r) => show(after, r)), ['swagger:159:4 "Pet~Brief/Short"']);
	});

	it('renames a definition used in deeper pointers, keeping the rest of each pointer', () => {
		const docs = load();
		const result = renameAt(docs, 'swagger', at('swagger', '"#/definitions/Owner"'), 'Person');
		assert.ok(result.ok);
		assert.equal(applyEdits(TEXTS.swagger, result.edits.swagger!), TEXTS.swagger.replaceAll('#/definitions/Owner', '#/definitions/Person').replace('"Owner": {', '"Person": {'));
	});

	it('renames a shared parameter and a shared response', () => {
		const docs = load();
		const parameter = renameAt(docs, 'swagger', at('swagger', '"#/parameters/PageSize"'), 'Top');
		assert.ok(parameter.ok);
		assert.equal(applyEdits(TEXTS.swagger, parameter.edits.swagger!), TEXTS.swagger.replace('#/parameters/PageSize', '#/parameters/Top').replace('"PageSize": {', '"Top": {'));
		const response = renameAt(docs, 'swagger', at('swagger', '"Error": {'), 'Problem');
		assert.ok(response.ok);
		assert.equal(applyEdits(TEXTS.swagger, response.edits.swagger!), TEXTS.swagger.replace('#/responses/Error', '#/responses/Problem').replace('"Error": {', '"Problem": {'));
	});

	it('renames an operationId in both files with one result', () => {
		const docs = load();
		const result = renameAt(docs, 'apiProperties', at('apiProperties', '"CreatePet"', 1), 'AddPet');
		assert.ok(result.ok);
		assert.equal(applyEdits(TEXTS.swagger, result.edits.swagger!), TEXTS.swagger.replace('"operationId": "CreatePet"', '"operationId": "AddPet"'));
		assert.equal(applyEdits(TEXTS.apiProperties, result.edits.apiProperties!), TEXTS.apiProperties.replaceAll('"CreatePet"', '"AddPet"'));
		const everyUse = renameAt(docs, 'swagger', at('swagger', '"ListKinds"'), 'ListSpecies');
		assert.ok(everyUse.ok);
		assert.equal(applyEdits(TEXTS.swagger, everyUse.edits.swagger!), TEXTS.swagger.replaceAll('"ListKinds"', '"ListSpecies"'));
	});

	it('writes a % in a new name so that the reference still resolves', () => {
		const docs = load();
		const result = renameAt(docs, 'swagger', at('swagger', '"Pet": {'), 'Pet 100%');
		assert.ok(result.ok);
		const renamed = applyEdits(TEXTS.swagger, result.edits.swagger!);
		assert.ok(renamed.includes('"#/definitions/Pet 100%25"'));
		const after = load({ swagger: renamed });
		assert.deepEqual(definitionAt(after, 'swagger', renamed.indexOf('#/definitions/Pet 100%25')).map((r) => show(after, r)), ['swagger:151:4 "Pet 100%"']);
	});

	it('refuses an empty name or one already taken', () => {
		const docs = load();
		assert.deepEqual(renameAt(docs, 'swagger', at('swagger', '"Pet": {'), ' '), { ok: false, message: 'The new name of the definition must not be empty.' });
		assert.deepEqual(renameAt(docs, 'swagger', at('swagger', '"Pet": {'), 'Owner'), { ok: false, message: "A definition named 'Owner' already exists." });
		assert.deepEqual(renameAt(docs, 'swagger', at('swagger', '"PageSize": {'), 'PageSize '), { ok: true, edits: { swagger: [{ offset: at('swagger', '"PageSize": {') - 1, length: 10, content: '"PageSize "' }, { offset: at('swagger', '"#/parameters/PageSize"') - 1, length: 23, content: '"#/parameters/PageSize "' }] } });
		assert.deepEqual(renameAt(docs, 'swagger', at('swagger', '"CreatePet"'), 'ListPets'), { ok: false, message: "Another operation already has the operationId 'ListPets'." });
		assert.deepEqual(renameAt(docs, 'swagger', at('swagger', '"List pets"'), 'X'), {
			ok: false,
			message: 'Only a definition, a shared parameter, a shared response or an operationId can be renamed here.',
		});
	});

	it('changes nothing when the name stays the same', () => {
		assert.deepEqual(renameAt(load(), 'swagger', at('swagger', '"Pet": {'), 'Pet'), { ok: true, edits: {} });
	});
});
