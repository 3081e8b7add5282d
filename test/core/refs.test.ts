import assert from 'node:assert/strict';
import { test } from 'node:test';
import { classifyRef, refOf, resolveRef, valueAtPath } from '../../server/src/core/refs';

const ROOT = {
	definitions: {
		Item: { type: 'object', properties: { id: { type: 'string' } } },
		Alias: { $ref: '#/definitions/Item' },
		AliasOfAlias: { $ref: '#/definitions/Alias' },
		Self: { $ref: '#/definitions/Self' },
		Ping: { $ref: '#/definitions/Pong' },
		Pong: { $ref: '#/definitions/Ping' },
		'My Type': { type: 'string' },
		'a/b': { type: 'integer' },
		'100%': { type: 'number' },
		ToRemote: { $ref: 'https://example.com/schema.json#/Item' },
	},
	parameters: { id: { name: 'id', in: 'path' } },
	list: [{ type: 'boolean' }],
};

test('a local reference resolves to its value and path', () => {
	assert.deepEqual(resolveRef(ROOT, '#/definitions/Item'), { ok: true, path: ['definitions', 'Item'], value: ROOT.definitions.Item, hops: 1 });
	assert.deepEqual(resolveRef(ROOT, '#/list/0'), { ok: true, path: ['list', '0'], value: { type: 'boolean' }, hops: 1 });
	assert.deepEqual(resolveRef(ROOT, '#'), { ok: true, path: [], value: ROOT, hops: 1 });
});

test('a chain of references is followed to the value that is not a reference', () => {
	assert.deepEqual(resolveRef(ROOT, '#/definitions/AliasOfAlias'), { ok: true, path: ['definitions', 'Item'], value: ROOT.definitions.Item, hops: 3 });
});

test('a chain that comes back to itself is a cycle, not a hang', () => {
	assert.deepEqual(resolveRef(ROOT, '#/definitions/Self'), { ok: false, problem: 'cycle', ref: '#/definitions/Self' });
	assert.deepEqual(resolveRef(ROOT, '#/definitions/Ping'), { ok: false, problem: 'cycle', ref: '#/definitions/Ping' });
	// A chain longer than 64 distinct hops is given up on the same way.
	const long: Record<string, unknown> = { end: { type: 'string' } };
	for (let i = 0; i < 70; i++) {
		long[`r${i}`] = { $ref: i === 69 ? '#/end' : `#/r${i + 1}` };
	}
	assert.equal(resolveRef(long, '#/r0').ok, false);
	assert.equal(resolveRef(long, '#/r10').ok, true);
});

test('a pointer to nothing is not-found', () => {
	assert.deepEqual(resolveRef(ROOT, '#/definitions/Missing'), { ok: false, problem: 'not-found', ref: '#/definitions/Missing' });
	assert.deepEqual(resolveRef(ROOT, '#/list/1'), { ok: false, problem: 'not-found', ref: '#/list/1' });
	assert.deepEqual(resolveRef(ROOT, '#/list/01'), { ok: false, problem: 'not-found', ref: '#/list/01' });
	// Inherited members are not document content.
	assert.deepEqual(resolveRef(ROOT, '#/definitions/constructor'), { ok: false, problem: 'not-found', ref: '#/definitions/constructor' });
	assert.deepEqual(resolveRef(ROOT, '#/definitions/Item/properties/id/type/length'), { ok: false, problem: 'not-found', ref: '#/definitions/Item/properties/id/type/length' });
});

test('remote references (http, https, file, any scheme) are reported, never fetched', () => {
	for (const ref of ['http://example.com/a.json', 'https://example.com/a.json#/definitions/A', 'file:///etc/passwd', 'FILE:///c:/x.json', 'urn:x-ms:item']) {
		assert.equal(classifyRef(ref), 'remote', ref);
		assert.deepEqual(resolveRef(ROOT, ref), { ok: false, problem: 'remote', ref });
	}
	// Also when a local chain leads there: the problem names the remote hop.
	assert.deepEqual(resolveRef(ROOT, '#/definitions/ToRemote'), { ok: false, problem: 'remote', ref: 'https://example.com/schema.json#/Item' });
});

test('references to other files are external, never read', () => {
	for (const ref of ['other.json#/definitions/A', '../x.json', './apiProperties.json', 'definitions.json', '/etc/passwd']) {
		assert.equal(classifyRef(ref), 'external', ref);
		assert.deepEqual(resolveRef(ROOT, ref), { ok: false, problem: 'external', ref });
	}
});

test('a fragment that is not a JSON pointer is malformed', () => {
	for (const ref of ['#definitions/Item', '#/definitions/a~2', '#/definitions~']) {
		assert.equal(classifyRef(ref), 'malformed', ref);
		assert.deepEqual(resolveRef(ROOT, ref), { ok: false, problem: 'malformed', ref });
	}
});

test('percent-encoded and ~-escaped pointers are decoded', () => {
	assert.deepEqual(resolveRef(ROOT, '#/definitions/My%20Type'), { ok: true, path: ['definitions', 'My Type'], value: { type: 'string' }, hops: 1 });
	assert.deepEqual(resolveRef(ROOT, '#/definitions/a~1b'), { ok: true, path: ['definitions', 'a/b'], value: { type: 'integer' }, hops: 1 });
	assert.deepEqual(resolveRef(ROOT, '#/definitions/a%2Fb').ok, false);
	// A stray % that is not an escape is taken literally rather than throwing.
	assert.deepEqual(resolveRef(ROOT, '#/definitions/100%'), { ok: true, path: ['definitions', '100%'], value: { type: 'number' }, hops: 1 });
});

test('refOf and valueAtPath read only own data', () => {
	assert.equal(refOf({ $ref: '#/a' }), '#/a');
	assert.equal(refOf({ $ref: 5 }), undefined);
	assert.equal(refOf(['#/a']), undefined);
	assert.equal(valueAtPath(ROOT, ['parameters', 'id', 'name']), 'id');
	assert.equal(valueAtPath(ROOT, ['list', 0, 'type']), 'boolean');
	assert.equal(valueAtPath(ROOT, ['parameters', 'toString']), undefined);
});
