import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../server/src/rules/param-visibility-set';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../helpers/ruleTester';

const MESSAGE = 'The parameter does not set "x-ms-visibility": choose important, advanced or internal.';

test('param-visibility-set fires on the parameter name when x-ms-visibility is missing', () => {
	const swagger = textOf(
		swaggerWith({ '/a': { get: { parameters: [{ name: 'q', in: 'query', type: 'string', 'x-ms-visibility': 'important' }, { name: 'top', in: 'query', type: 'integer' }], responses: {} } } }),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'param-visibility-set', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"top"'), jsonPointer: '/paths/~1a/get/parameters/1/x-ms-visibility' },
	]);
});

test('param-visibility-set reports a shared $ref parameter once, at its definition', () => {
	const swagger = textOf(
		swaggerWith(
			{
				'/a': { get: { parameters: [{ $ref: '#/parameters/Top' }], responses: {} } },
				'/b': { get: { parameters: [{ $ref: '#/parameters/Top' }], responses: {} } },
			},
			{ parameters: { Top: { name: 'top', in: 'query', type: 'integer' } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'param-visibility-set', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"Top"'), jsonPointer: '/parameters/Top/x-ms-visibility' },
	]);
});

test('param-visibility-set does not fire when every parameter sets x-ms-visibility', () => {
	const swagger = swaggerWith({ '/a': { get: { parameters: [{ name: 'q', in: 'query', type: 'string', 'x-ms-visibility': 'advanced' }], responses: {} } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
