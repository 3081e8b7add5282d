import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/deprecated-op-marking';
import { applyFix, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('deprecated-op-marking fires on the summary and description of a deprecated operation', () => {
	const swagger = textOf(swaggerWith({ '/items': { get: { operationId: 'GetItems', summary: 'Get rows', description: 'Gets a list of items.', deprecated: true, responses: {} } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'deprecated-op-marking', file: 'swagger', message: "The operation is deprecated; append '(deprecated)' to its summary (operation GetItems).", range: rangeOf(swagger, '"Get rows"'), jsonPointer: '/paths/~1items/get/summary' },
		{ ruleId: 'deprecated-op-marking', file: 'swagger', message: "The operation is deprecated; append '(deprecated)' to its description (operation GetItems).", range: rangeOf(swagger, '"Gets a list of items."'), jsonPointer: '/paths/~1items/get/description' },
	]);
});

test('deprecated-op-marking does not fire when marked, or on operations that are not deprecated', () => {
	const swagger = swaggerWith({
		'/items': { get: { summary: 'Get rows (deprecated)', description: 'This operation gets a list of items (Deprecated).', deprecated: true, responses: {} } },
		'/v2/items': { get: { summary: 'Get rows', description: 'Gets a list of items.', deprecated: false, responses: {} } },
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('deprecated-op-marking fix appends (deprecated), before the final period of a description', () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { summary: 'List invoices', description: 'Lists invoices.', deprecated: true, responses: {} } } }));
	const fixes = runRule(rule, { swagger }).map((finding) => applyFix(rule, finding, { swagger }));
	assert.deepEqual(fixes.map((f) => f.title), ['Append "(deprecated)" to the summary', 'Append "(deprecated)" to the description']);
	assert.equal(fixes[0].text, swagger.replace('"List invoices"', '"List invoices (deprecated)"'));
	assert.equal(fixes[1].text, swagger.replace('"Lists invoices."', '"Lists invoices (deprecated)."'));
	assert.deepEqual(runRule(rule, { swagger: fixes[0].text }).map((f) => f.jsonPointer), ['/paths/~1a/get/description']);
});
