import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/changes/breaking-success-response-removed';
import { changeData, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

/** A body without fields (a file): the rule's case. A schema with fields is breaking-output-deleted's, field by field. */
const schema = { type: 'file' };
const listItems = (responses: object) => swaggerWith({ '/items': { get: { operationId: 'ListItems', summary: 'List items', responses } } });

test('breaking-success-response-removed fires on a removed success response, at the responses', () => {
	const previous = listItems({ 200: { description: 'OK', schema }, default: { description: 'Error' } });
	const swagger = textOf(listItems({ default: { description: 'Error' } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-success-response-removed',
			file: 'swagger',
			message: "The '200' response has been removed. This change breaks existing flows (operation ListItems).",
			range: rangeOf(swagger, '"responses"'),
			jsonPointer: '/paths/~1items/get/responses',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'operation/ListItems/responses/200', operationId: 'ListItems', status: '200' });
});

test('breaking-success-response-removed fires on a removed schema, at the response', () => {
	const previous = listItems({ 200: { description: 'OK', schema } });
	const swagger = textOf(listItems({ 200: { description: 'OK' } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-success-response-removed',
			file: 'swagger',
			message: "The schema of the '200' response has been removed. This change breaks existing flows (operation ListItems).",
			range: rangeOf(swagger, '"200"'),
			jsonPointer: '/paths/~1items/get/responses/200',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'operation/ListItems/responses/200/schema', operationId: 'ListItems', status: '200' });
});

test('breaking-success-response-removed fires on a 200 with a schema that became a 204 without one', () => {
	const previous = listItems({ 200: { description: 'OK', schema } });
	const swagger = textOf(listItems({ 204: { description: 'No content' } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-success-response-removed',
			file: 'swagger',
			message: "The '200' response has been removed. This change breaks existing flows (operation ListItems).",
			range: rangeOf(swagger, '"responses"'),
			jsonPointer: '/paths/~1items/get/responses',
		},
	]);
	assert.equal(findings[0].data?.valuePath, 'operation/ListItems/responses/200');
});

test('breaking-success-response-removed fires at the operation when its responses are gone', () => {
	const previous = listItems({ 200: { description: 'OK', schema } });
	const swagger = textOf(swaggerWith({ '/items': { get: { operationId: 'ListItems', summary: 'List items' } } }));
	const findings = runRule(rule, { swagger, previous: { swagger: previous } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-success-response-removed',
			file: 'swagger',
			message: "The '200' response has been removed. This change breaks existing flows (operation ListItems).",
			range: rangeOf(swagger, '"get"'),
			jsonPointer: '/paths/~1items/get',
		},
	]);
});

test('breaking-success-response-removed does not fire on a 200 that became a 201 with the same schema, added responses or description edits', () => {
	const previous = listItems({ 200: { description: 'OK', schema }, default: { description: 'Error' } });
	const swagger = swaggerWith({
		'/items': { get: { operationId: 'ListItems', summary: 'List all items', description: 'Lists the items.', responses: { 201: { description: 'Created', schema }, 202: { description: 'Accepted' }, 400: { description: 'Bad request' } } } },
		'/other': { get: { operationId: 'GetOther', summary: 'Get other', responses: { 200: { description: 'OK', schema } } } },
	});
	assert.deepEqual(runRule(rule, { swagger, previous: { swagger: previous } }), []);
});

test('breaking-success-response-removed does not fire on a success without a body that became another', () => {
	const previous = listItems({ 200: { description: 'OK' } });
	assert.deepEqual(runRule(rule, { swagger: listItems({ 204: { description: 'No content' } }), previous: { swagger: previous } }), []);
	assert.deepEqual(runRule(rule, { swagger: listItems({ 202: { description: 'Accepted', schema } }), previous: { swagger: previous } }), []);
});

test('breaking-success-response-removed leaves a deleted operation to breaking-operation-deleted', () => {
	const previous = listItems({ 200: { description: 'OK', schema } });
	const swagger = swaggerWith({ '/other': { get: { operationId: 'GetOther', summary: 'Get other', responses: { 200: { description: 'OK' } } } } });
	assert.deepEqual(runRule(rule, { swagger, previous: { swagger: previous } }), []);
});

test('breaking-success-response-removed leaves a schema with fields to breaking-output-deleted, which reports each field', () => {
	const withFields = { type: 'object', properties: { id: { type: 'string' } } };
	const previous = listItems({ 200: { description: 'OK', schema: withFields }, default: { description: 'Error' } });
	assert.deepEqual(runRule(rule, { swagger: listItems({ default: { description: 'Error' } }), previous: { swagger: previous } }), []);
	assert.deepEqual(runRule(rule, { swagger: listItems({ 200: { description: 'OK' } }), previous: { swagger: previous } }), []);
});

test('breaking-success-response-removed does not fire without a previous version', () => {
	const swagger = listItems({ 200: { description: 'OK' } });
	assert.deepEqual(runRule(rule, { swagger }), []);
	assert.deepEqual(runRule(rule, { swagger, previous: {} }), []);
});
