import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/array-has-no-items';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const MESSAGE = 'The array should have items specified.';

test('array-has-no-items fires on an array schema and an array query parameter without items', () => {
	const swagger = textOf(
		swaggerWith(
			{ '/a': { get: { parameters: [{ name: 'ids', in: 'query', type: 'array' }], responses: {} } } },
			{ definitions: { Tags: { type: 'array' } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'array-has-no-items', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"ids"'), jsonPointer: '/paths/~1a/get/parameters/0/items' },
		{ ruleId: 'array-has-no-items', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"Tags"'), jsonPointer: '/definitions/Tags/items' },
	]);
});

test('array-has-no-items does not fire when items are given', () => {
	const swagger = swaggerWith(
		{ '/a': { get: { parameters: [{ name: 'ids', in: 'query', type: 'array', items: { type: 'string' } }], responses: {} } } },
		{ definitions: { Tags: { type: 'array', items: { type: 'string' } }, Name: { type: 'string' } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
