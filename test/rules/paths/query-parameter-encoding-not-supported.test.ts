import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/paths/query-parameter-encoding-not-supported';
import { applyFix, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('query-parameter-encoding-not-supported fires on the x-ms-url-encoding key of a query parameter', () => {
	const swagger = textOf(swaggerWith({ '/items': { get: { parameters: [{ name: 'filter', in: 'query', type: 'string', 'x-ms-url-encoding': 'single' }], responses: {} } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: rule.id,
			file: 'swagger',
			message: "Encoding for query parameter 'filter' is not supported. All query parameters are single encoded by default.",
			range: rangeOf(swagger, '"x-ms-url-encoding"'),
			jsonPointer: '/paths/~1items/get/parameters/0/x-ms-url-encoding',
		},
	]);
});

test('query-parameter-encoding-not-supported does not fire on path parameters', () => {
	const swagger = swaggerWith({ '/items/{id}': { get: { parameters: [{ name: 'id', in: 'path', type: 'string', required: true, 'x-ms-url-encoding': 'single' }, { name: 'q', in: 'query', type: 'string' }], responses: {} } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('query-parameter-encoding-not-supported fix removes x-ms-url-encoding', () => {
	const swagger = textOf(swaggerWith({ '/items': { get: { parameters: [{ name: 'filter', in: 'query', type: 'string', 'x-ms-url-encoding': 'single' }], responses: {} } } }));
	const [finding] = runRule(rule, { swagger });
	const fixed = applyFix(rule, finding, { swagger });
	assert.equal(fixed.title, 'Remove x-ms-url-encoding');
	assert.equal(fixed.text, swagger.replace('"type": "string",\n            "x-ms-url-encoding": "single"\n', '"type": "string"\n'));
	assert.deepEqual(runRule(rule, { swagger: fixed.text }), []);
});
