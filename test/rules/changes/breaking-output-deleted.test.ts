import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/changes/breaking-output-deleted';
import { changeData, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const item = (properties: object) => ({ type: 'object', properties });
const listItems = (schema: object | undefined, status = '200', extra: object = {}) =>
	swaggerWith({ '/items': { get: { operationId: 'ListItems', summary: 'List items', responses: { [status]: { description: 'OK', ...(schema ? { schema } : {}) } }, ...extra } } });

test('breaking-output-deleted fires on a deleted output field, at the object that held it', () => {
	const previous = listItems(item({ data: item({ id: { type: 'string' }, name: { type: 'string' } }) }));
	const swagger = textOf(listItems(item({ data: item({ id: { type: 'string' } }) })));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-output-deleted',
			file: 'swagger',
			message: "The output field has been deleted. This change breaks existing flows (output field 'data/name' of the 200 response of ListItems).",
			range: rangeOf(swagger, '"properties"', 1),
			jsonPointer: '/paths/~1items/get/responses/200/schema/properties/data/properties',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'operation/ListItems/responses/200/schema/data/name', operationId: 'ListItems', field: 'data/name' });
});

test('breaking-output-deleted reports a deleted object once, at its top, not for each of its fields', () => {
	const previous = listItems(item({ id: { type: 'string' }, data: item({ name: { type: 'string' }, owner: item({ email: { type: 'string' } }) }) }));
	const swagger = textOf(listItems(item({ id: { type: 'string' } })));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-output-deleted',
			file: 'swagger',
			message: "The output field has been deleted. This change breaks existing flows (output field 'data' of the 200 response of ListItems).",
			range: rangeOf(swagger, '"properties"'),
			jsonPointer: '/paths/~1items/get/responses/200/schema/properties',
		},
	]);
	assert.equal(findings[0].data?.valuePath, 'operation/ListItems/responses/200/schema/data');
});

test('breaking-output-deleted reports a deleted property of array items as value/name', () => {
	const list = (properties: object) => listItems(item({ value: { type: 'array', items: item(properties) } }));
	const previous = list({ id: { type: 'string' }, name: { type: 'string' } });
	const swagger = textOf(list({ id: { type: 'string' } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-output-deleted',
			file: 'swagger',
			message: "The output field has been deleted. This change breaks existing flows (output field 'value/name' of the 200 response of ListItems).",
			range: rangeOf(swagger, '"properties"', 1),
			jsonPointer: '/paths/~1items/get/responses/200/schema/properties/value/items/properties',
		},
	]);
	assert.equal(findings[0].data?.valuePath, 'operation/ListItems/responses/200/schema/value/items/name');
});

test('breaking-output-deleted reports a field deleted from a definition at the $ref in the response', () => {
	const withDefinition = (properties: object) => swaggerWith(
		{ '/items': { get: { operationId: 'ListItems', summary: 'List items', responses: { 200: { description: 'OK', schema: { $ref: '#/definitions/Item' } } } } } },
		{ definitions: { Item: item(properties) } },
	);
	const previous = withDefinition({ id: { type: 'string' }, name: { type: 'string' } });
	const swagger = textOf(withDefinition({ id: { type: 'string' } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-output-deleted',
			file: 'swagger',
			message: "The output field has been deleted. This change breaks existing flows (output field 'name' of the 200 response of ListItems).",
			range: rangeOf(swagger, '"schema"'),
			jsonPointer: '/paths/~1items/get/responses/200/schema',
		},
	]);
	assert.equal(findings[0].data?.valuePath, 'operation/ListItems/responses/200/schema/name');
});

test('breaking-output-deleted reports a field deleted from a definition under a property at that property', () => {
	const withUser = (properties: object) => swaggerWith(
		{ '/items': { get: { operationId: 'ListItems', summary: 'List items', responses: { 200: { description: 'OK', schema: item({ id: { type: 'string' }, owner: { $ref: '#/definitions/User' } }) } } } } },
		{ definitions: { User: item(properties) } },
	);
	const previous = withUser({ name: { type: 'string' }, email: { type: 'string' } });
	const swagger = textOf(withUser({ name: { type: 'string' } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-output-deleted',
			file: 'swagger',
			message: "The output field has been deleted. This change breaks existing flows (output field 'owner/email' of the 200 response of ListItems).",
			range: rangeOf(swagger, '"owner"'),
			jsonPointer: '/paths/~1items/get/responses/200/schema/properties/owner',
		},
	]);
	assert.equal(findings[0].data?.valuePath, 'operation/ListItems/responses/200/schema/owner/email');
});

test('breaking-output-deleted compares a 200 that became a 201 with the 201', () => {
	const previous = listItems(item({ id: { type: 'string' }, name: { type: 'string' } }));
	const swagger = textOf(listItems(item({ id: { type: 'string' } }), '201'));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-output-deleted',
			file: 'swagger',
			message: "The output field has been deleted. This change breaks existing flows (output field 'name' of the 201 response of ListItems).",
			range: rangeOf(swagger, '"properties"'),
			jsonPointer: '/paths/~1items/get/responses/201/schema/properties',
		},
	]);
	// Named as it is now, like breaking-output-type-changed names a field of the 201.
	assert.equal(findings[0].data?.valuePath, 'operation/ListItems/responses/201/schema/name');
});

test('breaking-output-deleted does not fire on added fields, added operations, description edits or a 200 that became a 201', () => {
	const previous = listItems(item({ id: { type: 'string' }, value: { type: 'array', items: item({ name: { type: 'string' } }) } }));
	const schema = item({ id: { type: 'string', description: 'The id.' }, extra: { type: 'string' }, value: { type: 'array', items: item({ name: { type: 'string' }, size: { type: 'integer' } }) } });
	const swagger = swaggerWith({
		'/items': { get: { operationId: 'ListItems', summary: 'List all items', description: 'Lists the items.', responses: { 201: { description: 'Created', schema } } } },
		'/other': { get: { operationId: 'GetOther', summary: 'Get other', responses: { 200: { description: 'OK', schema: item({ a: { type: 'string' } }) } } } },
	});
	assert.deepEqual(runRule(rule, { swagger, previous: { swagger: previous } }), []);
});

test('breaking-output-deleted reports the top-level fields of a schema or response removed whole, at what remains', () => {
	const previous = listItems(item({ id: { type: 'string' }, data: item({ name: { type: 'string' } }) }));
	const withoutSchema = textOf(listItems(undefined));
	assert.deepEqual(
		runRule(rule, { swagger: withoutSchema, previous: { swagger: previous } }).map((finding) => [finding.jsonPointer, finding.data?.valuePath]),
		[
			['/paths/~1items/get/responses/200', 'operation/ListItems/responses/200/schema/id'],
			['/paths/~1items/get/responses/200', 'operation/ListItems/responses/200/schema/data'],
		],
	);
	const withoutSuccess = swaggerWith({ '/items': { get: { operationId: 'ListItems', summary: 'List items', responses: { default: { description: 'Error' } } } } });
	assert.deepEqual(
		runRule(rule, { swagger: withoutSuccess, previous: { swagger: previous } }).map((finding) => finding.jsonPointer),
		['/paths/~1items/get/responses', '/paths/~1items/get/responses'],
	);
});

test('breaking-output-deleted leaves a deleted operation to breaking-operation-deleted', () => {
	const previous = listItems(item({ id: { type: 'string' } }));
	const swagger = swaggerWith({ '/other': { get: { operationId: 'GetOther', summary: 'Get other', responses: { 200: { description: 'OK' } } } } });
	assert.deepEqual(runRule(rule, { swagger, previous: { swagger: previous } }), []);
});

test('breaking-output-deleted does not fire without a previous version', () => {
	const swagger = listItems(item({ id: { type: 'string' } }));
	assert.deepEqual(runRule(rule, { swagger }), []);
	assert.deepEqual(runRule(rule, { swagger, previous: {} }), []);
});
