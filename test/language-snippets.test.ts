import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import type { JsonPath } from '../server/src/core/json';
import { SNIPPET_CONTEXTS, SNIPPET_FILES, expandSnippetDefaults, snippetCompletions, type SnippetDefinition, type SnippetFile } from '../server/src/language/snippets';
import { POLICY_TEMPLATES } from '../server/src/rules/policies/_policies';
import { checkConnector } from '../server/src/engine/run';
import { parseText } from '../server/src/engine/parsedFile';
import { RULES, findRule } from '../server/src/rules/index';
import { runRule } from './helpers/ruleTester';

const labelsAt = (kind: 'swagger' | 'apiProperties', objectPath: JsonPath, atKey = true) => snippetCompletions({ kind, objectPath, atKey }).map((item) => item.label);
const jsonFiles = SNIPPET_FILES.filter((file) => file.file !== 'intro');
const all = SNIPPET_FILES.flatMap((file) => file.snippets.map((snippet) => ({ file: file.file, snippet })));
const shapeOf = (file: SnippetFile, snippet: SnippetDefinition) => (SNIPPET_CONTEXTS[file.file] as Record<string, string>)[snippet.context[0]];

// ---- The data files

test('snippet ids are unique and every snippet has its fields', () => {
	const ids = all.map(({ snippet }) => snippet.id);
	assert.deepEqual(ids.filter((id, i) => ids.indexOf(id) !== i), []);
	for (const { snippet } of all) {
		for (const field of ['id', 'label', 'detail', 'description'] as const) {
			assert.ok(typeof snippet[field] === 'string' && snippet[field].trim().length > 0, `${snippet.id}: ${field}`);
		}
		assert.ok(Array.isArray(snippet.body) && snippet.body.length > 0, `${snippet.id}: body`);
		assert.ok(snippet.context.length > 0, `${snippet.id}: context`);
	}
	assert.deepEqual(SNIPPET_FILES.map((file) => file.file), ['swagger', 'apiProperties', 'intro']);
});

test('every snippet context is one its file kind knows, and every rule it is clean for exists', () => {
	for (const { file, snippet } of all) {
		for (const context of snippet.context) {
			assert.ok(Object.hasOwn(SNIPPET_CONTEXTS[file], context), `${snippet.id}: unknown context ${context}`);
		}
		// One snippet fits contexts of one shape (members or an item), so its body has one form.
		assert.equal(new Set(snippet.context.map((context) => (SNIPPET_CONTEXTS[file] as Record<string, string>)[context])).size, 1, snippet.id);
		for (const ruleId of snippet.cleanFor ?? []) {
			assert.ok(findRule(ruleId), `${snippet.id}: unknown rule ${ruleId}`);
		}
	}
});

test('every JSON snippet body is valid JSON once its placeholders take their defaults', () => {
	for (const file of jsonFiles) {
		for (const snippet of file.snippets) {
			const text = expandSnippetDefaults(snippet.body.join('\n'));
			if (shapeOf(file, snippet) === 'member') {
				assert.doesNotThrow(() => JSON.parse(`{${text}}`), snippet.id);
			} else {
				// Item bodies are one object on their own lines, so the provider can offer them without the braces.
				assert.equal(snippet.body[0], '{', snippet.id);
				assert.equal(snippet.body[snippet.body.length - 1], '}', snippet.id);
				assert.equal(typeof JSON.parse(text), 'object', snippet.id);
			}
		}
	}
});

test('every JSON snippet body is laid out as tab-indented JSON (one member or value per line)', () => {
	// The completion layer re-indents bodies from tabs, so a consistent layout is all it needs.
	for (const file of jsonFiles) {
		for (const snippet of file.snippets) {
			const text = expandSnippetDefaults(snippet.body.join('\n'));
			if (shapeOf(file, snippet) === 'member') {
				const indented = `{\n${text.split('\n').map((line) => `\t${line}`).join('\n')}\n}`;
				assert.equal(indented, JSON.stringify(JSON.parse(indented), null, '\t'), snippet.id);
			} else {
				assert.equal(text, JSON.stringify(JSON.parse(text), null, '\t'), snippet.id);
			}
		}
	}
});

test('expandSnippetDefaults takes defaults, first choices and escapes', () => {
	assert.equal(expandSnippetDefaults('"${1:List ${2:items}}": ${3|false,true|}, "\\$ref": "$4${5}"$0'), '"List items": false, "$ref": ""');
	assert.equal(expandSnippetDefaults('${1:a \\} b}'), 'a } b');
	assert.throws(() => expandSnippetDefaults('${1:open'), /Unclosed placeholder/);
	assert.throws(() => expandSnippetDefaults('"$ref": "#/definitions/Item"'), /Unescaped \$ at 1/);
});

test('the intro.md snippets use the six template headings of the certification template, in order', () => {
	const intro = SNIPPET_FILES.find((file) => file.file === 'intro')!;
	const headings = ['## Prerequisites', '## How to get credentials', '## Get started with your connector', '## Known issues and limitations', '## Common errors and remedies', '## FAQ'];
	const template = intro.snippets.find((snippet) => snippet.id === 'intro.template')!;
	const text = expandSnippetDefaults(template.body.join('\n'));
	assert.deepEqual(text.split('\n').filter((line) => line.startsWith('#')), headings);
	assert.ok(!text.startsWith('#'), 'the description paragraph comes first, without a heading');
	assert.deepEqual(intro.snippets.filter((snippet) => snippet !== template).map((snippet) => snippet.body[0]), headings);
});

test('there is a policy instance snippet for every published template id, with its required parameters', () => {
	const api = SNIPPET_FILES.find((file) => file.file === 'apiProperties')!;
	for (const template of POLICY_TEMPLATES.filter((candidate) => candidate.source === 'APS')) {
		const snippet = api.snippets.find((candidate) => candidate.id === `apiProperties.policy.${template.id}`);
		assert.ok(snippet, template.id);
		const instance = JSON.parse(expandSnippetDefaults(snippet.body.join('\n')));
		assert.equal(instance.templateId, template.id);
		const required = Object.entries(template.parameters ?? {}).filter(([, spec]) => spec.required).map(([key]) => `x-ms-apimTemplateParameter.${key}`);
		assert.deepEqual(required.filter((key) => !(key in instance.parameters)), [], template.id);
		if (template.policySectionRequired) {
			assert.ok('x-ms-apimTemplate-policySection' in instance.parameters, template.id);
		}
	}
});

test('the snippet data is bundled into the server (read from the JSON modules, not from disk at run time)', () => {
	const source = readFileSync(new URL('../server/src/language/snippets.ts', import.meta.url), 'utf8');
	assert.match(source, /from '..\/..\/..\/snippets\/swagger\.json'/);
	assert.doesNotMatch(source, /node:fs|readFileSync/);
});

// ---- Where snippets are offered

test('operations and the polling trigger are offered at a key of a path item', () => {
	assert.deepEqual(labelsAt('swagger', ['paths', '/items']), ['GET operation', 'POST operation', 'PUT operation', 'PATCH operation', 'DELETE operation', 'MCP server endpoint', 'Polling trigger']);
	const [get] = snippetCompletions({ kind: 'swagger', objectPath: ['paths', '/items'], atKey: true });
	assert.equal(get.detail, '"get": an operation with summary, description, operationId, visibility, parameters and responses');
	assert.match(get.body, /^"get": \{\n\t"summary": "\$\{1:List items\}",/);
	assert.match(get.documentation ?? '', /x-ms-visibility/);
});

test('root snippets are offered at the root key, and operations are not', () => {
	assert.deepEqual(labelsAt('swagger', []), ['x-ms-connector-metadata', 'x-ms-capabilities with testConnection']);
	assert.deepEqual(labelsAt('swagger', ['paths']), ['Webhook trigger with its delete operation']);
	assert.deepEqual(labelsAt('swagger', ['info']), ['contact']);
	assert.deepEqual(labelsAt('swagger', ['x-ms-capabilities']), ['testConnection']);
	assert.deepEqual(labelsAt('swagger', ['paths', '/items', 'get']), ['x-ms-pageable']);
	assert.deepEqual(labelsAt('swagger', ['paths', '/items', 'get', 'responses']), ['Response with schema']);
	assert.deepEqual(labelsAt('swagger', ['definitions']), ['Definition']);
	assert.deepEqual(labelsAt('swagger', ['securityDefinitions']), [
		'Security definition: OAuth 2.0 (generic)',
		'Security definition: OAuth 2.0 with Microsoft Entra ID',
		'Security definition: API key in a header',
		'Security definition: API key in the query string',
		'Security definition: Basic authentication',
	]);
});

test('nothing is offered in a value, or in an object no snippet fits', () => {
	assert.deepEqual(labelsAt('swagger', ['paths', '/items'], false), []);
	assert.deepEqual(labelsAt('swagger', [], false), []);
	assert.deepEqual(labelsAt('swagger', ['info', 'contact']), []);
	assert.deepEqual(labelsAt('swagger', ['paths', '/items', 'get', 'responses', '200']), []);
	assert.deepEqual(labelsAt('swagger', ['tags', 0]), []);
	assert.deepEqual(labelsAt('swagger', ['x-ms-connector-metadata', 0]), []);
	assert.deepEqual(labelsAt('swagger', ['paths', '/items', 'get', 'parameters']), [], 'an array, yet the cursor is at a key');
	// A path item named like a keyword is still a path item; a definition named "paths" is a schema.
	assert.deepEqual(labelsAt('swagger', ['paths', 'paths']).length, 7);
	assert.deepEqual(labelsAt('swagger', ['definitions', 'paths']), ['x-ms-dynamic-values', 'x-ms-dynamic-list', 'x-ms-dynamic-schema']);
	// apiProperties snippets are not offered in a swagger and the other way round.
	assert.deepEqual(labelsAt('apiProperties', ['paths', '/items']), []);
	assert.ok(!labelsAt('swagger', []).some((label) => label.startsWith('apiProperties')));
});

test('parameters are offered as whole items in a parameters array, and as members in an empty item', () => {
	const parameterLabels = ['Query parameter', 'Path parameter', 'Header parameter', 'Body parameter'];
	assert.deepEqual(labelsAt('swagger', ['paths', '/items', 'get', 'parameters'], false), parameterLabels);
	assert.deepEqual(labelsAt('swagger', ['paths', '/items/{id}', 'parameters'], false), parameterLabels);
	const [query] = snippetCompletions({ kind: 'swagger', objectPath: ['paths', '/items', 'get', 'parameters'], atKey: false });
	assert.match(query.body, /^\{\n\t"name": "\$\{1:filter\}",\n/);
	assert.match(query.body, /\n\}$/);
	// At a key of an item object, the dynamic extensions fit too (a parameter is where they go).
	const inItem = snippetCompletions({ kind: 'swagger', objectPath: ['paths', '/items', 'get', 'parameters', 0], atKey: true });
	assert.deepEqual(inItem.map((item) => item.label), [...parameterLabels, 'x-ms-dynamic-values', 'x-ms-dynamic-list', 'x-ms-dynamic-schema']);
	assert.match(inItem[0].body, /^"name": "\$\{1:filter\}",\n"in": "query",\n/);
	assert.doesNotThrow(() => JSON.parse(`{${expandSnippetDefaults(inItem[0].body)}}`));
});

test('the dynamic extensions are offered in parameters and schemas', () => {
	const dynamic = ['x-ms-dynamic-values', 'x-ms-dynamic-list', 'x-ms-dynamic-schema'];
	assert.deepEqual(labelsAt('swagger', ['parameters', 'folderId']), dynamic);
	assert.deepEqual(labelsAt('swagger', ['paths', '/items', 'post', 'parameters', 0, 'schema']), dynamic);
	assert.deepEqual(labelsAt('swagger', ['paths', '/items', 'post', 'parameters', 0, 'schema', 'properties', 'folder']), dynamic);
	assert.deepEqual(labelsAt('swagger', ['definitions', 'Item', 'properties', 'tags', 'items']), dynamic);
	assert.deepEqual(labelsAt('swagger', ['paths', '/items', 'get', 'responses', '200', 'schema']), dynamic);
	assert.deepEqual(labelsAt('swagger', ['definitions', 'Item', 'properties']), [], 'the properties map is not a schema');
});

test('apiProperties snippets are offered at the root, in connectionParameters and in policyTemplateInstances', () => {
	assert.deepEqual(labelsAt('apiProperties', []), [
		'apiProperties: OAuth 2.0 (generic)',
		'apiProperties: Microsoft Entra ID',
		'apiProperties: an API key',
		'apiProperties: basic authentication',
		'apiProperties: no authentication',
	]);
	assert.deepEqual(labelsAt('apiProperties', ['properties', 'connectionParameters']), [
		'Connection parameter: OAuth 2.0 (generic)',
		'Connection parameter: Microsoft Entra ID',
		'Connection parameter: an API key',
		'Connection parameter: basic authentication',
		'Connection parameter: a text value',
	]);
	const policies = POLICY_TEMPLATES.filter((template) => template.source === 'APS').map((template) => `Policy: ${template.id}`);
	assert.deepEqual(labelsAt('apiProperties', ['properties', 'policyTemplateInstances'], false), policies);
	assert.deepEqual(labelsAt('apiProperties', ['properties', 'policyTemplateInstances', 0]), policies);
	assert.deepEqual(labelsAt('apiProperties', ['properties', 'policyTemplateInstances']), []);
	assert.deepEqual(labelsAt('apiProperties', ['properties', 'connectionParameters', 'token']), []);
	assert.deepEqual(labelsAt('apiProperties', [], false), []);
});

// ---- Each snippet, inserted where it fits, is clean for the rules it targets

const ITEM_SCHEMA = {
	type: 'object',
	properties: {
		id: { type: 'string', 'x-ms-summary': 'Item ID', description: 'The identifier of the item.' },
		name: { type: 'string', 'x-ms-summary': 'Name', description: 'The name of the item.' },
	},
};
const internalGet = (summary: string, operationId: string, schema: object) => ({
	get: { summary, description: `${summary}.`, operationId, 'x-ms-visibility': 'internal', responses: { 200: { description: 'OK', schema } } },
});

/** A swagger that the targeted rules find clean, with the operations the snippets' defaults name. */
function baseSwagger(): Record<string, unknown> {
	const listItems = internalGet('List items', 'ListItems', { type: 'object', properties: { value: { type: 'array', 'x-ms-summary': 'Items', description: 'The items.', items: ITEM_SCHEMA } } });
	(listItems.get as Record<string, unknown>).parameters = [
		{ name: 'category', in: 'query', type: 'string', required: false, 'x-ms-summary': 'Category', description: 'The category of the items.', 'x-ms-visibility': 'advanced' },
	];
	return {
		swagger: '2.0',
		info: { title: 'Contoso Items', description: 'Manage the items of your Contoso account.', version: '1.0', contact: { name: 'Contoso Support', url: 'https://support.contoso.com', email: 'support@contoso.com' } },
		host: 'api.contoso.com',
		basePath: '/',
		schemes: ['https'],
		consumes: ['application/json'],
		produces: ['application/json'],
		paths: {
			'/items': listItems,
			'/schema': internalGet('Get the item schema', 'GetItemSchema', { type: 'object', properties: { schema: { type: 'object', 'x-ms-summary': 'Schema', description: 'The schema of an item.' } } }),
			'/me': internalGet('Test the connection', 'TestConnection', ITEM_SCHEMA),
			'/things/{id}': {
				parameters: [
					{ name: 'id', in: 'path', type: 'string', required: true, 'x-ms-url-encoding': 'single', 'x-ms-summary': 'Thing ID', description: 'The identifier of the thing.', 'x-ms-visibility': 'important' },
				],
				post: {
					summary: 'Update a thing',
					description: 'Updates a thing.',
					operationId: 'UpdateThing',
					'x-ms-visibility': 'important',
					parameters: [],
					responses: { 200: { description: 'OK', schema: ITEM_SCHEMA } },
				},
			},
		},
		definitions: { Item: ITEM_SCHEMA },
		securityDefinitions: {},
		'x-ms-capabilities': {},
		'x-ms-connector-metadata': [
			{ propertyName: 'Website', propertyValue: 'https://www.contoso.com' },
			{ propertyName: 'Privacy policy', propertyValue: 'https://www.contoso.com/privacy' },
			{ propertyName: 'Categories', propertyValue: 'Productivity' },
		],
	};
}

function baseApiProperties(): Record<string, unknown> {
	return {
		properties: {
			connectionParameters: {
				instance: { type: 'string', uiDefinition: { displayName: 'Instance', description: 'The host name of your instance.', tooltip: 'The host name of your instance.', constraints: { required: 'true' } } },
			},
			iconBrandColor: '#0f6cbd',
			capabilities: [],
			publisher: 'Contoso',
			stackOwner: 'Contoso',
			policyTemplateInstances: [],
		},
	};
}

/** Where the test inserts a snippet of each context (a path into the base file). */
function placeOf(context: string, body: string): JsonPath {
	const places: Record<string, JsonPath> = {
		root: [],
		info: ['info'],
		paths: ['paths'],
		// An operation with a path parameter goes on a path that declares it.
		'path-item': body.includes('"in": "path"') ? ['paths', '/things/{id}'] : ['paths', '/things'],
		operation: ['paths', '/items', 'get'],
		parameters: ['paths', '/things/{id}', 'post', 'parameters'],
		parameter: ['paths', '/items', 'get', 'parameters', 0],
		responses: ['paths', '/items', 'get', 'responses'],
		definitions: ['definitions'],
		schema: ['definitions', 'Item', 'properties', 'name'],
		'security-definitions': ['securityDefinitions'],
		capabilities: ['x-ms-capabilities'],
		properties: ['properties'],
		'connection-parameters': ['properties', 'connectionParameters'],
		'policy-template-instances': ['properties', 'policyTemplateInstances'],
	};
	return places[context];
}

const MARK = '@@snippet@@';

/** The base file's text with the snippet (placeholders at their defaults) inserted at its first context. */
function fileWith(file: SnippetFile, snippet: SnippetDefinition): string {
	const base = file.file === 'swagger' ? baseSwagger() : baseApiProperties();
	const text = expandSnippetDefaults(snippet.body.join('\n'));
	const place = placeOf(snippet.context[0], text);
	if (place[0] === 'paths' && place.length <= 2) {
		// New operations would clash with the base's ListItems, which is there for the dynamic-value snippets.
		delete (base.paths as Record<string, unknown>)['/items'];
	}
	let target: unknown = base;
	for (const segment of place) {
		const parent = target as Record<string | number, unknown>;
		parent[segment] ??= {};
		target = parent[segment];
	}
	if (shapeOf(file, snippet) === 'item') {
		(target as unknown[]).splice(0, 0, MARK);
		return JSON.stringify(base, null, '\t').replace(`"${MARK}"`, text);
	}
	const object = target as Record<string, unknown>;
	// The snippet replaces the members it brings (e.g. the base's own x-ms-connector-metadata).
	for (const key of Object.keys(JSON.parse(`{${text}}`))) {
		delete object[key];
	}
	object[MARK] = 0;
	return JSON.stringify(base, null, '\t').replace(`"${MARK}": 0`, text);
}

/** Every finding of every registered rule (the strict profile runs them all) on a connector of the two files. */
function allFindings(swagger: string, apiProperties: string): string[] {
	const result = checkConnector(RULES, { swagger: parseText(swagger), apiProperties: parseText(apiProperties) }, {
		config: { profile: 'strict' },
		onRuleError: (_id, error) => {
			throw error;
		},
	});
	return Object.values(result.findings).flat().map((finding) => `${finding.ruleId} ${finding.file} ${finding.jsonPointer}: ${finding.message}`);
}

const baseText = (kind: 'swagger' | 'apiProperties') => JSON.stringify(kind === 'swagger' ? baseSwagger() : baseApiProperties(), null, '\t');

/** Rules that pair a snippet with the other file; the pairs are checked below. */
const PAIRING_RULES = new Set(['security-def-matches-conn-params', 'pageable-next-link']);

test('the base files the snippets are inserted into are clean for every rule', () => {
	assert.deepEqual(allFindings(baseText('swagger'), baseText('apiProperties')), []);
});

for (const file of jsonFiles) {
	test(`${file.file} snippets, inserted where they fit with their defaults, are clean for every rule (their targets included)`, () => {
		const failures: string[] = [];
		for (const snippet of file.snippets) {
			const text = fileWith(file, snippet);
			JSON.parse(text);
			const findings = file.file === 'swagger' ? allFindings(text, baseText('apiProperties')) : allFindings(baseText('swagger'), text);
			failures.push(...findings.filter((finding) => !PAIRING_RULES.has(finding.split(' ')[0])).map((finding) => `${snippet.id}: ${finding}`));
		}
		assert.deepEqual(failures, []);
	});
}

const snippetById = (id: string) => {
	for (const file of jsonFiles) {
		const snippet = file.snippets.find((candidate) => candidate.id === id);
		if (snippet) {
			return { file, snippet };
		}
	}
	throw new Error(id);
};

test('each security definition snippet and the apiProperties skeleton of its kind agree', () => {
	const pairs = [
		['swagger.security.oauth2', 'apiProperties.skeleton.oauth2'],
		['swagger.security.aad', 'apiProperties.skeleton.aad'],
		['swagger.security.apikey-header', 'apiProperties.skeleton.apikey'],
		['swagger.security.apikey-query', 'apiProperties.skeleton.apikey'],
		['swagger.security.basic', 'apiProperties.skeleton.basic'],
	];
	for (const [swaggerId, apiPropertiesId] of pairs) {
		const swagger = snippetById(swaggerId);
		const apiProperties = snippetById(apiPropertiesId);
		assert.deepEqual(allFindings(fileWith(swagger.file, swagger.snippet), fileWith(apiProperties.file, apiProperties.snippet)), [], `${swaggerId} + ${apiPropertiesId}`);
	}
	// Without a match the pairing rule speaks, so the pairs above are a real check.
	const basic = snippetById('swagger.security.basic');
	assert.equal(allFindings(fileWith(basic.file, basic.snippet), baseText('apiProperties')).filter((finding) => finding.startsWith('security-def-matches-conn-params')).length, 2);
});

test('x-ms-pageable and the updatenextlink policy snippet agree', () => {
	const pageable = snippetById('swagger.pageable');
	const policy = snippetById('apiProperties.policy.updatenextlink');
	assert.deepEqual(allFindings(fileWith(pageable.file, pageable.snippet), fileWith(policy.file, policy.snippet)), []);
});

test('the operation snippets target the certification rules for summaries, descriptions and x-ms-summary', () => {
	const swagger = SNIPPET_FILES.find((file) => file.file === 'swagger')!;
	for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
		const snippet = swagger.snippets.find((candidate) => candidate.id === `swagger.operation.${method}`)!;
		for (const ruleId of ['op-summary-required', 'op-description-required', 'param-x-ms-summary-required', 'param-description-required', 'response-2xx-schema', 'swagger-schema']) {
			assert.ok(snippet.cleanFor?.includes(ruleId), `${snippet.id} ${ruleId}`);
		}
	}
});

test('a snippet missing what a rule wants is caught by the same check (the check is not vacuous)', () => {
	const swagger = SNIPPET_FILES.find((file) => file.file === 'swagger')!;
	const get = swagger.snippets.find((candidate) => candidate.id === 'swagger.operation.get')!;
	const broken: SnippetDefinition = { ...get, body: get.body.filter((line) => !line.includes('"summary"') && !line.includes('"x-ms-summary"')) };
	const text = fileWith(swagger, broken);
	assert.deepEqual(runRule(findRule('op-summary-required')!, { swagger: text }).map((finding) => finding.jsonPointer), ['/paths/~1things/get/summary']);
	assert.deepEqual(runRule(findRule('param-x-ms-summary-required')!, { swagger: text }).map((finding) => finding.jsonPointer), ['/paths/~1things/get/parameters/0/x-ms-summary']);
});

test('operation snippets fit their path parameters to the path they go into', () => {
	const PATH_RULES = ['operation-missing-path-parameter', 'path-parameter-not-defined-in-template', 'swagger-schema'];
	const bodyAt = (pathKey: string, label: string) => {
		const found = snippetCompletions({ kind: 'swagger', objectPath: ['paths', pathKey], atKey: true }).find((completion) => completion.label === label);
		assert.ok(found, `${label} at ${pathKey}`);
		return expandSnippetDefaults(found.body);
	};
	const pathParameters = (member: string) => (Object.values(JSON.parse(`{${member}}`))[0] as { parameters?: { name: string; in: string }[] }).parameters?.filter((p) => p.in === 'path') ?? [];
	const findingsOf = (pathKey: string, member: string) => {
		const swagger = JSON.stringify({
			swagger: '2.0',
			info: { title: 'Contoso Items', version: '1.0' },
			host: 'api.contoso.com',
			paths: { [pathKey]: JSON.parse(`{${member}}`) },
		});
		return PATH_RULES.flatMap((id) => runRule(findRule(id)!, { swagger }).map((finding) => `${finding.ruleId} ${finding.message}`));
	};

	// No template: the data's generic {id} parameter is dropped.
	const put = bodyAt('/invoices', 'PUT operation');
	assert.deepEqual(pathParameters(put), []);
	assert.deepEqual(findingsOf('/invoices', put), []);
	const del = bodyAt('/invoices', 'DELETE operation');
	assert.equal((Object.values(JSON.parse(`{${del}}`))[0] as { parameters?: unknown }).parameters, undefined, 'an array left empty is removed');
	assert.deepEqual(findingsOf('/invoices', del), []);

	// A template: one required, encoded parameter per name, ahead of the snippet's other parameters.
	const patch = bodyAt('/notebooks/{notebookId}/notes/{note_id}', 'PATCH operation');
	assert.deepEqual(
		pathParameters(patch).map((p) => p as unknown as Record<string, unknown>),
		[
			{ name: 'notebookId', in: 'path', type: 'string', required: true, 'x-ms-url-encoding': 'single', 'x-ms-summary': 'Notebook ID', description: 'The notebook ID.', 'x-ms-visibility': 'important' },
			{ name: 'note_id', in: 'path', type: 'string', required: true, 'x-ms-url-encoding': 'single', 'x-ms-summary': 'Note ID', description: 'The note ID.', 'x-ms-visibility': 'important' },
		],
	);
	assert.deepEqual(findingsOf('/notebooks/{notebookId}/notes/{note_id}', patch), []);
	const get = bodyAt('/items/{itemId}', 'GET operation');
	assert.deepEqual(pathParameters(get).map((p) => p.name), ['itemId']);
	assert.ok(/"in": "query"/.test(get), 'the query parameter stays');
	assert.deepEqual(findingsOf('/items/{itemId}', get), []);
});
