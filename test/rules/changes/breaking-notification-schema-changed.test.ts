import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/changes/breaking-notification-schema-changed';
import { changeData, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const item = (properties: object) => ({ type: 'object', properties });
const hookBody = { name: 'body', in: 'body', required: true, schema: item({ callbackUrl: { type: 'string', 'x-ms-notification-url': true } }) };
const webhook = (schema: object | undefined, pathKey = '/hooks', extra: object = {}) =>
	swaggerWith(
		{
			[pathKey]: {
				post: {
					operationId: 'OnNewItem',
					summary: 'When an item is created',
					'x-ms-trigger': 'single',
					parameters: [hookBody],
					responses: { 201: { description: 'Created' } },
					'x-ms-notification-content': { description: 'The new item.', ...(schema ? { schema } : {}) },
				},
			},
		},
		extra,
	);

test('breaking-notification-schema-changed fires on a deleted notification field, at the object that held it', () => {
	const previous = webhook(item({ id: { type: 'string' }, data: item({ name: { type: 'string' }, size: { type: 'integer' } }) }));
	const swagger = textOf(webhook(item({ id: { type: 'string' }, data: item({ size: { type: 'integer' } }) })));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-notification-schema-changed',
			file: 'swagger',
			message: "The notification field has been deleted. This change breaks existing flows (notification field 'data/name' of OnNewItem).",
			range: rangeOf(swagger, '"properties"', 2),
			jsonPointer: '/paths/~1hooks/post/x-ms-notification-content/schema/properties/data/properties',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'operation/OnNewItem/responses/x-ms-notification-content/schema/data/name', operationId: 'OnNewItem' });
});

test('breaking-notification-schema-changed reports a deleted object once, at its top', () => {
	const previous = webhook(item({ id: { type: 'string' }, data: item({ name: { type: 'string' }, size: { type: 'integer' } }) }));
	const swagger = textOf(webhook(item({ id: { type: 'string' } })));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-notification-schema-changed',
			file: 'swagger',
			message: "The notification field has been deleted. This change breaks existing flows (notification field 'data' of OnNewItem).",
			range: rangeOf(swagger, '"properties"', 1),
			jsonPointer: '/paths/~1hooks/post/x-ms-notification-content/schema/properties',
		},
	]);
	assert.equal(findings[0].data?.valuePath, 'operation/OnNewItem/responses/x-ms-notification-content/schema/data');
});

test('breaking-notification-schema-changed fires on a notification field of another type, including array item properties', () => {
	const notification = (type: string) => item({ id: { type: 'string' }, value: { type: 'array', items: item({ size: { type } }) } });
	const previous = webhook(notification('integer'));
	const swagger = textOf(webhook(notification('string')));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-notification-schema-changed',
			file: 'swagger',
			message: "The type has been changed for the notification field, from 'integer' to 'string' (notification field 'value/size' of OnNewItem).",
			// At its type, like a changed output field's.
			range: rangeOf(swagger, '"string"', 2),
			jsonPointer: '/paths/~1hooks/post/x-ms-notification-content/schema/properties/value/items/properties/size/type',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'operation/OnNewItem/responses/x-ms-notification-content/schema/value/items/size/type', operationId: 'OnNewItem', before: 'integer', after: 'string' });
});

test('breaking-notification-schema-changed fires on a removed notification schema, once', () => {
	const previous = webhook(item({ id: { type: 'string' }, data: item({ name: { type: 'string' } }) }));
	const swagger = textOf(webhook(undefined));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-notification-schema-changed',
			file: 'swagger',
			message: 'The notification schema has been removed. This change breaks existing flows (notification schema of OnNewItem).',
			range: rangeOf(swagger, '"x-ms-notification-content"'),
			jsonPointer: '/paths/~1hooks/post/x-ms-notification-content',
		},
	]);
	assert.equal(findings[0].data?.valuePath, 'operation/OnNewItem/responses/x-ms-notification-content/schema');
});

test('breaking-notification-schema-changed reports a field of a definition at the $ref in the notification content', () => {
	const withDefinition = (properties: object) => webhook({ $ref: '#/definitions/Item' }, '/hooks', { definitions: { Item: item(properties) } });
	const previous = withDefinition({ id: { type: 'string' }, name: { type: 'string' }, size: { type: 'integer' } });
	const swagger = textOf(withDefinition({ id: { type: 'string' }, size: { type: 'string' } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-notification-schema-changed',
			file: 'swagger',
			message: "The notification field has been deleted. This change breaks existing flows (notification field 'name' of OnNewItem).",
			range: rangeOf(swagger, '"schema"', 1),
			jsonPointer: '/paths/~1hooks/post/x-ms-notification-content/schema',
		},
		{
			ruleId: 'breaking-notification-schema-changed',
			file: 'swagger',
			message: "The type has been changed for the notification field, from 'integer' to 'string' (notification field 'size' of OnNewItem).",
			range: rangeOf(swagger, '"schema"', 1),
			jsonPointer: '/paths/~1hooks/post/x-ms-notification-content/schema',
		},
	]);
	assert.deepEqual(
		findings.map((finding) => finding.data?.valuePath),
		['operation/OnNewItem/responses/x-ms-notification-content/schema/name', 'operation/OnNewItem/responses/x-ms-notification-content/schema/size/type'],
	);
});

test('breaking-notification-schema-changed reports a deleted field on the trigger when its path changed', () => {
	const previous = webhook(item({ id: { type: 'string' }, name: { type: 'string' } }), '/hooks');
	const swagger = textOf(webhook(item({ id: { type: 'string' } }), '/webhooks'));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-notification-schema-changed',
			file: 'swagger',
			message: "The notification field has been deleted. This change breaks existing flows (notification field 'name' of OnNewItem).",
			range: rangeOf(swagger, '"properties"', 1),
			jsonPointer: '/paths/~1webhooks/post/x-ms-notification-content/schema/properties',
		},
	]);
});

test('breaking-notification-schema-changed does not fire on added fields, description edits or added triggers', () => {
	const previous = webhook(item({ id: { type: 'string' }, value: { type: 'array', items: item({ size: { type: 'integer' } }) } }));
	const swagger = webhook(item({ id: { type: 'string', description: 'The id.' }, title: { type: 'string' }, value: { type: 'array', items: item({ size: { type: 'integer' }, unit: { type: 'string' } }) } }));
	assert.deepEqual(runRule(rule, { swagger, previous: { swagger: previous } }), []);
});

test('breaking-notification-schema-changed does not fire without a previous version', () => {
	const swagger = webhook(item({ id: { type: 'string' } }));
	assert.deepEqual(runRule(rule, { swagger }), []);
	assert.deepEqual(runRule(rule, { swagger, previous: {} }), []);
});
