import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/paths/parameter-ref-loop-not-allowed';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('parameter-ref-loop-not-allowed fires on the $ref value of a shared parameter that is a $ref', () => {
	const swagger = textOf(
		swaggerWith(
			{ '/items': { get: { parameters: [{ $ref: '#/parameters/Top' }], responses: {} } } },
			{ parameters: { Top: { $ref: '#/parameters/Limit' }, Limit: { name: 'limit', in: 'query', type: 'integer' } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: rule.id,
			file: 'swagger',
			message: "The parameter definition may not use a '$ref' to point to another definition.",
			range: rangeOf(swagger, '"#/parameters/Limit"'),
			jsonPointer: '/parameters/Top/$ref',
		},
	]);
});

test('parameter-ref-loop-not-allowed does not fire on written-out shared parameters or on $refs in operations', () => {
	const swagger = swaggerWith(
		{ '/items': { get: { parameters: [{ $ref: '#/parameters/Limit' }], responses: {} } } },
		{ parameters: { Limit: { name: 'limit', in: 'query', type: 'integer' } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
