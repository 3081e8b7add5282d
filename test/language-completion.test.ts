/**
 * Completion logic over parsed documents (no protocol): which items are offered where the cursor is, what each
 * inserts and which text it replaces. Texts are the editor fixture with a cursor `|` typed into them.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, it } from 'node:test';
import type { JsonFileKind } from '../server/src/core/connector';
import { parseText } from '../server/src/engine/parsedFile';
import { completionsAt, levelOfPath, valueContextAt, type CompletionEntry } from '../server/src/language/completion';

const FIXTURE = path.resolve(__dirname, 'fixtures', 'editor', 'invoices');
const SWAGGER = readFileSync(path.join(FIXTURE, 'apiDefinition.swagger.json'), 'utf8');
const API_PROPERTIES = readFileSync(path.join(FIXTURE, 'apiProperties.json'), 'utf8');

/** `text` with `needle` replaced by `replacement`, which marks the cursor with `|`. */
function typed(text: string, needle: string, replacement: string): string {
	const at = text.indexOf(needle);
	assert.ok(at >= 0 && text.indexOf(needle, at + 1) < 0, `"${needle}" occurs once`);
	return text.slice(0, at) + replacement + text.slice(at + needle.length);
}

async function complete(kind: JsonFileKind, textWithCursor: string, swaggerText = SWAGGER): Promise<{ text: string; items: CompletionEntry[] }> {
	const offset = textWithCursor.indexOf('|');
	const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
	const items = await completionsAt({ kind, text, doc: () => parseText(text).doc, offset, swagger: async () => parseText(swaggerText).doc });
	return { text, items };
}

function replaced(text: string, item: CompletionEntry): string {
	return text.slice(item.range.offset, item.range.offset + item.range.length);
}

const labels = (items: CompletionEntry[], kind = 'property') => items.filter((i) => i.kind === kind).map((i) => i.label);

describe('completion of x-ms keys', () => {
	it('offers the operation-level keys not already present, with a value skeleton and a comma before the next key', async () => {
		const { text, items } = await complete('swagger', typed(SWAGGER, '"operationId": "ListStatuses",\n        "summary"', '"x-ms-|\n        "operationId": "ListStatuses",\n        "summary"'));
		assert.deepEqual(labels(items), [
			'x-ms-capabilities',
			'x-ms-api-annotation',
			'x-ms-trigger',
			'x-ms-agentic-protocol',
			'x-ms-trigger-hint',
			'x-ms-trigger-metadata',
			'x-ms-notification',
			'x-ms-notification-content',
			'x-ms-operation-context',
			'x-ms-no-generic-test',
			'x-ms-openai-data',
		]);
		// x-ms-pageable comes as the snippet from snippets/ (which writes the same key), not twice.
		assert.deepEqual(
			items.filter((i) => i.label === 'x-ms-pageable').map((i) => [i.kind, i.snippet]),
			[['snippet', true]],
		);
		const trigger = items.find((i) => i.label === 'x-ms-trigger')!;
		assert.equal(trigger.insertText, '"x-ms-trigger": "${1|single,batch|}",');
		assert.equal(trigger.snippet, true);
		assert.equal(trigger.filterText, '"x-ms-trigger"');
		assert.equal(replaced(text, trigger), '"x-ms-');
		assert.match(trigger.documentation!, /^\*\*x-ms-trigger\*\* \(string\)/);
	});

	it('offers parameter keys in a parameter and schema keys in a definition property', async () => {
		const parameter = await complete('swagger', typed(SWAGGER, '"name": "status",', '"name": "status",\n            |'));
		assert.deepEqual(labels(parameter.items), [
			'x-ms-visibility',
			'x-ms-notification-url',
			'x-ms-url-encoding',
			'x-ms-dynamic-properties',
			'x-ms-dynamic-tree',
			'x-ms-enum-values',
			'x-ms-test-value',
			'x-ms-editor',
			'x-ms-editor-options',
		]);
		// Nothing follows on the line but another key: the item ends with a comma; typed at no string: empty range.
		const visibility = parameter.items.find((i) => i.label === 'x-ms-visibility')!;
		assert.equal(visibility.insertText, '"x-ms-visibility": "${1|important,advanced,internal|}",');
		assert.equal(visibility.range.length, 0);
		assert.equal(visibility.filterText, 'x-ms-visibility');

		const schema = await complete('swagger', typed(SWAGGER, '"x-ms-summary": "Invoice ID"', '"x-ms-summary": "Invoice ID",\n          "|"'));
		assert.ok(schema.items.some((i) => i.label === 'x-ms-dynamic-values'));
		assert.ok(!labels(schema.items).includes('x-ms-summary'));
		assert.ok(!labels(schema.items).includes('x-ms-url-encoding'));
		// The last key of its object: no comma.
		assert.equal(schema.items.find((i) => i.label === 'x-ms-visibility')!.insertText, '"x-ms-visibility": "${1|important,advanced,internal|}"');
	});

	it('offers response, path item, info and root keys', async () => {
		const response = await complete('swagger', typed(SWAGGER, '"description": "OK",\n            "schema"', '"x|": 1,\n"description": "OK",\n            "schema"'));
		assert.deepEqual(labels(response.items), ['x-ms-dynamic-schema', 'x-ms-dynamic-properties']);
		// The key of an existing property is replaced by the key alone.
		assert.equal(response.items[0].insertText, '"x-ms-dynamic-schema"');
		assert.equal(response.items[0].snippet, false);

		const pathItem = await complete('swagger', typed(SWAGGER, '"/statuses": {', '"/statuses": {\n      "|'));
		assert.deepEqual(labels(pathItem.items), ['x-ms-notification-content']);
		const info = await complete('swagger', typed(SWAGGER, '"title": "Invoices",', '"title": "Invoices",\n    "|'));
		assert.deepEqual(labels(info.items), ['x-ms-api-annotation', 'x-ms-deployment-version']);
		const root = await complete('swagger', typed(SWAGGER, '"swagger": "2.0",', '"swagger": "2.0",\n  "|"'));
		assert.deepEqual(labels(root.items), ['x-ms-openai-manifest', 'x-ms-openai-data']);
		// Keys already at the root are offered neither as keys nor as snippets.
		assert.ok(!root.items.some((i) => i.label === 'x-ms-connector-metadata' || i.label.startsWith('x-ms-capabilities')));
		const bare = await complete('swagger', typed(SWAGGER, '"x-ms-connector-metadata": [', '"|"\n  "x-ms-connector-": ['));
		assert.deepEqual(bare.items.filter((i) => i.label.startsWith('x-ms-c')).map((i) => [i.label, i.kind]), [['x-ms-connector-metadata', 'snippet']]);
	});

	it('offers the item snippets where an item of a parameters array goes', async () => {
		const { items } = await complete('swagger', typed(SWAGGER, '"parameters": [\n          {\n            "name": "status"', '"parameters": [\n          |\n          {\n            "name": "status"'));
		assert.deepEqual(
			items.map((i) => [i.label, i.kind]),
			[
				['Query parameter', 'snippet'],
				['Path parameter', 'snippet'],
				['Header parameter', 'snippet'],
				['Body parameter', 'snippet'],
			],
		);
		assert.match(items[0].insertText, /^\{\n[\s\S]*\},$/);
		assert.equal(items[0].range.length, 0);
	});

	it('offers no keys where keys are data: property names, paths, inside extension values', async () => {
		for (const [needle, replacement] of [
			['"properties": {\n        "id"', '"properties": {\n        "|",\n        "id"'],
			['"paths": {', '"paths": {\n    "|",'],
			['"operationId": "ListStatuses",\n              "parameters": {}', '"operationId": "ListStatuses",\n              "parameters": { "|" }'],
		]) {
			const { items } = await complete('swagger', typed(SWAGGER, needle, replacement));
			assert.deepEqual(labels(items), [], needle);
		}
	});

	it('knows the keys already there while a key is half typed, in nested and empty objects', async () => {
		// `"x-ms-summary` without its closing quote makes the document broken; x-ms-summary is still known as present.
		const nested = await complete('swagger', typed(SWAGGER, '"name": "pageSize",', '"name": "pageSize",\n      "x-ms-s|'));
		assert.ok(!nested.items.some((i) => i.label === 'x-ms-summary'));
		assert.ok(nested.items.some((i) => i.label === 'x-ms-visibility'));
		const empty = await complete('swagger', typed(SWAGGER, '"description": "An error."', '"description": "An error.",\n      "headers": { "Location": { "|" } }'));
		assert.deepEqual(labels(empty.items), ['x-ms-summary']);
	});

	it('completes keys from the text alone: a key typed never waits for a parse of the whole file', async () => {
		const withCursor = typed(SWAGGER, '"name": "pageSize",', '"name": "pageSize",\n      "x-ms-s|');
		const offset = withCursor.indexOf('|');
		const text = withCursor.slice(0, offset) + withCursor.slice(offset + 1);
		const unparsed = await completionsAt({ kind: 'swagger', text, offset, doc: () => assert.fail('the document was parsed') });
		assert.deepEqual(unparsed, (await complete('swagger', withCursor)).items);
		assert.ok(unparsed.some((i) => i.label === 'x-ms-visibility'));
	});

	it('classifies object paths by the kind of object', () => {
		assert.equal(levelOfPath([]), 'root');
		assert.equal(levelOfPath(['paths', '/a']), 'pathItem');
		assert.equal(levelOfPath(['paths', '/a', 'post']), 'operation');
		assert.equal(levelOfPath(['paths', '/a', 'parameters', 0]), 'parameter');
		assert.equal(levelOfPath(['paths', '/a', 'post', 'parameters', 1, 'schema', 'properties', 'x', 'items']), 'schema');
		assert.equal(levelOfPath(['paths', '/a', 'post', 'responses', '200']), 'response');
		assert.equal(levelOfPath(['paths', '/a', 'post', 'responses', '200', 'headers', 'Location']), 'header');
		assert.equal(levelOfPath(['paths', '/a', 'post', 'x-ms-notification-content', 'schema']), 'schema');
		assert.equal(levelOfPath(['parameters', 'P', 'items']), 'items');
		assert.equal(levelOfPath(['definitions', 'D', 'properties']), undefined);
		assert.equal(levelOfPath(['paths', '/a', 'post', 'x-ms-dynamic-values']), undefined);
		assert.equal(levelOfPath(['securityDefinitions', 'oauth']), 'securityDefinition');
	});
});

describe('completion of values', () => {
	it('offers the x-ms-visibility values in place of the string being typed', async () => {
		const { text, items } = await complete('swagger', typed(SWAGGER, '"x-ms-visibility": "internal"', '"x-ms-visibility": "in|"'));
		assert.deepEqual(labels(items, 'value'), ['important', 'advanced', 'internal']);
		const internal = items[2];
		assert.equal(internal.insertText, '"internal"');
		assert.equal(internal.filterText, '"internal"');
		assert.equal(replaced(text, internal), '"in"');
		assert.equal(internal.detail, 'x-ms-visibility');
	});

	it('offers values right after the colon', async () => {
		const { items } = await complete('swagger', typed(SWAGGER, '"x-ms-summary": "Status",', '"x-ms-summary": "Status",\n            "x-ms-url-encoding": |,'));
		assert.deepEqual(labels(items, 'value'), ['single', 'double']);
		assert.equal(items[0].range.length, 0);
		assert.equal(items[0].filterText, 'single');
		assert.equal(items[0].insertText, '"single"');
		const trigger = await complete('swagger', typed(SWAGGER, '"x-ms-visibility": "internal"', '"x-ms-trigger":|'));
		assert.deepEqual(
			trigger.items.map((i) => i.insertText),
			[' "single"', ' "batch"'],
		);
		const protocol = await complete('swagger', typed(SWAGGER, '"x-ms-visibility": "internal"', '"x-ms-agentic-protocol":|'));
		assert.deepEqual(
			protocol.items.map((i) => i.insertText),
			[' "mcp-streamable-1.0"'],
		);
	});

	it('completes one category of a semicolon-separated list, and the metadata property names', async () => {
		const { text, items } = await complete('swagger', typed(SWAGGER, '"Finance;Productivity"', '"Finance;Pro|"'));
		assert.equal(items.length, 19);
		const productivity = items.find((i) => i.label === 'Productivity')!;
		assert.equal(productivity.insertText, 'Productivity');
		assert.equal(replaced(text, productivity), 'Pro');
		const names = await complete('swagger', typed(SWAGGER, '"propertyName": "Website"', '"propertyName": "|"'));
		assert.deepEqual(labels(names.items, 'value'), ['Website', 'Privacy policy', 'Categories']);
	});

	it('offers operationIds in x-ms-dynamic-values and testConnection, with method and path', async () => {
		const dynamic = await complete('swagger', typed(SWAGGER, '"operationId": "ListStatuses",\n              "parameters"', '"operationId": "|",\n              "parameters"'));
		assert.deepEqual(
			dynamic.items.map((i) => [i.label, i.detail, i.documentation, i.insertText]),
			[
				['ListInvoices', 'GET /invoices', 'List invoices', '"ListInvoices"'],
				['ListStatuses', 'GET /statuses', 'List statuses', '"ListStatuses"'],
			],
		);
		const test = await complete('swagger', typed(SWAGGER, '"testConnection": {\n      "operationId": "ListStatuses"', '"testConnection": {\n      "operationId": "Li|"'));
		assert.deepEqual(labels(test.items, 'operation'), ['ListInvoices', 'ListStatuses']);
		assert.equal(replaced(test.text, test.items[0]), '"Li"');
	});

	it('knows every place that names an operation', () => {
		const places: [(string | number)[], string][] = [
			[['paths', '/a', 'get', 'parameters', 0, 'x-ms-dynamic-list', 'operationId'], 'x-ms-dynamic-list'],
			[['definitions', 'D', 'properties', 'p', 'x-ms-dynamic-schema', 'operationId'], 'x-ms-dynamic-schema'],
			[['paths', '/a', 'get', 'parameters', 0, 'x-ms-dynamic-tree', 'browse', 'operationId'], 'x-ms-dynamic-tree'],
			[['x-ms-capabilities', 'file-picker', 'open', 'operationId'], 'x-ms-capabilities'],
			[['x-ms-capabilities', 'testConnection', 'operationId'], 'x-ms-capabilities'],
			[['paths', '/a', 'get', 'x-ms-notification', 'operationId'], 'x-ms-notification'],
			[['paths', '/a', 'get', 'x-ms-operation-context', 'simulate', 'operationId'], 'x-ms-operation-context'],
		];
		for (const [path, key] of places) {
			assert.deepEqual(valueContextAt('swagger', path, {}), { kind: 'operationId', key }, path.join('/'));
		}
		assert.equal(valueContextAt('swagger', ['paths', '/a', 'get', 'operationId'], {}), undefined);
		assert.deepEqual(valueContextAt('apiProperties', ['properties', 'scriptOperations', 0], {}), { kind: 'operationId', key: 'scriptOperations' });
	});

	it('offers $ref targets by context: parameters, responses, definitions', async () => {
		const parameter = await complete('swagger', typed(SWAGGER, '"$ref": "#/parameters/PageSize"', '"$ref": "#/|"'));
		assert.deepEqual(labels(parameter.items, 'reference'), ['#/parameters/PageSize']);
		assert.equal(parameter.items[0].detail, 'integer in query');
		assert.equal(replaced(parameter.text, parameter.items[0]), '"#/"');
		const response = await complete('swagger', typed(SWAGGER, '"$ref": "#/responses/Error"', '"$ref": "|"'));
		assert.deepEqual(labels(response.items, 'reference'), ['#/responses/Error']);
		const schema = await complete('swagger', typed(SWAGGER, '"$ref": "#/definitions/InvoiceList"', '"$ref": "#/definitions/|"'));
		assert.deepEqual(
			schema.items.map((i) => [i.label, i.detail, i.documentation]),
			[
				['#/definitions/InvoiceList', 'object', 'A page of invoices.'],
				['#/definitions/Invoice', 'object', 'An invoice.'],
			],
		);
	});

	it('offers nothing in values without a known set', async () => {
		const { items } = await complete('swagger', typed(SWAGGER, '"title": "Invoices"', '"title": "Inv|"'));
		assert.deepEqual(items, []);
	});
});

describe('completion in apiProperties.json', () => {
	it('offers connection parameter types, template ids and policy sections', async () => {
		const type = await complete('apiProperties', typed(API_PROPERTIES, '"type": "string"', '"type": "|"'));
		assert.deepEqual(labels(type.items, 'value'), ['string', 'securestring', 'int', 'bool', 'oauthSetting', 'gatewaySetting']);
		const template = await complete('apiProperties', typed(API_PROPERTIES, '"templateId": "dynamichosturl"', '"templateId": "|"'));
		assert.equal(template.items.length, 13);
		assert.equal(template.items[0].label, 'convertarraytoobject');
		const section = await complete('apiProperties', typed(API_PROPERTIES, '"parameters": {', '"parameters": {\n          "x-ms-apimTemplate-policySection": "|",'));
		assert.deepEqual(labels(section.items, 'value'), ['Request', 'Response', 'Failure']);
	});

	it('offers identity providers and redirect modes in oAuthSettings', async () => {
		const oauth = typed(API_PROPERTIES, '"region": {', '"oauth": { "type": "oauthSetting", "oAuthSettings": { "identityProvider": "|", "redirectMode": "Global" } },\n      "region": {');
		const providers = await complete('apiProperties', oauth);
		assert.deepEqual(labels(providers.items, 'value'), ['oauth2', 'oauth2generic', 'aad', 'aadcertificate', 'facebook']);
		const modes = await complete('apiProperties', oauth.replace('"identityProvider": "|"', '"identityProvider": "aad"').replace('"redirectMode": "Global"', '"redirectMode": "G|"'));
		assert.deepEqual(labels(modes.items, 'value'), ['GlobalPerConnector', 'Global', 'Direct']);
	});

	it('offers the definition\'s operationIds in a policy\'s operation list', async () => {
		const { items } = await complete('apiProperties', typed(API_PROPERTIES, '"ListInvoices"\n', '"ListInvoices",\n            "|"\n'));
		assert.deepEqual(
			items.map((i) => [i.label, i.detail]),
			[
				['ListInvoices', 'GET /invoices'],
				['ListStatuses', 'GET /statuses'],
			],
		);
	});

	it('offers operationIds where a new item of the operation list goes, quoted', async () => {
		const { items } = await complete('apiProperties', typed(API_PROPERTIES, '"ListInvoices"\n', '"ListInvoices",\n            |\n'));
		assert.deepEqual(
			items.map((i) => [i.label, i.insertText, i.range.length]),
			[
				['ListInvoices', '"ListInvoices"', 0],
				['ListStatuses', '"ListStatuses"', 0],
			],
		);
	});

	it('offers connection parameter names inside @connectionParameters(\'…\')', async () => {
		const { text, items } = await complete('apiProperties', typed(API_PROPERTIES, "@connectionParameters('region')", "@connectionParameters('re|')"));
		assert.deepEqual(
			items.map((i) => [i.label, i.detail, i.documentation, i.insertText]),
			[
				['api_key', 'connection parameter (securestring)', 'API Key', 'api_key'],
				['region', 'connection parameter (string)', 'Region', 'region'],
			],
		);
		assert.equal(replaced(text, items[0]), 're');
	});

	it('offers the policy parameter keys in a policy instance\'s parameters', async () => {
		const { items } = await complete('apiProperties', typed(API_PROPERTIES, '"parameters": {', '"parameters": {\n          "|'));
		// The operation list is there already.
		assert.deepEqual(labels(items), ['x-ms-apimTemplate-policySection']);
		assert.equal(items[0].insertText, '"x-ms-apimTemplate-policySection": "${1|Request,Response,Failure|}",');
	});
});
