import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/property-must-be-required';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const MESSAGE = 'The property is internal and has a default value, it must be required. Optional internal fields are ignored.';

test('property-must-be-required fires on an internal optional parameter with a default', () => {
	const swagger = textOf(
		swaggerWith({ '/a': { get: { parameters: [{ name: 'format', in: 'query', type: 'string', default: 'json', required: false, 'x-ms-visibility': 'internal' }], responses: {} } } }),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'property-must-be-required', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, 'false'), jsonPointer: '/paths/~1a/get/parameters/0/required' },
	]);
});

test('property-must-be-required reports a shared parameter without required once, at its definition', () => {
	const swagger = textOf(
		swaggerWith(
			{ '/a': { get: { parameters: [{ $ref: '#/parameters/Format' }], responses: {} } }, '/b': { get: { parameters: [{ $ref: '#/parameters/Format' }], responses: {} } } },
			{ parameters: { Format: { name: 'format', in: 'query', type: 'string', default: 'json', 'x-ms-visibility': 'internal' } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => [f.range, f.jsonPointer]), [[rangeOf(swagger, '"Format"'), '/parameters/Format/required']]);
});

test('property-must-be-required does not fire on required, visible or default-less parameters, nor on body properties', () => {
	const swagger = swaggerWith({
		'/a': {
			post: {
				parameters: [
					{ name: 'format', in: 'query', type: 'string', default: 'json', required: true, 'x-ms-visibility': 'internal' },
					{ name: 'top', in: 'query', type: 'integer', default: 10 },
					{ name: 'mode', in: 'query', type: 'string', 'x-ms-visibility': 'internal' },
					{ name: 'body', in: 'body', schema: { type: 'object', properties: { kind: { type: 'string', default: 'a', 'x-ms-visibility': 'internal' } } } },
				],
				responses: {},
			},
		},
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});
