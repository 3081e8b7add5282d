// Property test of fix-all (engine/fixes.ts, as `connector-certify fix` applies it to both files): on mutated
// connectors it keeps the JSON parseable, strict JSON strict, and a second fix-all changes nothing. The bugs it found
// have a test each, with their smallest example (a `todo` while the bug is known, in KNOWN_BUGS).
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import * as fc from 'fast-check';
import { connectorCase, TEST_SCALE } from './arbitraries';
import { fixConnectorCase, fuzzParameters, tolerating } from './properties';

const CLEAN = path.join(__dirname, '..', 'fixtures', 'cli', 'clean-connector');

test('fix-all keeps mutated connectors parseable and is idempotent', async () => {
	await fc.assert(fc.asyncProperty(connectorCase(TEST_SCALE), tolerating('fix-all', fixConnectorCase)), fuzzParameters(30));
});

test('fix-all on files whose root is not an object does not throw', () => {
	fixConnectorCase({ label: 'apiProperties.json 5', apiProperties: '5', everyRule: false });
	fixConnectorCase({ label: 'definition []', swagger: '[]', everyRule: false });
});

test('fix-all beside a $ref: a second fix-all changes nothing', () => {
	const swagger = JSON.parse(readFileSync(path.join(CLEAN, 'apiDefinition.swagger.json'), 'utf8')) as Record<string, unknown>;
	swagger.info = { $ref: '#/definitions/X' };
	fixConnectorCase({ label: 'info is a $ref', swagger: JSON.stringify(swagger, null, 2), everyRule: false });
});
