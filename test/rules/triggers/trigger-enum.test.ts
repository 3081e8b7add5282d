import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/triggers/trigger-enum';
import jsonValueNotInEnum from '../../../server/src/rules/swagger/json-value-not-in-enum';
import { applyFix, rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

test('trigger-enum fires on a value other than batch or single, and json-value-not-in-enum stays silent', () => {
	const swagger = textOf(swaggerWith({ '/items': { get: { operationId: 'OnNewItem', 'x-ms-trigger': 'polling', responses: { '200': { description: 'OK' } } } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'trigger-enum', file: 'swagger', message: 'The property value must be one of the following: batch, single.', range: rangeOf(swagger, '"polling"'), jsonPointer: '/paths/~1items/get/x-ms-trigger' },
	]);
	assert.deepEqual(runRule(jsonValueNotInEnum, { swagger }), []);
});

test('trigger-enum fires on a non-string value', () => {
	const swagger = textOf(swaggerWith({ '/items': { get: { 'x-ms-trigger': true, responses: { '200': { description: 'OK' } } } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => f.range), [rangeOf(swagger, 'true')]);
});

test('trigger-enum does not fire on batch, single or actions', () => {
	const swagger = swaggerWith({
		'/a': { get: { 'x-ms-trigger': 'batch', responses: { '200': { description: 'OK' } } } },
		'/b': { post: { 'x-ms-trigger': 'single', responses: { '201': { description: 'Created' } } } },
		'/c': { get: { responses: { '200': { description: 'OK' } } } },
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('trigger-enum fix replaces a miscased or misspelled value by the allowed one it was meant to be', () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { 'x-ms-trigger': 'Batch', responses: {} } }, '/b': { get: { 'x-ms-trigger': 'singel ', responses: {} } } }));
	const [batch, single] = runRule(rule, { swagger });
	const fixed = applyFix(rule, batch, { swagger });
	assert.equal(fixed.title, "Replace by 'batch'");
	assert.equal(fixed.text, swagger.replace('"Batch"', '"batch"'));
	const both = applyFix(rule, single, { swagger: fixed.text });
	assert.equal(both.text, fixed.text.replace('"singel "', '"single"'));
	assert.deepEqual(runRule(rule, { swagger: both.text }), []);
});

test('trigger-enum offers no fix when the intended value is not clear', () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { 'x-ms-trigger': 'polling', responses: {} } }, '/b': { get: { 'x-ms-trigger': true, responses: {} } } }));
	for (const finding of runRule(rule, { swagger })) {
		assert.throws(() => applyFix(rule, finding, { swagger }), /proposes no fix/);
	}
});
