import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyUpdate, describeUpdateChange, type UpdateChange } from '../../server/src/core/updateKind';

/** A small certified connector's swagger: a list operation, a create operation with a body, and a get by id. */
function baseSwagger() {
	return {
		swagger: '2.0',
		info: { title: 'Items', description: 'Manages items.', version: '1.0' },
		host: 'api.example.com',
		basePath: '/',
		schemes: ['https'],
		paths: {
			'/items': {
				get: {
					operationId: 'ListItems',
					summary: 'List items',
					parameters: [{ name: 'top', in: 'query', type: 'integer', description: 'How many.' }],
					responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/ItemList' } } },
				},
				post: {
					operationId: 'CreateItem',
					summary: 'Create item',
					parameters: [{ name: 'body', in: 'body', required: true, schema: { $ref: '#/definitions/Item' } }],
					responses: { '200': { description: 'Created', schema: { $ref: '#/definitions/Item' } } },
				},
			},
			'/items/{id}': {
				get: {
					operationId: 'GetItem',
					summary: 'Get item',
					parameters: [
						{ name: 'id', in: 'path', required: true, type: 'string', description: 'The id.', 'x-ms-summary': 'Item id' },
						{ name: 'expand', in: 'query', required: false, type: 'boolean', description: 'Expand it.' },
					],
					responses: {
						'200': { description: 'The item', schema: { type: 'object', properties: { name: { type: 'string', description: 'The name.' } } } },
					},
				},
			},
		},
		definitions: {
			// Reachable only from a response, directly (ItemList) or through another definition (Entry).
			ItemList: { type: 'object', description: 'A page of items.', properties: { value: { type: 'array', items: { $ref: '#/definitions/Entry' } } } },
			Entry: { type: 'object', description: 'One entry.', properties: { title: { type: 'string', description: 'The title.' } } },
			// Reachable from a body parameter and from a response.
			Item: { type: 'object', description: 'An item.', properties: { name: { type: 'string', description: 'The name.' } } },
		},
	};
}

type Swagger = ReturnType<typeof baseSwagger>;

function baseApiProperties() {
	return {
		properties: {
			iconBrandColor: '#007ee5',
			publisher: 'Contoso',
			stackOwner: 'Contoso',
			capabilities: [] as string[],
			connectionParameters: {
				api_key: { type: 'securestring', uiDefinition: { displayName: 'API key', description: 'The API key', tooltip: 'Provide your API key', constraints: { required: 'true' } } },
			},
		},
	};
}

type ApiProperties = ReturnType<typeof baseApiProperties>;

/** The base swagger, changed by `mutate` on a copy. */
function swaggerWith(mutate: (swagger: Swagger) => void): Swagger {
	const swagger = structuredClone(baseSwagger());
	mutate(swagger);
	return swagger;
}

function apiPropertiesWith(mutate: (apiProperties: ApiProperties) => void): ApiProperties {
	const apiProperties = structuredClone(baseApiProperties());
	mutate(apiProperties);
	return apiProperties;
}

/** The same value with every object's keys in reverse order (arrays keep theirs). */
function reversedKeys(value: unknown): unknown {
	if (Array.isArray(value)) {
		return value.map(reversedKeys);
	}
	if (typeof value === 'object' && value !== null) {
		return Object.fromEntries(
			Object.entries(value)
				.reverse()
				.map(([key, child]) => [key, reversedKeys(child)]),
		);
	}
	return value;
}

const MINOR = '4–5 weeks';
const MAJOR = '6–10 weeks';

test('the same values with keys in another order and other formatting are unchanged', () => {
	const before = { swagger: baseSwagger(), apiProperties: baseApiProperties(), script: 'public class Script {}' };
	const after = { swagger: JSON.parse(JSON.stringify(reversedKeys(baseSwagger()), null, 4)) as unknown, apiProperties: reversedKeys(baseApiProperties()), script: 'public class Script {}' };
	const result = classifyUpdate(before, after);
	assert.deepEqual(result, { kind: 'unchanged', changes: [] });
	assert.equal(Object.hasOwn(result, 'reviewTime'), false);
});

test('a version without a swagger before is a new connector, not an update', () => {
	assert.deepEqual(classifyUpdate({}, { swagger: baseSwagger() }), { kind: 'new', changes: [] });
	assert.deepEqual(classifyUpdate({ apiProperties: baseApiProperties(), script: 'x' }, { swagger: baseSwagger(), apiProperties: {}, script: 'y' }), { kind: 'new', changes: [] });
});

test('each change on the minor-update list alone is a minor update', () => {
	const cases: { name: string; mutate: (swagger: Swagger) => void; change: UpdateChange['change']; path: (string | number)[] }[] = [
		{ name: 'info.description changed', mutate: (s) => (s.info.description = 'Manages your items.'), change: 'changed', path: ['info', 'description'] },
		{ name: 'info.contact added', mutate: (s) => Object.assign(s.info, { contact: { name: 'Contoso', email: 'support@contoso.com' } }), change: 'added', path: ['info', 'contact'] },
		{ name: 'operation summary changed', mutate: (s) => (s.paths['/items'].get.summary = 'List all items'), change: 'changed', path: ['paths', '/items', 'get', 'summary'] },
		{ name: 'operation description added', mutate: (s) => Object.assign(s.paths['/items'].post, { description: 'Creates an item.' }), change: 'added', path: ['paths', '/items', 'post', 'description'] },
		{ name: 'response description changed', mutate: (s) => (s.paths['/items'].get.responses['200'].description = 'The items'), change: 'changed', path: ['paths', '/items', 'get', 'responses', '200', 'description'] },
		{
			name: "a response schema property's description changed",
			mutate: (s) => (s.paths['/items/{id}'].get.responses['200'].schema.properties.name.description = "The item's name."),
			change: 'changed',
			path: ['paths', '/items/{id}', 'get', 'responses', '200', 'schema', 'properties', 'name', 'description'],
		},
		{ name: 'description of a definition used only by a response', mutate: (s) => (s.definitions.ItemList.description = 'One page of items.'), change: 'changed', path: ['definitions', 'ItemList', 'description'] },
		{
			name: 'description inside a definition reached only through a response-only definition',
			mutate: (s) => (s.definitions.Entry.properties.title.description = "The entry's title."),
			change: 'changed',
			path: ['definitions', 'Entry', 'properties', 'title', 'description'],
		},
	];
	for (const { name, mutate, change, path } of cases) {
		assert.deepEqual(classifyUpdate({ swagger: baseSwagger() }, { swagger: swaggerWith(mutate) }), { kind: 'minor', reviewTime: MINOR, changes: [{ file: 'swagger', change, path, minor: true }] }, name);
	}
});

test('the apiProperties changes on the minor-update list are a minor update', () => {
	const cases: { name: string; mutate: (apiProperties: ApiProperties) => void; path: (string | number)[] }[] = [
		{ name: 'iconBrandColor', mutate: (a) => (a.properties.iconBrandColor = '#da3b01'), path: ['properties', 'iconBrandColor'] },
		{ name: 'publisher', mutate: (a) => (a.properties.publisher = 'Contoso Ltd'), path: ['properties', 'publisher'] },
		{ name: 'stackOwner', mutate: (a) => (a.properties.stackOwner = 'Contoso Ltd'), path: ['properties', 'stackOwner'] },
		{ name: 'uiDefinition tooltip', mutate: (a) => (a.properties.connectionParameters.api_key.uiDefinition.tooltip = 'Your key from the portal'), path: ['properties', 'connectionParameters', 'api_key', 'uiDefinition', 'tooltip'] },
		{ name: 'uiDefinition description', mutate: (a) => (a.properties.connectionParameters.api_key.uiDefinition.description = 'Your API key'), path: ['properties', 'connectionParameters', 'api_key', 'uiDefinition', 'description'] },
	];
	for (const { name, mutate, path } of cases) {
		const result = classifyUpdate({ swagger: baseSwagger(), apiProperties: baseApiProperties() }, { swagger: baseSwagger(), apiProperties: apiPropertiesWith(mutate) });
		assert.deepEqual(result, { kind: 'minor', reviewTime: MINOR, changes: [{ file: 'apiProperties', change: 'changed', path, minor: true }] }, name);
	}
});

test('several minor changes together stay minor, listed in document order', () => {
	const after = swaggerWith((s) => {
		s.info.description = 'Manages your items.';
		Object.assign(s.info, { contact: { name: 'Contoso' } });
		s.paths['/items'].get.summary = 'List all items';
	});
	const apiProperties = apiPropertiesWith((a) => (a.properties.iconBrandColor = '#da3b01'));
	assert.deepEqual(classifyUpdate({ swagger: baseSwagger(), apiProperties: baseApiProperties() }, { swagger: after, apiProperties }), {
		kind: 'minor',
		reviewTime: MINOR,
		changes: [
			{ file: 'swagger', change: 'changed', path: ['info', 'description'], minor: true },
			{ file: 'swagger', change: 'added', path: ['info', 'contact'], minor: true },
			{ file: 'swagger', change: 'changed', path: ['paths', '/items', 'get', 'summary'], minor: true },
			{ file: 'apiProperties', change: 'changed', path: ['properties', 'iconBrandColor'], minor: true },
		],
	});
});

test('each swagger change outside the minor-update list is a major update', () => {
	const cases: { name: string; mutate: (swagger: Swagger) => void; changes: UpdateChange[] }[] = [
		{ name: 'info.version changed', mutate: (s) => (s.info.version = '1.1'), changes: [{ file: 'swagger', change: 'changed', path: ['info', 'version'], minor: false }] },
		{
			name: "a parameter's description changed",
			mutate: (s) => (s.paths['/items/{id}'].get.parameters[0].description = "The item's id."),
			changes: [{ file: 'swagger', change: 'changed', path: ['paths', '/items/{id}', 'get', 'parameters', 0, 'description'], minor: false, parameter: 'id (path)' }],
		},
		{
			name: "the second parameter's description changed",
			mutate: (s) => (s.paths['/items/{id}'].get.parameters[1].description = 'Expand the item.'),
			changes: [{ file: 'swagger', change: 'changed', path: ['paths', '/items/{id}', 'get', 'parameters', 1, 'description'], minor: false, parameter: 'expand (query)' }],
		},
		{
			name: "a parameter's x-ms-summary changed",
			mutate: (s) => (s.paths['/items/{id}'].get.parameters[0]['x-ms-summary'] = 'Item ID'),
			changes: [{ file: 'swagger', change: 'changed', path: ['paths', '/items/{id}', 'get', 'parameters', 0, 'x-ms-summary'], minor: false, parameter: 'id (path)' }],
		},
		{
			name: 'an operation added',
			mutate: (s) => Object.assign(s.paths, { '/x': { post: { operationId: 'X', responses: { '200': { description: 'OK' } } } } }),
			changes: [{ file: 'swagger', change: 'added', path: ['paths', '/x'], minor: false }],
		},
		{
			name: 'an operation added to an existing path',
			mutate: (s) => Object.assign(s.paths['/items/{id}'], { delete: { operationId: 'DeleteItem', responses: { '200': { description: 'OK' } } } }),
			changes: [{ file: 'swagger', change: 'added', path: ['paths', '/items/{id}', 'delete'], minor: false }],
		},
		{
			name: 'a description in a definition used by a body parameter and a response',
			mutate: (s) => (s.definitions.Item.description = 'An item of the list.'),
			changes: [{ file: 'swagger', change: 'changed', path: ['definitions', 'Item', 'description'], minor: false }],
		},
		{
			name: "a property's description in a definition used by a body parameter and a response",
			mutate: (s) => (s.definitions.Item.properties.name.description = "The item's name."),
			changes: [{ file: 'swagger', change: 'changed', path: ['definitions', 'Item', 'properties', 'name', 'description'], minor: false }],
		},
		{
			name: 'a property named "description" added to a response schema',
			mutate: (s) => Object.assign(s.paths['/items/{id}'].get.responses['200'].schema.properties, { description: { type: 'string' } }),
			changes: [{ file: 'swagger', change: 'added', path: ['paths', '/items/{id}', 'get', 'responses', '200', 'schema', 'properties', 'description'], minor: false }],
		},
		{
			name: 'a property named "description" added to a response-only definition',
			mutate: (s) => Object.assign(s.definitions.Entry.properties, { description: { type: 'string' } }),
			changes: [{ file: 'swagger', change: 'added', path: ['definitions', 'Entry', 'properties', 'description'], minor: false }],
		},
		{
			name: "a response's type changed",
			mutate: (s) => (s.paths['/items/{id}'].get.responses['200'].schema.properties.name.type = 'integer'),
			changes: [{ file: 'swagger', change: 'changed', path: ['paths', '/items/{id}', 'get', 'responses', '200', 'schema', 'properties', 'name', 'type'], minor: false }],
		},
		{
			name: 'a response added',
			mutate: (s) => Object.assign(s.paths['/items'].get.responses, { '404': { description: 'Not found' } }),
			changes: [{ file: 'swagger', change: 'added', path: ['paths', '/items', 'get', 'responses', '404'], minor: false }],
		},
		{ name: 'info.title changed', mutate: (s) => (s.info.title = 'My items'), changes: [{ file: 'swagger', change: 'changed', path: ['info', 'title'], minor: false }] },
	];
	for (const { name, mutate, changes } of cases) {
		assert.deepEqual(classifyUpdate({ swagger: baseSwagger() }, { swagger: swaggerWith(mutate) }), { kind: 'major', reviewTime: MAJOR, changes }, name);
	}
});

test('a changed script.csx is a major update', () => {
	const swagger = baseSwagger();
	assert.deepEqual(classifyUpdate({ swagger, script: 'public class Script {}' }, { swagger, script: 'public class Script { }' }), {
		kind: 'major',
		reviewTime: MAJOR,
		changes: [{ file: 'script', change: 'changed', path: [], minor: false }],
	});
	assert.deepEqual(classifyUpdate({ swagger, script: null }, { swagger, script: 'public class Script {}' }), {
		kind: 'major',
		reviewTime: MAJOR,
		changes: [{ file: 'script', change: 'added', path: [], minor: false }],
	});
	assert.deepEqual(classifyUpdate({ swagger, script: 'public class Script {}' }, { swagger, script: null }), {
		kind: 'major',
		reviewTime: MAJOR,
		changes: [{ file: 'script', change: 'removed', path: [], minor: false }],
	});
});

test('a script that differs only by a byte order mark, or was not read, is not a change', () => {
	const swagger = baseSwagger();
	assert.deepEqual(classifyUpdate({ swagger, script: '\uFEFFpublic class Script {}' }, { swagger, script: 'public class Script {}' }), { kind: 'unchanged', changes: [] });
	assert.deepEqual(classifyUpdate({ swagger, script: 'public class Script {}' }, { swagger, script: '\uFEFFpublic class Script {}' }), { kind: 'unchanged', changes: [] });
	assert.deepEqual(classifyUpdate({ swagger, script: null }, { swagger, script: null }), { kind: 'unchanged', changes: [] });
	assert.deepEqual(classifyUpdate({ swagger, script: 'a' }, { swagger }), { kind: 'unchanged', changes: [] });
});

test('apiProperties added, or changed outside the minor-update list, is a major update', () => {
	const swagger = baseSwagger();
	assert.deepEqual(classifyUpdate({ swagger }, { swagger, apiProperties: baseApiProperties() }), {
		kind: 'major',
		reviewTime: MAJOR,
		changes: [{ file: 'apiProperties', change: 'added', path: [], minor: false }],
	});
	assert.deepEqual(classifyUpdate({ swagger, apiProperties: baseApiProperties() }, { swagger }), {
		kind: 'major',
		reviewTime: MAJOR,
		changes: [{ file: 'apiProperties', change: 'removed', path: [], minor: false }],
	});
	const displayName = apiPropertiesWith((a) => (a.properties.connectionParameters.api_key.uiDefinition.displayName = 'Key'));
	assert.deepEqual(classifyUpdate({ swagger, apiProperties: baseApiProperties() }, { swagger, apiProperties: displayName }), {
		kind: 'major',
		reviewTime: MAJOR,
		changes: [{ file: 'apiProperties', change: 'changed', path: ['properties', 'connectionParameters', 'api_key', 'uiDefinition', 'displayName'], minor: false }],
	});
	const capability = apiPropertiesWith((a) => a.properties.capabilities.push('actions'));
	assert.deepEqual(classifyUpdate({ swagger, apiProperties: baseApiProperties() }, { swagger, apiProperties: capability }), {
		kind: 'major',
		reviewTime: MAJOR,
		changes: [{ file: 'apiProperties', change: 'added', path: ['properties', 'capabilities', 0], minor: false }],
	});
});

test('a major change makes the whole update major, and the non-minor changes are listed first', () => {
	const after = swaggerWith((s) => {
		s.info.description = 'Manages your items.';
		s.info.version = '1.1';
		s.paths['/items'].get.summary = 'List all items';
		s.paths['/items'].get.parameters[0].description = 'How many items.';
	});
	const apiProperties = apiPropertiesWith((a) => (a.properties.iconBrandColor = '#da3b01'));
	assert.deepEqual(classifyUpdate({ swagger: baseSwagger(), apiProperties: baseApiProperties(), script: 'a' }, { swagger: after, apiProperties, script: 'b' }), {
		kind: 'major',
		reviewTime: MAJOR,
		changes: [
			{ file: 'swagger', change: 'changed', path: ['info', 'version'], minor: false },
			{ file: 'swagger', change: 'changed', path: ['paths', '/items', 'get', 'parameters', 0, 'description'], minor: false, parameter: 'top (query)' },
			{ file: 'script', change: 'changed', path: [], minor: false },
			{ file: 'swagger', change: 'changed', path: ['info', 'description'], minor: true },
			{ file: 'swagger', change: 'changed', path: ['paths', '/items', 'get', 'summary'], minor: true },
			{ file: 'apiProperties', change: 'changed', path: ['properties', 'iconBrandColor'], minor: true },
		],
	});
});

test('a description in a definition that becomes reachable from a body parameter is major', () => {
	// Response-only must hold before and after: here the new version also sends Entry in a body.
	const after = swaggerWith((s) => {
		s.definitions.Entry.description = 'An entry.';
		s.paths['/items'].post.parameters[0].schema = { $ref: '#/definitions/Entry' };
	});
	assert.deepEqual(classifyUpdate({ swagger: baseSwagger() }, { swagger: after }), {
		kind: 'major',
		reviewTime: MAJOR,
		changes: [
			{ file: 'swagger', change: 'changed', path: ['paths', '/items', 'post', 'parameters', 0, 'schema', '$ref'], minor: false, parameter: 'body (body)' },
			{ file: 'swagger', change: 'changed', path: ['definitions', 'Entry', 'description'], minor: false },
		],
	});
});

test('a parameter inserted above the others is one addition, not a change at every index', () => {
	const after = swaggerWith((s) => {
		(s.paths['/items'].get.parameters as unknown[]).unshift({ name: 'filter', in: 'query', type: 'string', description: 'An OData filter.' });
	});
	assert.deepEqual(classifyUpdate({ swagger: baseSwagger() }, { swagger: after }), {
		kind: 'major',
		reviewTime: MAJOR,
		changes: [{ file: 'swagger', change: 'added', path: ['paths', '/items', 'get', 'parameters', 0], minor: false, parameter: 'filter (query)' }],
	});
});

test('a parameter removed from above the others is one removal at its old index', () => {
	const after = swaggerWith((s) => {
		s.paths['/items/{id}'].get.parameters.shift();
	});
	assert.deepEqual(classifyUpdate({ swagger: baseSwagger() }, { swagger: after }), {
		kind: 'major',
		reviewTime: MAJOR,
		changes: [{ file: 'swagger', change: 'removed', path: ['paths', '/items/{id}', 'get', 'parameters', 0], minor: false, parameter: 'id (path)' }],
	});
});

test('the same parameters in another order are one change at the parameters array', () => {
	const after = swaggerWith((s) => {
		s.paths['/items/{id}'].get.parameters.reverse();
	});
	assert.deepEqual(classifyUpdate({ swagger: baseSwagger() }, { swagger: after }), {
		kind: 'major',
		reviewTime: MAJOR,
		changes: [{ file: 'swagger', change: 'changed', path: ['paths', '/items/{id}', 'get', 'parameters'], minor: false }],
	});
});

test('a moved parameter whose description also changed is found under its new index', () => {
	const after = swaggerWith((s) => {
		s.paths['/items/{id}'].get.parameters.reverse();
		s.paths['/items/{id}'].get.parameters[1].description = "The item's id.";
	});
	assert.deepEqual(classifyUpdate({ swagger: baseSwagger() }, { swagger: after }), {
		kind: 'major',
		reviewTime: MAJOR,
		changes: [
			{ file: 'swagger', change: 'changed', path: ['paths', '/items/{id}', 'get', 'parameters', 1, 'description'], minor: false, parameter: 'id (path)' },
			{ file: 'swagger', change: 'changed', path: ['paths', '/items/{id}', 'get', 'parameters'], minor: false },
		],
	});
});

test('shared parameters referenced with $ref are matched by their reference', () => {
	const withRefs = (refs: string[]) =>
		swaggerWith((s) => {
			Object.assign(s, { parameters: { top: { name: 'top', in: 'query', type: 'integer' }, skip: { name: 'skip', in: 'query', type: 'integer' } } });
			(s.paths['/items'].get as { parameters: unknown[] }).parameters = refs.map(($ref) => ({ $ref }));
		});
	assert.deepEqual(classifyUpdate({ swagger: withRefs(['#/parameters/top']) }, { swagger: withRefs(['#/parameters/skip', '#/parameters/top']) }), {
		kind: 'major',
		reviewTime: MAJOR,
		changes: [{ file: 'swagger', change: 'added', path: ['paths', '/items', 'get', 'parameters', 0], minor: false, parameter: '#/parameters/skip' }],
	});
});

test('describeUpdateChange puts a change in words', () => {
	const change = (file: UpdateChange['file'], kind: UpdateChange['change'], path: (string | number)[], parameter?: string): UpdateChange => ({ file, change: kind, path, minor: false, ...(parameter !== undefined ? { parameter } : {}) });
	assert.equal(describeUpdateChange(change('swagger', 'added', ['paths', '/items', 'post'])), 'added operation POST /items');
	assert.equal(describeUpdateChange(change('swagger', 'changed', ['paths', '/items/{id}', 'get', 'parameters', 0, 'description'], 'id (path)')), 'changed description of parameter id (path) of GET /items/{id}');
	assert.equal(describeUpdateChange(change('swagger', 'removed', ['paths', '/items/{id}', 'get', 'parameters', 1], 'expand (query)')), 'removed parameter expand (query) of GET /items/{id}');
	assert.equal(describeUpdateChange(change('swagger', 'changed', ['paths', '/items/{id}', 'get', 'parameters'])), 'changed parameters of GET /items/{id}');
	assert.equal(describeUpdateChange(change('swagger', 'changed', ['paths', '/items', 'get', 'responses', '200', 'description'])), 'changed responses/200/description of GET /items');
	assert.equal(describeUpdateChange(change('swagger', 'changed', ['info', 'version'])), 'changed info/version');
	assert.equal(describeUpdateChange(change('apiProperties', 'changed', ['properties', 'iconBrandColor'])), 'changed properties/iconBrandColor in apiProperties.json');
	assert.equal(describeUpdateChange(change('apiProperties', 'added', [])), 'added apiProperties.json');
	assert.equal(describeUpdateChange(change('swagger', 'removed', [])), 'removed the swagger');
	assert.equal(describeUpdateChange(change('script', 'changed', [])), 'changed script.csx');
	assert.equal(describeUpdateChange(change('script', 'added', [])), 'added script.csx');
	assert.equal(describeUpdateChange(change('swagger', 'added', ['paths', '/things'])), 'added path /things');
	assert.equal(describeUpdateChange(change('swagger', 'changed', ['paths', '/things', 'parameters', 0, 'type'])), 'changed parameters/0/type of path /things');
});

test('describeUpdateChange reads the changes classifyUpdate reports', () => {
	const after = swaggerWith((s) => {
		(s.paths['/items'].get.parameters as unknown[]).unshift({ name: 'filter', in: 'query', type: 'string' });
		s.paths['/items/{id}'].get.parameters[0].description = "The item's id.";
		Object.assign(s.paths, { '/things': { get: { operationId: 'ListThings', responses: { '200': { description: 'OK' } } } } });
	});
	const { changes } = classifyUpdate({ swagger: baseSwagger() }, { swagger: after });
	assert.deepEqual(changes.map(describeUpdateChange), [
		'added parameter filter (query) of GET /items',
		'changed description of parameter id (path) of GET /items/{id}',
		'added path /things',
	]);
});

test('only a schema\'s own description is a message description: not an example\'s text, and a property named "properties" is still a property', () => {
	const before = swaggerWith((swagger) => {
		const schema = swagger.paths['/items/{id}'].get.responses['200'].schema as Record<string, unknown>;
		schema.example = { description: 'a' };
		(schema.properties as Record<string, unknown>).properties = { type: 'string', description: 'Its properties.' };
	});
	const example = swaggerWith((swagger) => {
		const schema = swagger.paths['/items/{id}'].get.responses['200'].schema as Record<string, unknown>;
		schema.example = { description: 'b' };
		(schema.properties as Record<string, unknown>).properties = { type: 'string', description: 'Its properties.' };
	});
	const propertyNamedProperties = swaggerWith((swagger) => {
		const schema = swagger.paths['/items/{id}'].get.responses['200'].schema as Record<string, unknown>;
		schema.example = { description: 'a' };
		(schema.properties as Record<string, unknown>).properties = { type: 'string', description: 'What it has.' };
	});
	const at = ['paths', '/items/{id}', 'get', 'responses', '200', 'schema'];
	assert.deepEqual(classifyUpdate({ swagger: before }, { swagger: example }), { kind: 'major', reviewTime: MAJOR, changes: [{ file: 'swagger', change: 'changed', path: [...at, 'example', 'description'], minor: false }] });
	assert.deepEqual(classifyUpdate({ swagger: before }, { swagger: propertyNamedProperties }), {
		kind: 'minor',
		reviewTime: MINOR,
		changes: [{ file: 'swagger', change: 'changed', path: [...at, 'properties', 'properties', 'description'], minor: true }],
	});
});

test('a shared response\'s description, and those of definitions only it uses, are message descriptions', () => {
	const shared = (description: string, definitionDescription: string) =>
		swaggerWith((swagger) => {
			const root = swagger as unknown as Record<string, unknown>;
			root.responses = { Ok: { description, schema: { $ref: '#/definitions/Receipt' } } };
			(root.definitions as Record<string, unknown>).Receipt = { type: 'object', description: definitionDescription };
			swagger.paths['/items'].get.responses['200'] = { $ref: '#/responses/Ok' } as never;
		});
	assert.deepEqual(classifyUpdate({ swagger: shared('OK', 'A receipt.') }, { swagger: shared('Done', 'The receipt.') }), {
		kind: 'minor',
		reviewTime: MINOR,
		changes: [
			{ file: 'swagger', change: 'changed', path: ['definitions', 'Receipt', 'description'], minor: true },
			{ file: 'swagger', change: 'changed', path: ['responses', 'Ok', 'description'], minor: true },
		],
	});
});
