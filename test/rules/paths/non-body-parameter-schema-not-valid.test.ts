import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/paths/non-body-parameter-schema-not-valid';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('non-body-parameter-schema-not-valid fires on the schema key of a query parameter', () => {
	const swagger = textOf(swaggerWith({ '/items': { get: { parameters: [{ name: 'q', in: 'query', schema: { type: 'string' } }], responses: {} } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: rule.id, file: 'swagger', message: "The parameter cannot define a schema as it is not in the 'body'.", range: rangeOf(swagger, '"schema"'), jsonPointer: '/paths/~1items/get/parameters/0/schema' },
	]);
});

test('non-body-parameter-schema-not-valid does not fire on body schemas or typed query parameters', () => {
	const swagger = swaggerWith({ '/items': { post: { parameters: [{ name: 'body', in: 'body', schema: { type: 'object' } }, { name: 'q', in: 'query', type: 'string' }], responses: {} } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
