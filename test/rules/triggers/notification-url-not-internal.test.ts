import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/triggers/notification-url-not-internal';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

function hook(body: object, extra: object = {}): object {
	return swaggerWith({ '/hooks': { post: { operationId: 'OnEvent', 'x-ms-trigger': 'single', parameters: [{ name: 'body', in: 'body', required: true, schema: body }], responses: { '201': { description: 'Created' } } } } }, extra);
}

test('notification-url-not-internal fires on the property when nothing on its chain is internal', () => {
	const swagger = textOf(hook({ type: 'object', required: ['callback'], properties: { callback: { type: 'string', 'x-ms-notification-url': true } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'notification-url-not-internal', file: 'swagger', message: 'The notification URL property itself or at least one of its parents must be internal.', range: rangeOf(swagger, '"callback"', 1), jsonPointer: '/paths/~1hooks/post/parameters/0/schema/properties/callback/x-ms-visibility' },
	]);
});

test('notification-url-not-internal reports a shared definition once, on its value when visibility is not internal', () => {
	const swagger = textOf(
		swaggerWith(
			{
				'/a': { post: { 'x-ms-trigger': 'single', parameters: [{ name: 'body', in: 'body', schema: { $ref: '#/definitions/Hook' } }], responses: { '201': { description: 'Created' } } } },
				'/b': { post: { 'x-ms-trigger': 'single', parameters: [{ name: 'body', in: 'body', schema: { $ref: '#/definitions/Hook' } }], responses: { '201': { description: 'Created' } } } },
			},
			{ definitions: { Hook: { type: 'object', properties: { url: { type: 'string', 'x-ms-notification-url': true, 'x-ms-visibility': 'advanced' } } } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => [f.range, f.jsonPointer]), [[rangeOf(swagger, '"advanced"'), '/definitions/Hook/properties/url/x-ms-visibility']]);
});

test('notification-url-not-internal does not fire when the property or a parent is internal', () => {
	assert.deepEqual(runRule(rule, { swagger: hook({ type: 'object', properties: { url: { type: 'string', 'x-ms-notification-url': true, 'x-ms-visibility': 'internal' } } }) }), []);
	assert.deepEqual(runRule(rule, { swagger: hook({ type: 'object', properties: { config: { type: 'object', 'x-ms-visibility': 'internal', properties: { url: { type: 'string', 'x-ms-notification-url': true } } } } }) }), []);
});
