import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/changes/breaking-output-type-changed';
import { changeData, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const item = (properties: object) => ({ type: 'object', properties });
const listItems = (schema: object, status = '200', extra: object = {}) =>
	swaggerWith({ '/items': { get: { operationId: 'ListItems', summary: 'List items', responses: { [status]: { description: 'OK', schema } } } } }, extra);

test('breaking-output-type-changed fires on an output field of another type, at its type', () => {
	const previous = listItems(item({ data: item({ id: { type: 'string' }, count: { type: 'integer' } }) }));
	const swagger = textOf(listItems(item({ data: item({ id: { type: 'string' }, count: { type: 'string' } }) })));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-output-type-changed',
			file: 'swagger',
			message: "The type has been changed for the output field, from 'integer' to 'string' (output field 'data/count' of the 200 response of ListItems).",
			range: rangeOf(swagger, '"string"', 1),
			jsonPointer: '/paths/~1items/get/responses/200/schema/properties/data/properties/count/type',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'operation/ListItems/responses/200/schema/data/count/type', operationId: 'ListItems', before: 'integer', after: 'string' });
});

test('breaking-output-type-changed fires on a changed format, at the new format', () => {
	const previous = listItems(item({ created: { type: 'string', format: 'date-time' } }));
	const swagger = textOf(listItems(item({ created: { type: 'string', format: 'date' } })));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-output-type-changed',
			file: 'swagger',
			message: "The type format has been changed for the output field, from 'date-time' to 'date' (output field 'created' of the 200 response of ListItems).",
			range: rangeOf(swagger, '"date"'),
			jsonPointer: '/paths/~1items/get/responses/200/schema/properties/created/format',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'operation/ListItems/responses/200/schema/created/format', operationId: 'ListItems', before: 'date-time', after: 'date' });
});

test('breaking-output-type-changed fires on a removed format, at the field', () => {
	const previous = listItems(item({ created: { type: 'string', format: 'date-time' } }));
	const swagger = textOf(listItems(item({ created: { type: 'string' } })));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-output-type-changed',
			file: 'swagger',
			message: "The type format has been changed for the output field, from 'date-time' to 'none' (output field 'created' of the 200 response of ListItems).",
			range: rangeOf(swagger, '"created"'),
			jsonPointer: '/paths/~1items/get/responses/200/schema/properties/created',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'operation/ListItems/responses/200/schema/created/format', operationId: 'ListItems', before: 'date-time', after: null });
});

test('breaking-output-type-changed fires on array items of another type, and on array item properties as value/name', () => {
	const list = (tags: string, size: string) => listItems(item({ tags: { type: 'array', items: { type: tags } }, value: { type: 'array', items: item({ size: { type: size } }) } }));
	const previous = list('string', 'integer');
	const swagger = textOf(list('integer', 'number'));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-output-type-changed',
			file: 'swagger',
			message: "The type has been changed for the output field, from 'array of string' to 'array of integer' (output field 'tags' of the 200 response of ListItems).",
			range: rangeOf(swagger, '"array"'),
			jsonPointer: '/paths/~1items/get/responses/200/schema/properties/tags/type',
		},
		{
			ruleId: 'breaking-output-type-changed',
			file: 'swagger',
			message: "The type has been changed for the output field, from 'integer' to 'number' (output field 'value/size' of the 200 response of ListItems).",
			range: rangeOf(swagger, '"number"'),
			jsonPointer: '/paths/~1items/get/responses/200/schema/properties/value/items/properties/size/type',
		},
	]);
	assert.deepEqual(
		findings.map((finding) => finding.data?.valuePath),
		['operation/ListItems/responses/200/schema/tags/type', 'operation/ListItems/responses/200/schema/value/items/size/type'],
	);
});

test('breaking-output-type-changed reports a field of a definition at the $ref in the response', () => {
	const withDefinition = (type: string) => swaggerWith(
		{ '/items': { get: { operationId: 'ListItems', summary: 'List items', responses: { 200: { description: 'OK', schema: { $ref: '#/definitions/Item' } } } } } },
		{ definitions: { Item: item({ id: { type: 'string' }, count: { type } }) } },
	);
	const previous = withDefinition('integer');
	const swagger = textOf(withDefinition('string'));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-output-type-changed',
			file: 'swagger',
			message: "The type has been changed for the output field, from 'integer' to 'string' (output field 'count' of the 200 response of ListItems).",
			range: rangeOf(swagger, '"schema"'),
			jsonPointer: '/paths/~1items/get/responses/200/schema',
		},
	]);
	assert.equal(findings[0].data?.valuePath, 'operation/ListItems/responses/200/schema/count/type');
});

test('breaking-output-type-changed compares a 200 that became a 201 with the 201', () => {
	const previous = listItems(item({ count: { type: 'integer' } }));
	const swagger = textOf(listItems(item({ count: { type: 'string' } }), '201'));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-output-type-changed',
			file: 'swagger',
			message: "The type has been changed for the output field, from 'integer' to 'string' (output field 'count' of the 201 response of ListItems).",
			range: rangeOf(swagger, '"string"'),
			jsonPointer: '/paths/~1items/get/responses/201/schema/properties/count/type',
		},
	]);
	assert.equal(findings[0].data?.valuePath, 'operation/ListItems/responses/201/schema/count/type');
});

test('breaking-output-type-changed does not fire on added fields, description edits, a 200 that became a 201 or a field without a type', () => {
	const previous = listItems(item({ count: { type: 'integer', format: 'int32' }, created: { type: 'string', format: 'date-time' }, loose: { description: 'Anything.' } }));
	const swagger = swaggerWith({
		'/items': {
			get: {
				operationId: 'ListItems',
				summary: 'List all items',
				responses: { 201: { description: 'Created', schema: item({ count: { type: 'integer', format: 'int32', description: 'How many.' }, created: { type: 'string', format: 'date-time', title: 'Created' }, loose: { type: 'string' }, extra: { type: 'boolean' } }) } },
			},
		},
		'/other': { get: { operationId: 'GetOther', summary: 'Get other', responses: { 200: { description: 'OK', schema: item({ a: { type: 'string' } }) } } } },
	});
	assert.deepEqual(runRule(rule, { swagger, previous: { swagger: previous } }), []);
});

test('breaking-output-type-changed does not fire without a previous version', () => {
	const swagger = listItems(item({ count: { type: 'integer' } }));
	assert.deepEqual(runRule(rule, { swagger }), []);
	assert.deepEqual(runRule(rule, { swagger, previous: {} }), []);
});
