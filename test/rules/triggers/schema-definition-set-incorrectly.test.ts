import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/triggers/schema-definition-set-incorrectly';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

test('schema-definition-set-incorrectly fires on a trigger whose only schema is on a 202 response', () => {
	const swagger = textOf(
		swaggerWith({ '/items': { get: { operationId: 'OnNewItems', 'x-ms-trigger': 'batch', responses: { '200': { description: 'OK' }, '202': { description: 'Accepted', schema: { type: 'object' } } } } } }),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'schema-definition-set-incorrectly',
			file: 'swagger',
			message: "The operation 'OnNewItems' should define an output schema on the 200 or 201 response code or in 'x-ms-notification-content' extension for a webhook to be visible in the designer.",
			range: rangeOf(swagger, '"responses"'),
			jsonPointer: '/paths/~1items/get/responses',
		},
	]);
});

test('schema-definition-set-incorrectly does not fire with a 200/201 schema, a notification schema, or on actions', () => {
	const swagger = swaggerWith(
		{
			'/a': { get: { 'x-ms-trigger': 'batch', responses: { '200': { $ref: '#/responses/Items' } } } },
			'/b': { 'x-ms-notification-content': { schema: { type: 'object' } }, post: { 'x-ms-trigger': 'single', responses: { '201': { description: 'Created' } } } },
			'/c': { get: { responses: { '200': { description: 'OK' } } } },
		},
		{ responses: { Items: { description: 'OK', schema: { type: 'array', items: { type: 'object' } } } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
