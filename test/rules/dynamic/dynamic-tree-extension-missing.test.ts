import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/dynamic/dynamic-tree-extension-missing';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK' } };
const values = { capability: 'file-picker', parameters: { isFolder: false }, 'value-path': 'path' };
const tree = {
	open: { operationId: 'ListRoot', itemValuePath: 'path', itemTitlePath: 'name' },
	browse: { operationId: 'ListFolder', itemValuePath: 'path', itemTitlePath: 'name', parameters: { path: { selectedItemValuePath: 'path' } } },
};

function withField(extensions: object): object {
	return swaggerWith({ '/files': { get: { operationId: 'GetFile', parameters: [{ name: 'path', in: 'query', type: 'string', ...extensions }], responses: ok } } });
}

test('dynamic-tree-extension-missing fires on the file-picker capability without x-ms-dynamic-tree', () => {
	const swagger = textOf(withField({ 'x-ms-dynamic-values': values }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'dynamic-tree-extension-missing',
			file: 'swagger',
			message: "The 'x-ms-dynamic-tree' extension must be defined to enable file picker support.",
			range: rangeOf(swagger, '"file-picker"'),
			jsonPointer: '/paths/~1files/get/parameters/0/x-ms-dynamic-values/capability',
		},
	]);
});

test('dynamic-tree-extension-missing does not fire when x-ms-dynamic-tree is defined', () => {
	assert.deepEqual(runRule(rule, { swagger: withField({ 'x-ms-dynamic-values': values, 'x-ms-dynamic-tree': tree }) }), []);
});
