import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/total-schema-count-exceeds-max-allowed';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

// 5 schema objects: the response `$ref` use, Customer, name, tags, tags.items.
const swaggerObject = swaggerWith(
	{ '/customers': { get: { responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/Customer' } } } } } },
	{ definitions: { Customer: { type: 'object', properties: { name: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } } } } } },
);

test('total-schema-count-exceeds-max-allowed fires once, on definitions, above max', () => {
	const swagger = textOf(swaggerObject);
	assert.deepEqual(summarize(runRule(rule, { swagger }, { options: { max: 4 } })), [
		{
			ruleId: 'total-schema-count-exceeds-max-allowed',
			file: 'swagger',
			message: "The maximum allowed number of schemas in the swagger is '4'. Please remove any unnecessary property or item definitions.",
			range: rangeOf(swagger, '"definitions"'),
			jsonPointer: '/definitions',
		},
	]);
});

test('total-schema-count-exceeds-max-allowed does not fire within the limit, and is off by default', () => {
	assert.deepEqual(runRule(rule, { swagger: swaggerObject }, { options: { max: 5 } }), []);
	assert.deepEqual(runRule(rule, { swagger: swaggerObject }), []);
});
