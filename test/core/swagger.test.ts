import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseJson } from '../../server/src/core/json';
import { SwaggerModel } from '../../server/src/core/swagger';

function model(value: object): SwaggerModel {
	return new SwaggerModel(parseJson(JSON.stringify(value)));
}

const SWAGGER = {
	swagger: '2.0',
	paths: {
		'/items/{id}': {
			parameters: [
				{ $ref: '#/parameters/id' },
				{ name: 'filter', in: 'query', type: 'string', description: 'Path-level filter.' },
				{ name: 'filter', in: 'header', type: 'string' },
			],
			get: {
				operationId: 'GetItem',
				parameters: [{ name: 'filter', in: 'query', type: 'string', description: 'Operation filter.' }],
				responses: { 200: { $ref: '#/responses/ok' }, default: { description: 'Error' }, 'x-extra': {} },
			},
			delete: { operationId: 'DeleteItem', responses: {} },
			'x-ms-notes': { get: {} },
		},
		'/other': {
			post: { parameters: [{ $ref: '#/parameters/id' }, { $ref: '#/parameters/missing' }, 'junk'] },
		},
		'/ignored': 'not an object',
	},
	parameters: {
		id: { name: 'id', in: 'path', required: true, type: 'string' },
		unused: { name: 'unused', in: 'query', type: 'string' },
	},
	responses: { ok: { description: 'OK', schema: { $ref: '#/definitions/Node' } } },
	definitions: {
		Node: { type: 'object', properties: { name: { type: 'string' }, children: { type: 'array', items: { $ref: '#/definitions/Node' } }, parent: { $ref: '#/definitions/Node' } } },
		Loop: { $ref: '#/definitions/Loop' },
		Both: { allOf: [{ $ref: '#/definitions/Node' }, { type: 'object', additionalProperties: { $ref: '#/definitions/Both' } }] },
	},
	securityDefinitions: { key: { type: 'apiKey', in: 'header', name: 'X-Key' }, broken: 'x' },
};

test('operations merge path-level and operation-level parameters, the operation overriding by name and in', () => {
	const operations = model(SWAGGER).operations();
	assert.deepEqual(operations.map((o) => [o.pathKey, o.method, o.operationId]), [
		['/items/{id}', 'get', 'GetItem'],
		['/items/{id}', 'delete', 'DeleteItem'],
		['/other', 'post', undefined],
	]);
	const get = operations[0];
	assert.deepEqual(get.path, ['paths', '/items/{id}', 'get']);
	assert.deepEqual(
		get.parameters.map((p) => [p.level, p.in, p.name, p.value?.description]),
		[
			['path', 'path', 'id', undefined],
			// The header parameter of the same name is a different parameter and is kept.
			['path', 'header', 'filter', undefined],
			['operation', 'query', 'filter', 'Operation filter.'],
		],
	);
	assert.deepEqual(operations[1].parameters.map((p) => [p.level, p.in, p.name]), [
		['path', 'path', 'id'],
		['path', 'query', 'filter'],
		['path', 'header', 'filter'],
	]);
});

test('a $ref parameter keeps where it is used apart from where its content is', () => {
	const [get, , post] = model(SWAGGER).operations();
	const id = get.parameters[0];
	assert.deepEqual(id.path, ['paths', '/items/{id}', 'parameters', 0]);
	assert.deepEqual(id.definitionPath, ['parameters', 'id']);
	assert.equal(id.ref, '#/parameters/id');
	assert.equal(id.value?.required, true);
	const inline = get.parameters[2];
	assert.deepEqual(inline.path, inline.definitionPath);
	assert.equal(inline.ref, undefined);
	// An unresolvable reference and a non-object entry are still listed, without content.
	assert.deepEqual(post.parameters.slice(1).map((p) => [p.path, p.refProblem, p.value]), [
		[['paths', '/other', 'post', 'parameters', 1], 'not-found', undefined],
		[['paths', '/other', 'post', 'parameters', 2], undefined, undefined],
	]);
});

test('uniqueParameters yields a shared parameter once, at its first use, and unused shared parameters too', () => {
	const unique = [...model(SWAGGER).uniqueParameters()];
	assert.deepEqual(unique.map((p) => p.definitionPath.join('/')), [
		'parameters/id',
		'paths//items/{id}/parameters/2',
		'paths//items/{id}/get/parameters/0',
		'paths//items/{id}/parameters/1',
		'paths//other/post/parameters/1',
		'paths//other/post/parameters/2',
		'parameters/unused',
	]);
	assert.deepEqual(unique[0].path, ['paths', '/items/{id}', 'parameters', 0]);
	assert.equal(unique.filter((p) => p.ref === '#/parameters/id').length, 1);
});

test('responses are resolved and extension keys skipped', () => {
	const swagger = model(SWAGGER);
	const responses = swagger.responses(swagger.operations()[0]);
	assert.deepEqual(responses.map((r) => [r.status, r.definitionPath.join('/'), r.value?.description]), [
		['200', 'responses/ok', 'OK'],
		['default', 'paths//items/{id}/get/responses/default', 'Error'],
	]);
	assert.deepEqual(swagger.responses(swagger.operations()[2]), []);
});

test('schemas() terminates on recursive definitions and visits each schema once', () => {
	const schemas = [...model(SWAGGER).schemas()];
	const paths = schemas.map((s) => s.path.join('/'));
	assert.equal(new Set(paths).size, paths.length);
	assert.deepEqual(paths, [
		'definitions/Node',
		'definitions/Node/properties/name',
		'definitions/Node/properties/children',
		'definitions/Node/properties/children/items',
		'definitions/Node/properties/parent',
		'definitions/Loop',
		'definitions/Both',
		'definitions/Both/allOf/0',
		'definitions/Both/allOf/1',
		'definitions/Both/allOf/1/additionalProperties',
		'responses/ok/schema',
	]);
	const loop = schemas.find((s) => s.path.join('/') === 'definitions/Loop')!;
	assert.equal(loop.refProblem, 'cycle');
	assert.deepEqual(schemas.find((s) => s.path.join('/') === 'responses/ok/schema')!.definitionPath, ['definitions', 'Node']);
	assert.deepEqual(schemas.map((s) => s.role).slice(0, 4), ['definition', 'property', 'property', 'items']);
});

test("schemas() names each property schema, its own or a $ref, and gives a schema's path and definition path as one array", () => {
	const schemas = model(SWAGGER).schemas();
	assert.deepEqual(
		schemas.map((s) => [s.path.join('/'), s.name]),
		[
			['definitions/Node', undefined],
			['definitions/Node/properties/name', 'name'],
			['definitions/Node/properties/children', 'children'],
			['definitions/Node/properties/children/items', undefined],
			['definitions/Node/properties/parent', 'parent'],
			['definitions/Loop', undefined],
			['definitions/Both', undefined],
			['definitions/Both/allOf/0', undefined],
			['definitions/Both/allOf/1', undefined],
			['definitions/Both/allOf/1/additionalProperties', undefined],
			['responses/ok/schema', undefined],
		],
	);
	const name = schemas[1];
	assert.equal(name.path, name.path, 'made once, then the same array');
	assert.equal(name.definitionPath, name.path);
	assert.equal(schemas[4].ref, '#/definitions/Node');
});

test('securityDefinitions and definitions list every entry, objects or not', () => {
	const swagger = model(SWAGGER);
	assert.deepEqual(swagger.securityDefinitions().map((d) => [d.name, d.path, d.value?.type]), [
		['key', ['securityDefinitions', 'key'], 'apiKey'],
		['broken', ['securityDefinitions', 'broken'], undefined],
	]);
	assert.deepEqual(swagger.definitions().map((d) => d.name), ['Node', 'Loop', 'Both']);
});

test('a root that is not an object gives an empty model, not an exception', () => {
	for (const text of ['[1, 2]', '"swagger"', '{"paths": []}']) {
		const swagger = new SwaggerModel(parseJson(text));
		assert.deepEqual(swagger.operations(), []);
		assert.deepEqual([...swagger.schemas()], []);
		assert.deepEqual(swagger.securityDefinitions(), []);
	}
});
