import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/triggers/notification-url-not-allowed-in-this-position';
import { rangeOf, runRule, summarize, textOf, swaggerWith, unindexed } from '../../helpers/ruleTester';

const MESSAGE = 'The notification URL property is not allowed in this position. It is allowed only in input body.';

test('notification-url-not-allowed-in-this-position fires on a query parameter and a response-only definition', () => {
	const swagger = textOf(
		swaggerWith(
			{
				'/hooks': {
					post: {
						operationId: 'OnEvent',
						'x-ms-trigger': 'single',
						parameters: [{ name: 'callback', in: 'query', type: 'string', 'x-ms-notification-url': true }],
						responses: { '201': { description: 'Created', schema: { $ref: '#/definitions/Hook' } } },
					},
				},
			},
			{ definitions: { Hook: { type: 'object', properties: { target: { type: 'string', 'x-ms-notification-url': true } } } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'notification-url-not-allowed-in-this-position', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"x-ms-notification-url"', 0), jsonPointer: '/paths/~1hooks/post/parameters/0/x-ms-notification-url' },
		{ ruleId: 'notification-url-not-allowed-in-this-position', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"x-ms-notification-url"', 1), jsonPointer: '/definitions/Hook/properties/target/x-ms-notification-url' },
	]);
});

test('notification-url-not-allowed-in-this-position does not fire in a body schema, inline or through a $ref', () => {
	const swagger = swaggerWith(
		{
			'/hooks': {
				post: {
					'x-ms-trigger': 'single',
					parameters: [{ name: 'body', in: 'body', schema: { type: 'object', properties: { config: { $ref: '#/definitions/Config' } } } }],
					responses: { '201': { description: 'Created' } },
				},
			},
		},
		{ definitions: { Config: { type: 'object', properties: { url: { type: 'string', 'x-ms-notification-url': true } } } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('notification-url-not-allowed-in-this-position leaves a definition that nothing uses alone', () => {
	const swagger = swaggerWith({}, { definitions: { Unused: { type: 'object', properties: { url: { type: 'string', 'x-ms-notification-url': true } } } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('notification-url-not-allowed-in-this-position skips sample data, and reads a key written with an escape and a definition read without the index alike', () => {
	const swagger = textOf(
		swaggerWith({
			'/hooks': {
				post: {
					'x-ms-trigger': 'single',
					parameters: [{ name: 'callback', in: 'query', type: 'string', 'x-ms-notification-url': true, default: { 'x-ms-notification-url': true }, 'x-ms-test-value': [{ 'x-ms-notification-url': true }] }],
					responses: { '201': { description: 'Created' } },
				},
			},
		}),
	);
	const EXPECTED = ['/paths/~1hooks/post/parameters/0/x-ms-notification-url', '/paths/~1hooks/post/parameters/0/x-ms-test-value/0/x-ms-notification-url'];
	const pointers = (text: string) => runRule(rule, { swagger: text }).map((finding) => finding.jsonPointer);
	// Sample data is skipped, objects in a list of samples included (not objects themselves, lists are not skipped).
	assert.deepEqual(pointers(swagger), EXPECTED);
	const escaped = swagger.replaceAll('"x-ms-notification-url"', '"x-ms-notification\\u002durl"');
	assert.notEqual(escaped, swagger);
	assert.deepEqual(pointers(escaped), EXPECTED);
	// A repeated member: no index, the value is walked.
	assert.deepEqual(pointers(unindexed(swagger)), EXPECTED);
	assert.deepEqual(pointers('[{"x-ms-notification-url": true}]'), [], 'not a definition');
});
