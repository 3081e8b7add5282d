import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/op-description-checklist';
import { applyFix, rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

test('op-description-checklist fires on an internal operation without a description', () => {
	const swagger = textOf(swaggerWith({ '/types': { get: { operationId: 'ListTypes', 'x-ms-visibility': 'internal', responses: {} } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'op-description-checklist',
			file: 'swagger',
			message: "The internal operation 'ListTypes' has no 'description'; the certification checklist asks for one on every operation.",
			range: rangeOf(swagger, '"get"'),
			jsonPointer: '/paths/~1types/get/description',
		},
	]);
});

test('op-description-checklist does not fire on visible operations (op-description-required) or internal ones that have it', () => {
	const swagger = swaggerWith({
		'/types': { get: { operationId: 'ListTypes', summary: 'List types', description: 'Lists the types.', 'x-ms-visibility': 'internal', responses: {} } },
		'/items': { get: { operationId: 'ListItems', responses: {} } },
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('op-description-checklist fix writes a description from the summary after it', () => {
	const swagger = textOf(swaggerWith({ '/types': { get: { operationId: 'ListTypes', summary: 'List types', 'x-ms-visibility': 'internal', responses: {} } } }));
	const [finding] = runRule(rule, { swagger });
	const fixed = applyFix(rule, finding, { swagger });
	assert.deepEqual(runRule(rule, { swagger: fixed.text }), []);
	assert.match(fixed.text, /"summary": "List types",\n {8}"description": "[^"]+",/);
});
