import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/changes/breaking-made-internal';
import { changeData, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK' } };
const top = (visibility?: string) => ({ name: 'top', in: 'query', type: 'integer', ...(visibility ? { 'x-ms-visibility': visibility } : {}) });
const listItems = (operation: object = {}, parameters: object[] = [top()], extra: object = {}) =>
	swaggerWith({ '/items': { get: { operationId: 'ListItems', summary: 'List items', parameters, responses: ok, ...operation } } }, extra);

test('breaking-made-internal fires on an operation made internal, at its visibility', () => {
	const swagger = textOf(listItems({ 'x-ms-visibility': 'internal' }));
	const findings = runRule(rule, { swagger, previous: { swagger: listItems({ 'x-ms-visibility': 'important' }) } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-made-internal',
			file: 'swagger',
			message: 'The operation has been made internal: flows that use it can no longer be edited. Deprecate it instead (operation ListItems).',
			range: rangeOf(swagger, '"internal"'),
			jsonPointer: '/paths/~1items/get/x-ms-visibility',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'operation/ListItems', operationId: 'ListItems' });
});

test('breaking-made-internal fires on a parameter made internal, at its visibility', () => {
	const swagger = textOf(listItems({}, [top('internal')]));
	const findings = runRule(rule, { swagger, previous: { swagger: listItems({}, [top('advanced')]) } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-made-internal',
			file: 'swagger',
			message: "The parameter has been made internal: flows that set it can no longer change it (parameter 'top' of ListItems).",
			range: rangeOf(swagger, '"internal"'),
			jsonPointer: '/paths/~1items/get/parameters/0/x-ms-visibility',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'operation/ListItems/parameter/top', operationId: 'ListItems' });
});

test('breaking-made-internal fires on a body field made internal', () => {
	const body = (visibility?: string) => ({ name: 'body', in: 'body', schema: { type: 'object', properties: { title: { type: 'string', ...(visibility ? { 'x-ms-visibility': visibility } : {}) } } } });
	const create = (visibility?: string) => swaggerWith({ '/items': { post: { operationId: 'CreateItem', summary: 'Create an item', parameters: [body(visibility)], responses: ok } } });
	const swagger = textOf(create('internal'));
	const findings = runRule(rule, { swagger, previous: { swagger: create() } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-made-internal',
			file: 'swagger',
			message: "The input field has been made internal: flows that set it can no longer change it (input field 'body/title' of CreateItem).",
			range: rangeOf(swagger, '"internal"'),
			jsonPointer: '/paths/~1items/post/parameters/0/schema/properties/title/x-ms-visibility',
		},
	]);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'operation/CreateItem/parameter/body/schema/title', operationId: 'CreateItem' });
});

test('breaking-made-internal reports a shared parameter made internal at the $ref in the operation', () => {
	const shared = (visibility?: string) => listItems({}, [{ $ref: '#/parameters/top' }], { parameters: { top: top(visibility) } });
	const swagger = textOf(shared('internal'));
	const findings = runRule(rule, { swagger, previous: { swagger: shared() } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-made-internal',
			file: 'swagger',
			message: "The parameter has been made internal: flows that set it can no longer change it (parameter 'top' of ListItems).",
			range: rangeOf(swagger, '{\n            "$ref": "#/parameters/top"\n          }'),
			jsonPointer: '/paths/~1items/get/parameters/0',
		},
	]);
	assert.equal(findings[0].data?.valuePath, 'operation/ListItems/parameter/top');
});

test('breaking-made-internal reports a path-level parameter made internal at its visibility', () => {
	const pathLevel = (visibility?: string) => swaggerWith({ '/items': { parameters: [top(visibility)], get: { operationId: 'ListItems', summary: 'List items', responses: ok } } });
	const swagger = textOf(pathLevel('internal'));
	const findings = runRule(rule, { swagger, previous: { swagger: pathLevel() } });
	assert.deepEqual(summarize(findings), [
		{
			ruleId: 'breaking-made-internal',
			file: 'swagger',
			message: "The parameter has been made internal: flows that set it can no longer change it (parameter 'top' of ListItems).",
			range: rangeOf(swagger, '"internal"'),
			jsonPointer: '/paths/~1items/parameters/0/x-ms-visibility',
		},
	]);
	assert.equal(findings[0].data?.valuePath, 'operation/ListItems/parameter/top');
});

test('breaking-made-internal does not fire on a deprecated operation made internal', () => {
	const swagger = listItems({ deprecated: true, 'x-ms-visibility': 'internal' }, [top('internal')]);
	assert.deepEqual(runRule(rule, { swagger, previous: { swagger: listItems() } }), []);
});

test('breaking-made-internal does not fire on what was internal already, other visibilities, added internal parameters or description edits', () => {
	const previous = listItems({ 'x-ms-visibility': 'internal' }, [top('internal'), { name: 'skip', in: 'query', type: 'integer' }]);
	const swagger = swaggerWith({
		'/items': {
			get: {
				operationId: 'ListItems',
				summary: 'List all items',
				description: 'Lists the items.',
				'x-ms-visibility': 'internal',
				parameters: [top('internal'), { name: 'skip', in: 'query', type: 'integer', 'x-ms-visibility': 'advanced' }, { name: 'api-version', in: 'query', type: 'string', default: '1', 'x-ms-visibility': 'internal' }],
				responses: ok,
			},
		},
		'/other': { get: { operationId: 'GetOther', summary: 'Get other', 'x-ms-visibility': 'internal', responses: ok } },
	});
	assert.deepEqual(runRule(rule, { swagger, previous: { swagger: previous } }), []);
});

test('breaking-made-internal does not fire without a previous version', () => {
	const swagger = listItems({ 'x-ms-visibility': 'internal' }, [top('internal')]);
	assert.deepEqual(runRule(rule, { swagger }), []);
	assert.deepEqual(runRule(rule, { swagger, previous: {} }), []);
});
