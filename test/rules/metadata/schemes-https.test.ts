import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/metadata/schemes-https';
import { applyFix, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const MESSAGE = "The scheme 'http' should be 'https': the connector should reach its service over HTTPS only.";

test('schemes-https fires on http at the root and on an operation', () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { schemes: ['http'], responses: { 200: { description: 'OK' } } } } }, { schemes: ['https', 'http'] }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'schemes-https', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"http"', 0), jsonPointer: '/schemes/1' },
		{ ruleId: 'schemes-https', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"http"', 1), jsonPointer: '/paths/~1a/get/schemes/0' },
	]);
});

test('schemes-https does not fire on https', () => {
	assert.deepEqual(runRule(rule, { swagger: swaggerWith({}, { schemes: ['https'] }) }), []);
});

test('schemes-https fix replaces http by https, or removes it when the list already has https', () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { schemes: ['http'], responses: {} } } }, { schemes: ['https', 'http'] }));
	const [root, operation] = runRule(rule, { swagger });
	const removed = applyFix(rule, root, { swagger });
	assert.equal(removed.title, "Remove 'http' (the list has 'https')");
	assert.equal(removed.text, swagger.replace('"https",\n    "http"\n', '"https"\n'));
	const replaced = applyFix(rule, operation, { swagger });
	assert.equal(replaced.title, "Replace 'http' by 'https'");
	assert.equal(replaced.text, swagger.replace('"schemes": [\n          "http"', '"schemes": [\n          "https"'));
	assert.deepEqual(runRule(rule, { swagger: applyFix(rule, runRule(rule, { swagger: removed.text })[0], { swagger: removed.text }).text }), []);
});

test('schemes-https fix keeps a single https when http appears twice', () => {
	const swagger = textOf(swaggerWith({}, { schemes: ['http', 'HTTP'] }));
	const [first, second] = runRule(rule, { swagger });
	assert.equal(applyFix(rule, first, { swagger }).title, "Replace 'http' by 'https'");
	assert.equal(applyFix(rule, second, { swagger }).title, "Remove 'http' (the list has 'https')");
});
