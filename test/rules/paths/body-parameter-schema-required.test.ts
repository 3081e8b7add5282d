import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/paths/body-parameter-schema-required';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('body-parameter-schema-required fires on the name of a body parameter without schema', () => {
	const swagger = textOf(swaggerWith({ '/items': { post: { parameters: [{ name: 'item', in: 'body', type: 'object' }], responses: {} } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: rule.id, file: 'swagger', message: "The 'body' parameter must define a 'schema' property.", range: rangeOf(swagger, '"item"'), jsonPointer: '/paths/~1items/post/parameters/0/schema' },
	]);
});

test('body-parameter-schema-required does not fire on body parameters with a schema or on other locations', () => {
	const swagger = swaggerWith({ '/items': { post: { parameters: [{ name: 'item', in: 'body', schema: { $ref: '#/definitions/Item' } }, { name: 'q', in: 'query', type: 'string' }], responses: {} } } }, { definitions: { Item: { type: 'object' } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
