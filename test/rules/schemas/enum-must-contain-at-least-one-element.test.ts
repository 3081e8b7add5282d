import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/enum-must-contain-at-least-one-element';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

test('enum-must-contain-at-least-one-element fires on an empty enum of a parameter', () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { parameters: [{ name: 'status', in: 'query', type: 'string', enum: [] }], responses: {} } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'enum-must-contain-at-least-one-element',
			file: 'swagger',
			message: "The 'enum' array requires at least one value.",
			range: rangeOf(swagger, '[]'),
			jsonPointer: '/paths/~1a/get/parameters/0/enum',
		},
	]);
});

test('enum-must-contain-at-least-one-element does not fire on a non-empty enum', () => {
	const swagger = swaggerWith({}, { definitions: { Status: { type: 'string', enum: ['open'] } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
