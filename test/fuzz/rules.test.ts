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
import { validateSwaggerSchema } from '../../server/src/core/swaggerSchema';
import { check, parseText } from '../../server/src/engine/index';
import { RULES } from '../../server/src/rules/index';
import { connectorCase, TEST_SCALE } from './arbitraries';
import { checkConnectorCase, fuzzParameters, tolerating } from './properties';

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

/** A copy of the clean connector with `count` empty shared parameters: three schema errors each. */
function emptySharedParameters(count: number): Record<string, unknown> {
	const swagger = JSON.parse(readFileSync(path.join(CLEAN, 'apiDefinition.swagger.json'), 'utf8')) as Record<string, unknown>;
	swagger.parameters = Object.fromEntries(Array.from({ length: count }, (_, i) => [`p${i}`, {}]));
	return swagger;
}

/**
 * Milliseconds of processor time swagger-schema takes on the definition (its findings are the `other` kind: none
 * here). Processor time, not the clock: the test shards running beside this one on a busy machine do not count (the
 * clock once read 1001 ms for a 130 ms check).
 */
function timeSwaggerSchema(swagger: Record<string, unknown>): number {
	const input = { swagger: parseText(JSON.stringify(swagger, null, 2)) };
	const started = process.cpuUsage();
	const result = check(RULES.filter((rule) => rule.id === 'swagger-schema'), input, EVERY_RULE);
	const used = process.cpuUsage(started);
	const elapsed = (used.user + used.system) / 1000;
	assert.deepEqual(result.findings.swagger, []);
	return elapsed;
}

// Found by the property above: the explaining validator Ajv generates merged each invalid entry's errors with
// vErrors.concat(...), copying every error so far (4000 parameters 0.57 s, 20,000 17 s).
test('4000 empty shared parameters are checked by swagger-schema in linear time', () => {
	const swagger = emptySharedParameters(4000);
	// Compiling the validators and the JIT's first pass (once per process) are not what this measures, nor is a busy
	// machine: one run to warm up, then the best of three.
	timeSwaggerSchema(swagger);
	const elapsed = Math.min(timeSwaggerSchema(swagger), timeSwaggerSchema(swagger), timeSwaggerSchema(swagger));
	// The linear validator takes about 130 ms here; the quadratic one took 0.57 s.
	assert.ok(elapsed < 300, `swagger-schema took ${Math.round(elapsed)} ms`);
});

test('20,000 empty shared parameters: swagger-schema copies no error list and takes well under the quadratic 17 s', () => {
	timeSwaggerSchema(emptySharedParameters(10));
	const swagger = emptySharedParameters(20_000);
	// The cause, counted exactly rather than timed: Ajv's 160,000 errors (3 per parameter once each oneOf is reduced to its
	// branch) are gathered without copying the list (the quadratic validator's concat calls copied 1.6 billion errors).
	const concat = Array.prototype.concat;
	let copied = 0;
	Array.prototype.concat = function (this: unknown[], ...items: unknown[]) {
		const result = concat.apply(this, items);
		copied += result.length;
		return result;
	} as typeof concat;
	let errors: number;
	try {
		errors = validateSwaggerSchema(swagger).length;
	} finally {
		Array.prototype.concat = concat;
	}
	assert.equal(errors, 20_000 * 3);
	assert.ok(copied < 100, `${copied} array elements copied by concat`);
	const elapsed = timeSwaggerSchema(swagger);
	// About half a second on a 2-core development machine (the quadratic validator 17 s); the bound leaves room for a busy one.
	assert.ok(elapsed < 2500, `swagger-schema took ${Math.round(elapsed)} ms`);
});
