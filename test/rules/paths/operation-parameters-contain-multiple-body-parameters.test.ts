import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/paths/operation-parameters-contain-multiple-body-parameters';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const MESSAGE = "The operation 'CreateItem' contains multiple parameters in the location 'body', at most one is allowed.";

test('operation-parameters-contain-multiple-body-parameters fires on the second body parameter of an operation', () => {
	const swagger = textOf(
		swaggerWith({
			'/items': { post: { operationId: 'CreateItem', parameters: [{ name: 'a', in: 'body', schema: { type: 'object' } }, { name: 'b', in: 'body', schema: { type: 'object' } }], responses: {} } },
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: rule.id, file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"body"', 1), jsonPointer: '/paths/~1items/post/parameters/1/in' },
	]);
});

test('operation-parameters-contain-multiple-body-parameters fires on an operation body added to an inherited one', () => {
	const swagger = textOf(
		swaggerWith({ '/items': { parameters: [{ name: 'a', in: 'body', schema: {} }], post: { operationId: 'CreateItem', parameters: [{ name: 'b', in: 'body', schema: {} }], responses: {} } } }),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => f.jsonPointer), ['/paths/~1items/post/parameters/0/in']);
});

test('operation-parameters-contain-multiple-body-parameters does not fire on one body or on an override of the same name', () => {
	const swagger = swaggerWith({ '/items': { parameters: [{ name: 'a', in: 'body', schema: {} }], post: { parameters: [{ name: 'a', in: 'body', schema: { type: 'object' } }], responses: {} } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
