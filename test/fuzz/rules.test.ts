// Property test of the rules: every rule runs on mutated real connectors (keys deleted, duplicated, retyped, renamed to
// prototype names; huge arrays and strings; deep nesting; $ref cycles; broken text; damaged icons, odd readmes and
// scripts; a previous version) without throwing, and places every finding inside its file. The known bugs it found
// have a `todo` test each, with their smallest example.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { test } from 'node:test';
import * as fc from 'fast-check';
import { EVERY_RULE } from '../../scripts/corpus-evidence';
import { check, parseText } from '../../server/src/engine/index';
import { RULES } from '../../server/src/rules/index';
import { connectorCase, TEST_SCALE } from './arbitraries';
import { checkConnectorCase, fuzzParameters, knownBug, tolerating } from './properties';

const CLEAN = path.join(__dirname, '..', 'fixtures', 'cli', 'clean-connector');

test('every rule runs on mutated connectors without throwing, every finding inside its document', async () => {
	await fc.assert(fc.asyncProperty(connectorCase(TEST_SCALE), tolerating('rules', checkConnectorCase)), fuzzParameters(50));
});

// Found by this property: fast-deep-equal, behind the generated validator's uniqueItems, called a parameter's own
// valueOf key and five rules threw (fixed by core/uniqueItems.ts).
test('a parameter with a key named valueOf: no rule throws', () => {
	const swagger = JSON.parse(readFileSync(path.join(CLEAN, 'apiDefinition.swagger.json'), 'utf8')) as { paths: Record<string, { get: { parameters: unknown[] } }> };
	swagger.paths['/notes/{noteId}'].get.parameters.push({ name: 'q', in: 'query', type: 'string', valueOf: 'x' });
	checkConnectorCase({ label: 'valueOf key', swagger: JSON.stringify(swagger, null, 2), everyRule: true });
});

test('4000 empty shared parameters are checked by swagger-schema in linear time', { todo: knownBug('schema-errors-quadratic').description }, () => {
	const swagger = JSON.parse(readFileSync(path.join(CLEAN, 'apiDefinition.swagger.json'), 'utf8')) as Record<string, unknown>;
	swagger.parameters = Object.fromEntries(Array.from({ length: 4000 }, (_, i) => [`p${i}`, {}]));
	const input = { swagger: parseText(JSON.stringify(swagger, null, 2)) };
	const started = performance.now();
	check(RULES.filter((rule) => rule.id === 'swagger-schema'), input, EVERY_RULE);
	const elapsed = performance.now() - started;
	// A linear validator takes a few tens of milliseconds here; the quadratic one over half a second.
	assert.ok(elapsed < 300, `swagger-schema took ${Math.round(elapsed)} ms`);
});
