import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/triggers/notification-url-not-string';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

function hook(url: object): object {
	return swaggerWith({ '/hooks': { post: { 'x-ms-trigger': 'single', parameters: [{ name: 'body', in: 'body', required: true, schema: { type: 'object', required: ['url'], properties: { url } } }], responses: { '201': { description: 'Created' } } } } });
}

test('notification-url-not-string fires on a non-string type', () => {
	const swagger = textOf(hook({ type: 'object', 'x-ms-notification-url': true, 'x-ms-visibility': 'internal' }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'notification-url-not-string', file: 'swagger', message: 'The notification URL property must be of type string.', range: rangeOf(swagger, '"object"', 1), jsonPointer: '/paths/~1hooks/post/parameters/0/schema/properties/url/type' },
	]);
});

test('notification-url-not-string fires on the property key when type is missing', () => {
	const swagger = textOf(hook({ 'x-ms-notification-url': true }));
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => f.range), [rangeOf(swagger, '"url"', 1)]);
});

test('notification-url-not-string does not fire on a string property', () => {
	assert.deepEqual(runRule(rule, { swagger: hook({ type: 'string', 'x-ms-notification-url': true }) }), []);
});
