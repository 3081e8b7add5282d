import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/internal-required-needs-default';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

test('internal-required-needs-default fires on an internal, required parameter without a default', () => {
	const swagger = textOf(
		swaggerWith({ '/a': { get: { parameters: [{ name: 'format', in: 'query', type: 'string', required: true, 'x-ms-visibility': 'internal' }], responses: {} } } }),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'internal-required-needs-default',
			file: 'swagger',
			message: 'The parameter "format" is internal and required, so it must have a default value.',
			range: rangeOf(swagger, '"format"'),
			jsonPointer: '/paths/~1a/get/parameters/0/default',
		},
	]);
});

test('internal-required-needs-default reports a shared $ref parameter once, at its definition', () => {
	const swagger = textOf(
		swaggerWith(
			{
				'/a': { get: { parameters: [{ $ref: '#/parameters/ApiVersion' }], responses: {} } },
				'/b': { post: { parameters: [{ $ref: '#/parameters/ApiVersion' }], responses: {} } },
			},
			{ parameters: { ApiVersion: { name: 'api-version', in: 'query', type: 'string', required: true, 'x-ms-visibility': 'internal' } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => [f.range, f.jsonPointer]), [[rangeOf(swagger, '"ApiVersion"'), '/parameters/ApiVersion/default']]);
});

test('internal-required-needs-default fires on a required internal property of a body schema', () => {
	const swagger = textOf(
		swaggerWith(
			{ '/a': { post: { parameters: [{ name: 'body', in: 'body', required: true, schema: { $ref: '#/definitions/Item' } }], responses: {} } } },
			{ definitions: { Item: { type: 'object', required: ['kind', 'name'], properties: { kind: { type: 'string', 'x-ms-visibility': 'internal' }, name: { type: 'string' } } } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'internal-required-needs-default',
			file: 'swagger',
			message: 'The property "kind" is internal and required, so it must have a default value.',
			range: rangeOf(swagger, '"kind"', 1),
			jsonPointer: '/definitions/Item/properties/kind/default',
		},
	]);
});

test('internal-required-needs-default does not fire on defaults, optional fields, webhook URLs, objects, body parameters or responses', () => {
	const swagger = swaggerWith({
		'/hooks': {
			post: {
				parameters: [
					{ name: 'format', in: 'query', type: 'string', required: true, default: 'json', 'x-ms-visibility': 'internal' },
					{ name: 'mode', in: 'query', type: 'string', 'x-ms-visibility': 'internal' },
					{
						name: 'body',
						in: 'body',
						required: true,
						'x-ms-visibility': 'internal',
						schema: {
							type: 'object',
							required: ['callback', 'options'],
							properties: {
								callback: { type: 'string', 'x-ms-notification-url': true, 'x-ms-visibility': 'internal' },
								options: { type: 'object', 'x-ms-visibility': 'internal', properties: { v: { type: 'integer', default: 1 } } },
							},
						},
					},
				],
				responses: { 200: { description: 'OK', schema: { type: 'object', required: ['id'], properties: { id: { type: 'string', 'x-ms-visibility': 'internal' } } } } },
			},
		},
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});
