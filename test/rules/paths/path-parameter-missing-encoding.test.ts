import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/paths/path-parameter-missing-encoding';
import { applyFix, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('path-parameter-missing-encoding fires on the name of a path parameter without x-ms-url-encoding', () => {
	const swagger = textOf(swaggerWith({ '/items/{itemId}': { get: { parameters: [{ name: 'itemId', in: 'path', type: 'string', required: true }], responses: {} } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: rule.id,
			file: 'swagger',
			message: `Encoding for path parameter 'itemId' is missing, which might lead to invalid requests. Use "x-ms-url-encoding": "single" to ensure the value is URL encoded (parameter 'itemId' of GET /items/{itemId}).`,
			range: rangeOf(swagger, '"itemId"'),
			jsonPointer: '/paths/~1items~1{itemId}/get/parameters/0/x-ms-url-encoding',
		},
	]);
	assert.equal(runRule(rule, { swagger })[0].severity, 'warning');
});

test('path-parameter-missing-encoding does not fire on encoded path parameters or query parameters', () => {
	const swagger = swaggerWith({
		'/items/{itemId}': {
			get: { parameters: [{ name: 'itemId', in: 'path', type: 'string', required: true, 'x-ms-url-encoding': 'double' }, { name: 'q', in: 'query', type: 'string' }], responses: {} },
		},
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('path-parameter-missing-encoding fix adds "x-ms-url-encoding": "single" at the end of the parameter', () => {
	const swagger = textOf(swaggerWith({ '/items/{itemId}': { get: { parameters: [{ name: 'itemId', in: 'path', type: 'string', required: true }], responses: {} } } }));
	const [finding] = runRule(rule, { swagger });
	const fixed = applyFix(rule, finding, { swagger });
	assert.equal(fixed.title, 'Add "x-ms-url-encoding": "single"');
	assert.equal(fixed.text, swagger.replace('"required": true\n', '"required": true,\n            "x-ms-url-encoding": "single"\n'));
	assert.deepEqual(runRule(rule, { swagger: fixed.text }), []);
});
