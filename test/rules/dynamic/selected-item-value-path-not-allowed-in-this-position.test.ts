import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/dynamic/selected-item-value-path-not-allowed-in-this-position';
import { rangeOf, runRule, summarize, textOf, swaggerWith, unindexed } from '../../helpers/ruleTester';

function withTree(tree: object): object {
	return swaggerWith({ '/files': { get: { operationId: 'GetFile', parameters: [{ name: 'path', in: 'query', type: 'string', 'x-ms-dynamic-tree': tree }], responses: { 200: { description: 'OK' } } } } });
}

test("selected-item-value-path-not-allowed-in-this-position fires in the 'open' call", () => {
	const swagger = textOf(withTree({ open: { operationId: 'ListRoot', parameters: { path: { selectedItemValuePath: 'path' } } }, browse: { operationId: 'ListFolder' } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'selected-item-value-path-not-allowed-in-this-position',
			file: 'swagger',
			message: "The 'selectedItemValuePath' property is not allowed in this position. It is allowed only in 'browse' operation of 'x-ms-dynamic-tree' extension.",
			range: rangeOf(swagger, '"selectedItemValuePath"'),
			jsonPointer: '/paths/~1files/get/parameters/0/x-ms-dynamic-tree/open/parameters/path/selectedItemValuePath',
		},
	]);
});

test("selected-item-value-path-not-allowed-in-this-position does not fire in the 'browse' parameters", () => {
	const swagger = withTree({ open: { operationId: 'ListRoot' }, browse: { operationId: 'ListFolder', parameters: { path: { selectedItemValuePath: 'path' } } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('selected-item-value-path-not-allowed-in-this-position reads a key written with an escape and a definition read without the index alike', () => {
	const swagger = textOf(withTree({ open: { operationId: 'ListRoot', parameters: { path: { selectedItemValuePath: 'path' } } }, browse: { operationId: 'ListFolder', parameters: { path: { selectedItemValuePath: 'path' } } } }));
	const pointers = (text: string) => runRule(rule, { swagger: text }).map((finding) => finding.jsonPointer);
	const expected = ['/paths/~1files/get/parameters/0/x-ms-dynamic-tree/open/parameters/path/selectedItemValuePath'];
	assert.deepEqual(pointers(swagger), expected);
	assert.deepEqual(pointers(swagger.replaceAll('"selectedItemValuePath"', '"selected\\u0049temValuePath"')), expected);
	assert.deepEqual(pointers(unindexed(swagger)), expected, 'a repeated member: the value is walked');
	assert.deepEqual(pointers('[{"selectedItemValuePath": "path"}]'), [], 'not a definition');
});
