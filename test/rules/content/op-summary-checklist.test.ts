import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/op-summary-checklist';
import { applyFix, rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

test('op-summary-checklist fires on an internal operation without a summary', () => {
	const swagger = textOf(swaggerWith({ '/types': { get: { operationId: 'ListTypes', 'x-ms-visibility': 'internal', responses: {} } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'op-summary-checklist',
			file: 'swagger',
			message: "The internal operation 'ListTypes' has no 'summary'; the certification checklist asks for one on every operation.",
			range: rangeOf(swagger, '"get"'),
			jsonPointer: '/paths/~1types/get/summary',
		},
	]);
});

test('op-summary-checklist does not fire on visible operations (op-summary-required) or internal ones that have it', () => {
	const swagger = swaggerWith({
		'/types': { get: { operationId: 'ListTypes', summary: 'List types', description: 'Lists the types.', 'x-ms-visibility': 'internal', responses: {} } },
		'/items': { get: { operationId: 'ListItems', responses: {} } },
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('op-summary-checklist fix writes a summary from the operationId after it', () => {
	const swagger = textOf(swaggerWith({ '/types': { get: { operationId: 'ListTypes', 'x-ms-visibility': 'internal', responses: {} } } }));
	const [finding] = runRule(rule, { swagger });
	const fixed = applyFix(rule, finding, { swagger });
	assert.equal(fixed.title, 'Add the summary "List types"');
	assert.equal(fixed.text, swagger.replace('"operationId": "ListTypes",', '"operationId": "ListTypes",\n        "summary": "List types",'));
});
