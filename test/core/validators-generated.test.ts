// The precompiled validators (core/swagger2Valid.generated.js, schemas/apiPropertiesValidate.generated.js) are what
// their generator writes from the installed schema package and our apiProperties schema; the Swagger 2.0 validity check
// agrees with the runtime validator that explains errors.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import isValidSwagger2 from '../../server/src/core/swagger2Valid.generated';
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
