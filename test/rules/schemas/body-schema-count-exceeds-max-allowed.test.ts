import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/body-schema-count-exceeds-max-allowed';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

// The body schema counts 6: the inline root, `customer` → Customer (1) + name (1) + tags (1) + tags.items (1), `note`.
const swaggerObject = swaggerWith(
	{
		'/orders': {
			post: {
				parameters: [{ name: 'order', in: 'body', schema: { type: 'object', properties: { customer: { $ref: '#/definitions/Customer' }, note: { type: 'string' } } } }],
				responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/Customer' } } },
			},
		},
	},
	{ definitions: { Customer: { type: 'object', properties: { name: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } } } } } },
);

test('body-schema-count-exceeds-max-allowed fires on the body schema when it has more schemas than max', () => {
	const swagger = textOf(swaggerObject);
	assert.deepEqual(summarize(runRule(rule, { swagger }, { options: { max: 5 } })), [
		{
			ruleId: 'body-schema-count-exceeds-max-allowed',
			file: 'swagger',
			message: "The total number of schemas in the object exceeds the max schema count allowed value of '5'. Please remove any unnecessary property or item definitions.",
			range: rangeOf(swagger, '"schema"'),
			jsonPointer: '/paths/~1orders/post/parameters/0/schema',
		},
	]);
});

test('body-schema-count-exceeds-max-allowed does not fire within the limit, and is off by default', () => {
	assert.deepEqual(runRule(rule, { swagger: swaggerObject }, { options: { max: 6 } }), []);
	assert.deepEqual(runRule(rule, { swagger: swaggerObject }), []);
});
