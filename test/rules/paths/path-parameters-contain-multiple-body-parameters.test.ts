import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/paths/path-parameters-contain-multiple-body-parameters';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('path-parameters-contain-multiple-body-parameters fires once on the second path-level body parameter', () => {
	const swagger = textOf(
		swaggerWith({
			'/items': {
				parameters: [{ name: 'a', in: 'body', schema: { type: 'object' } }, { name: 'b', in: 'body', schema: { type: 'object' } }],
				post: { responses: {} },
				put: { responses: {} },
			},
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: rule.id,
			file: 'swagger',
			message: "The path '/items' contains multiple parameters in the location 'body', at most one is allowed.",
			range: rangeOf(swagger, '"body"', 1),
			jsonPointer: '/paths/~1items/parameters/1/in',
		},
	]);
});

test('path-parameters-contain-multiple-body-parameters does not fire on one path-level body', () => {
	const swagger = swaggerWith({ '/items': { parameters: [{ name: 'a', in: 'body', schema: { type: 'object' } }], post: { parameters: [{ name: 'b', in: 'body', schema: {} }], responses: {} } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
