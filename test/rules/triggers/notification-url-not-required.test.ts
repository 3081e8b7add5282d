import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/triggers/notification-url-not-required';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const MESSAGE = 'The notification URL property must be required all the way through the schema chain.';

function hook(parameter: object): object {
	return swaggerWith({ '/hooks': { post: { operationId: 'OnEvent', 'x-ms-trigger': 'single', parameters: [{ name: 'body', in: 'body', ...parameter }], responses: { '201': { description: 'Created' } } } } });
}

test('notification-url-not-required fires on each schema level that does not require the next one', () => {
	const swagger = textOf(
		hook({
			schema: {
				type: 'object',
				required: ['name'],
				properties: { name: { type: 'string' }, config: { type: 'object', properties: { url: { type: 'string', 'x-ms-notification-url': true, 'x-ms-visibility': 'internal' } } } },
			},
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'notification-url-not-required', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '[\n                "name"\n              ]'), jsonPointer: '/paths/~1hooks/post/parameters/0/schema/required' },
		{ ruleId: 'notification-url-not-required', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"config"'), jsonPointer: '/paths/~1hooks/post/parameters/0/schema/properties/config/required' },
	]);
});

test('notification-url-not-required does not fire when every schema level is required, the body parameter optional or not', () => {
	const optionalBody = hook({
		schema: { type: 'object', required: ['config'], properties: { config: { type: 'object', required: ['url'], properties: { url: { type: 'string', 'x-ms-notification-url': true } } } } },
	});
	assert.deepEqual(runRule(rule, { swagger: optionalBody }), []);
	const swagger = hook({
		required: true,
		schema: { type: 'object', required: ['config'], properties: { config: { type: 'object', required: ['url'], properties: { url: { type: 'string', 'x-ms-notification-url': true } } } } },
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('notification-url-not-required follows definitions that fan out and meet again without walking every path for ever', () => {
	// 24 levels, each with two properties referencing the next: 2^24 paths to the marked property. Walking each one
	// ran the check out of memory; the walk now stops at a step budget and still reports every level it reached.
	const LEVELS = 24;
	const definitions: Record<string, object> = {};
	for (let level = 0; level < LEVELS; level++) {
		definitions[`Level${level}`] = { type: 'object', properties: { left: { $ref: `#/definitions/Level${level + 1}` }, right: { $ref: `#/definitions/Level${level + 1}` } } };
	}
	definitions[`Level${LEVELS}`] = { type: 'object', required: ['url'], properties: { url: { type: 'string', 'x-ms-notification-url': true, 'x-ms-visibility': 'internal' } } };
	const swagger = { ...(hook({ required: true, schema: { $ref: '#/definitions/Level0' } }) as object), definitions };
	assert.deepEqual(
		runRule(rule, { swagger }).map((finding) => finding.jsonPointer),
		Array.from({ length: LEVELS }, (_, level) => `/definitions/Level${level}/required`),
	);
});
