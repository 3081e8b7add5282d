import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/paths/reserved-parameter-is-used';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const swagger = textOf(
	swaggerWith({
		'/items/{connectionId}': {
			get: {
				parameters: [
					{ name: 'connectionId', in: 'path', type: 'string', required: true },
					{ name: 'Tenant', in: 'header', type: 'string' },
				],
				responses: {},
			},
		},
	}),
);

test('reserved-parameter-is-used fires on the name of a parameter in the configured list, case-insensitively', () => {
	assert.deepEqual(summarize(runRule(rule, { swagger }, { options: { names: ['tenant', 'connectionId'] } })), [
		{
			ruleId: rule.id,
			file: 'swagger',
			message: "The parameter 'Tenant' is reserved and cannot be used in 'header'.",
			range: rangeOf(swagger, '"Tenant"'),
			jsonPointer: '/paths/~1items~1{connectionId}/get/parameters/1/name',
		},
	]);
});

test('reserved-parameter-is-used is off until names are configured and never reports connectionId', () => {
	assert.deepEqual(runRule(rule, { swagger }), []);
	assert.deepEqual(runRule(rule, { swagger }, { options: { names: ['connectionId'] } }), []);
});
