import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/paths/allow-empty-value-only-valid-for-query-form-data';
import { applyFix, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('allow-empty-value-only-valid-for-query-form-data fires on the allowEmptyValue key of a header parameter', () => {
	const swagger = textOf(swaggerWith({ '/items': { get: { parameters: [{ name: 'X-Tag', in: 'header', type: 'string', allowEmptyValue: true }], responses: {} } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: rule.id,
			file: 'swagger',
			message: "The parameter cannot use the 'allowEmptyValue' keyword as it is not in the 'query' or 'formData' location.",
			range: rangeOf(swagger, '"allowEmptyValue"'),
			jsonPointer: '/paths/~1items/get/parameters/0/allowEmptyValue',
		},
	]);
});

test('allow-empty-value-only-valid-for-query-form-data does not fire on query or formData parameters', () => {
	const swagger = swaggerWith({
		'/items': { post: { parameters: [{ name: 'q', in: 'query', type: 'string', allowEmptyValue: true }, { name: 'f', in: 'formData', type: 'string', allowEmptyValue: false }], responses: {} } },
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('allow-empty-value-only-valid-for-query-form-data fix removes allowEmptyValue', () => {
	const swagger = textOf(swaggerWith({ '/items': { get: { parameters: [{ name: 'X-Tag', in: 'header', type: 'string', allowEmptyValue: true }], responses: {} } } }));
	const [finding] = runRule(rule, { swagger });
	const fixed = applyFix(rule, finding, { swagger });
	assert.equal(fixed.title, 'Remove allowEmptyValue');
	assert.equal(fixed.text, swagger.replace('"type": "string",\n            "allowEmptyValue": true\n', '"type": "string"\n'));
	assert.deepEqual(runRule(rule, { swagger: fixed.text }), []);
});
