import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseJson } from '../../../server/src/core/json';
import { SwaggerModel } from '../../../server/src/core/swagger';
import { subjectOf, withSubject } from '../../../server/src/rules/shared/subject';

const model = (document: unknown) => new SwaggerModel(parseJson(typeof document === 'string' ? document : JSON.stringify(document)));

const swagger = model({
	swagger: '2.0',
	paths: {
		'/invoices': {
			get: {
				operationId: 'ListInvoices',
				parameters: [
					{ name: 'top', in: 'query', type: 'integer' },
					{ $ref: '#/parameters/ApiVersion' },
					{ name: 'id', in: 'query', type: 'string' },
					{ name: 'id', in: 'header', type: 'string' },
					{ in: 'query', type: 'string' },
				],
				responses: {
					200: {
						description: 'OK',
						headers: { 'X-Total': { type: 'integer' } },
						schema: { type: 'object', properties: { data: { type: 'array', items: { type: 'object', properties: { name: { type: 'string' } } } } } },
					},
					default: { $ref: '#/responses/Error' },
				},
			},
			post: {
				operationId: 'CreateInvoice',
				parameters: [{ name: 'body', in: 'body', schema: { type: 'object', properties: { items: { type: 'array', items: { properties: { name: { type: 'string' } } } }, meta: { allOf: [{ properties: { tag: { type: 'string' } } }], additionalProperties: { properties: { note: { type: 'string' } } } } } } }],
				responses: {},
			},
		},
		'/items/{id}': {
			parameters: [{ name: 'id', in: 'path', type: 'string', required: true }],
			delete: { responses: {} },
			'x-ms-notification-content': {},
		},
	},
	parameters: {
		ApiVersion: { name: 'api-version', in: 'query', type: 'string' },
		ItemId: { name: 'item', in: 'path', type: 'string' },
		FolderId: { name: 'item', in: 'path', type: 'string' },
		Body: { name: 'body', in: 'body', schema: { properties: { title: { type: 'string' } } } },
		Broken: 'not an object',
	},
	responses: { Error: { description: 'Error', headers: { 'X-Code': { type: 'string' } }, schema: { properties: { code: { type: 'string' } } } } },
	definitions: { Invoice: { type: 'object', properties: { name: { type: 'string' }, lines: { type: 'array', items: { $ref: '#/definitions/Line' } } } }, Tags: { type: 'array', items: [{ properties: { name: {} } }] } },
	securityDefinitions: { oauth2: { type: 'oauth2' } },
	info: { title: 'Contoso', version: '1.0' },
});

test('an operation is named by its operationId, else by its method and path', () => {
	assert.equal(subjectOf(swagger, ['paths', '/invoices', 'get']), 'operation ListInvoices');
	assert.equal(subjectOf(swagger, ['paths', '/invoices', 'get', 'x-ms-visibility']), 'operation ListInvoices');
	assert.equal(subjectOf(swagger, ['paths', '/items/{id}', 'delete', 'summary']), 'operation DELETE /items/{id}');
});

test('a parameter is named with its operation, its path item, or as a shared parameter', () => {
	assert.equal(subjectOf(swagger, ['paths', '/invoices', 'get', 'parameters', 0, 'x-ms-visibility']), "parameter 'top' of ListInvoices");
	// A $ref in an operation's list is named by the parameter it points to.
	assert.equal(subjectOf(swagger, ['paths', '/invoices', 'get', 'parameters', 1, 'description']), "parameter 'api-version' of ListInvoices");
	assert.equal(subjectOf(swagger, ['paths', '/items/{id}', 'parameters', 0, 'x-ms-url-encoding']), "parameter 'id' of path '/items/{id}'");
	assert.equal(subjectOf(swagger, ['parameters', 'ApiVersion', 'x-ms-summary']), "shared parameter 'api-version'");
});

test('parameters that share a name are told apart: by where they go in one list, by their keys when shared', () => {
	assert.equal(subjectOf(swagger, ['paths', '/invoices', 'get', 'parameters', 2]), "query parameter 'id' of ListInvoices");
	assert.equal(subjectOf(swagger, ['paths', '/invoices', 'get', 'parameters', 3]), "header parameter 'id' of ListInvoices");
	assert.equal(subjectOf(swagger, ['parameters', 'ItemId']), "shared parameter 'ItemId'");
	assert.equal(subjectOf(swagger, ['parameters', 'FolderId']), "shared parameter 'FolderId'");
	// No name: the index in the list, or the key.
	assert.equal(subjectOf(swagger, ['paths', '/invoices', 'get', 'parameters', 4]), 'parameter #4 of ListInvoices');
	assert.equal(subjectOf(swagger, ['parameters', 'Broken']), "shared parameter 'Broken'");
});

test('a response, its headers and the properties of its schema', () => {
	assert.equal(subjectOf(swagger, ['paths', '/invoices', 'get', 'responses', '200', 'description']), 'response 200 of ListInvoices');
	assert.equal(subjectOf(swagger, ['paths', '/invoices', 'get', 'responses', 'default']), 'response default of ListInvoices');
	assert.equal(subjectOf(swagger, ['paths', '/invoices', 'get', 'responses', '200', 'schema', 'type']), 'response 200 of ListInvoices');
	assert.equal(subjectOf(swagger, ['paths', '/invoices', 'get', 'responses', '200', 'headers', 'X-Total', 'format']), "header 'X-Total' of the 200 response of ListInvoices");
	// Nested properties joined by dots; the array's `items` level is skipped.
	assert.equal(
		subjectOf(swagger, ['paths', '/invoices', 'get', 'responses', '200', 'schema', 'properties', 'data', 'items', 'properties', 'name', 'x-ms-summary']),
		"property 'data.name' of the 200 response of ListInvoices",
	);
	assert.equal(subjectOf(swagger, ['responses', 'Error', 'schema', 'properties', 'code']), "property 'code' of shared response 'Error'");
	assert.equal(subjectOf(swagger, ['responses', 'Error', 'headers', 'X-Code']), "header 'X-Code' of shared response 'Error'");
	assert.equal(subjectOf(swagger, ['responses', 'Error']), "shared response 'Error'");
});

test('the properties of a body, a shared body and a definition', () => {
	const body = ['paths', '/invoices', 'post', 'parameters', 0];
	assert.equal(subjectOf(swagger, [...body, 'schema', 'properties', 'items', 'items', 'properties', 'name', 'description']), "property 'items.name' of the body of CreateInvoice");
	// allOf and additionalProperties levels are skipped too.
	assert.equal(subjectOf(swagger, [...body, 'schema', 'properties', 'meta', 'allOf', 0, 'properties', 'tag']), "property 'meta.tag' of the body of CreateInvoice");
	assert.equal(subjectOf(swagger, [...body, 'schema', 'properties', 'meta', 'additionalProperties', 'properties', 'note']), "property 'meta.note' of the body of CreateInvoice");
	// The body schema itself is the parameter.
	assert.equal(subjectOf(swagger, [...body, 'schema', 'properties']), "parameter 'body' of CreateInvoice");
	assert.equal(subjectOf(swagger, ['parameters', 'Body', 'schema', 'properties', 'title']), "property 'title' of shared parameter 'body'");
	assert.equal(subjectOf(swagger, ['definitions', 'Invoice', 'properties', 'name', 'description']), "property 'name' of definition 'Invoice'");
	assert.equal(subjectOf(swagger, ['definitions', 'Invoice', 'properties', 'lines', 'items', '$ref']), "property 'lines' of definition 'Invoice'");
	assert.equal(subjectOf(swagger, ['definitions', 'Tags', 'items', 0, 'properties', 'name']), "property 'name' of definition 'Tags'");
	assert.equal(subjectOf(swagger, ['definitions', 'Invoice', 'required']), "definition 'Invoice'");
	// A property named like a keyword is still a property.
	assert.equal(subjectOf(model({ definitions: { A: { properties: { properties: { properties: { items: {} } } } } } }), ['definitions', 'A', 'properties', 'properties', 'properties', 'items']), "property 'properties.items' of definition 'A'");
});

test('anything else: a path item, a security definition, or the pointer', () => {
	assert.equal(subjectOf(swagger, ['paths', '/items/{id}', 'x-ms-notification-content']), "path '/items/{id}'");
	assert.equal(subjectOf(swagger, ['paths', '/items/{id}']), "path '/items/{id}'");
	assert.equal(subjectOf(swagger, ['securityDefinitions', 'oauth2', 'flow']), "security definition 'oauth2'");
	assert.equal(subjectOf(swagger, ['info']), 'at /info');
	assert.equal(subjectOf(swagger, ['paths']), 'at /paths');
	assert.equal(subjectOf(swagger, []), 'the document root');
	// apiProperties.json: no swagger model, the pointer.
	assert.equal(subjectOf(undefined, ['properties', 'connectionParameters', 'api_key']), 'at /properties/connectionParameters/api_key');
	assert.equal(subjectOf(undefined, ['paths', 'a/b~c']), 'at /paths/a~1b~0c');
});

test('odd input never throws: wrong types, missing nodes, cycles, broken JSON', () => {
	const odd = model({
		paths: { '/a': { get: 'not an operation', post: { operationId: 7, parameters: 'none', responses: [] } }, '/b': [] },
		parameters: { Loop: { $ref: '#/parameters/Loop' }, Far: { $ref: 'other.json#/x' } },
		definitions: [],
	});
	assert.equal(subjectOf(odd, ['paths', '/a', 'get', 'parameters', 0]), "path '/a'");
	assert.equal(subjectOf(odd, ['paths', '/a', 'post', 'parameters', 0, 'name']), 'parameter #0 of POST /a');
	assert.equal(subjectOf(odd, ['paths', '/a', 'post', 'responses', 0]), 'response 0 of POST /a');
	assert.equal(subjectOf(odd, ['paths', '/b', 0]), "path '/b'");
	assert.equal(subjectOf(odd, ['paths', '/missing', 'get']), "path '/missing'");
	assert.equal(subjectOf(odd, ['parameters', 'Loop', 'name']), "shared parameter 'Loop'");
	assert.equal(subjectOf(odd, ['parameters', 'Far']), "shared parameter 'Far'");
	assert.equal(subjectOf(odd, ['definitions', 0, 'properties']), "definition '0'");
	assert.equal(subjectOf(odd, ['paths', 0]), "path '0'");
	for (const document of ['[1, 2', 'null', '"text"', '{"paths": {"/a": {"get": {"parameters": [null, 3, []]}}}}']) {
		const broken = model(document);
		for (const path of [[], ['paths', '/a', 'get', 'parameters', 0], ['paths', '/a', 'get', 'parameters', 2, 'schema', 'properties', 'x'], ['parameters', 'X'], ['definitions', 'D', 'properties'], [0, 1]]) {
			assert.equal(typeof subjectOf(broken, path), 'string');
		}
	}
});

test('the subject is computed once per document and path', () => {
	const path = ['paths', '/invoices', 'get', 'parameters', 0];
	assert.equal(subjectOf(swagger, path), subjectOf(swagger, [...path]));
	// A second model of the same text computes its own.
	assert.equal(subjectOf(model({ paths: { '/invoices': { get: { operationId: 'Other', parameters: [{ name: 'top' }] } } } }), path), "parameter 'top' of Other");
});

test('withSubject puts the subject before the final punctuation, as the four required-string rules always did', () => {
	assert.equal(withSubject("The 'summary' property is required.", 'operation ListInvoices'), "The 'summary' property is required (operation ListInvoices).");
	assert.equal(withSubject('Is this the right value?', "parameter 'top' of ListInvoices"), "Is this the right value (parameter 'top' of ListInvoices)?");
	assert.equal(withSubject('A sentence. Then another one.  ', 'operation A'), 'A sentence. Then another one (operation A).');
	assert.equal(withSubject('No final period', 'operation A'), 'No final period (operation A)');
});
