import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import rule from '../../../server/src/rules/metadata/extension-key-misspelled';
import { applyFix, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';
import { upstreamPair } from '../../helpers/upstream';

test('extension-key-misspelled fires on the key and names the suggestion', () => {
	const swagger = textOf(
		swaggerWith({
			'/a': { get: { 'x-ms-visibilty': 'important', parameters: [{ name: 'q', in: 'query', type: 'string', 'X-MS-Summary': 'Query' }], responses: { 200: { description: 'OK' } } } },
		}),
	);
	const findings = runRule(rule, { swagger });
	assert.deepEqual(summarize(findings), [
		{ ruleId: 'extension-key-misspelled', file: 'swagger', message: "The extension key 'x-ms-visibilty' is not recognized; did you mean 'x-ms-visibility' (operation GET /a)?", range: rangeOf(swagger, '"x-ms-visibilty"'), jsonPointer: '/paths/~1a/get/x-ms-visibilty' },
		{ ruleId: 'extension-key-misspelled', file: 'swagger', message: "The extension key 'X-MS-Summary' is not recognized; did you mean 'x-ms-summary' (parameter 'q' of GET /a)?", range: rangeOf(swagger, '"X-MS-Summary"'), jsonPointer: '/paths/~1a/get/parameters/0/X-MS-Summary' },
	]);
	assert.deepEqual(findings[0].data, { key: 'x-ms-visibilty', suggestion: 'x-ms-visibility' });
});

test('extension-key-misspelled catches the typos found upstream, in schemas too', () => {
	const swagger = swaggerWith({}, {
		definitions: { A: { type: 'object', 'x-ms-summmary': 'A', properties: { b: { type: 'string', 'x-ms-visbility': 'advanced', 'x-summary': 'B', 'x-ms-summarry': 'B' } } } },
	});
	assert.deepEqual(runRule(rule, { swagger }).map((f) => f.data?.suggestion), ['x-ms-summary', 'x-ms-visibility', 'x-ms-summary', 'x-ms-summary']);
});

test('extension-key-misspelled ignores known keys, other vendors\' extensions and keys that are data', () => {
	const swagger = swaggerWith(
		{ '/a': { get: { 'x-ms-visibility': 'important', responses: { 200: { description: 'OK', headers: { 'x-ms-visbility': { type: 'string' } } } } } } },
		{ definitions: { A: { type: 'object', 'x-nullable': true, 'x-ms-enum': { name: 'A' }, properties: { 'x-ms-summry': { type: 'string' } } } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('extension-key-misspelled flags Connect2All before the typo fix, not after (pair 03)', () => {
	const dir = upstreamPair('03-Connect2All');
	assert.ok(runRule(rule, { swagger: readFileSync(join(dir, 'before.json'), 'utf8') }).some((f) => f.data?.suggestion === 'x-ms-visibility'));
	assert.deepEqual(runRule(rule, { swagger: readFileSync(join(dir, 'after.json'), 'utf8') }), []);
});

test('extension-key-misspelled fix renames the key to the suggestion and keeps its value', () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { 'x-ms-visibilty': 'important', responses: { 200: { description: 'OK' } } } } }));
	const [finding] = runRule(rule, { swagger });
	const fixed = applyFix(rule, finding, { swagger });
	assert.equal(fixed.title, "Rename to 'x-ms-visibility'");
	assert.equal(fixed.text, swagger.replace('"x-ms-visibilty": "important"', '"x-ms-visibility": "important"'));
	assert.deepEqual(runRule(rule, { swagger: fixed.text }), []);
});

test('extension-key-misspelled offers no fix when the object already has the suggested key', () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { 'x-ms-visibility': 'advanced', 'x-ms-visibilty': 'important', responses: {} } } }));
	const [finding] = runRule(rule, { swagger });
	assert.throws(() => applyFix(rule, finding, { swagger }), /proposes no fix/);
});
