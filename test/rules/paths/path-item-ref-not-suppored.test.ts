import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/paths/path-item-ref-not-suppored';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('path-item-ref-not-suppored fires on the $ref key of a path item', () => {
	const swagger = textOf(swaggerWith({ '/items': { $ref: 'items.json#/paths/~1items' } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: rule.id, file: 'swagger', message: "The '$ref' property in a path is not supported.", range: rangeOf(swagger, '"$ref"'), jsonPointer: '/paths/~1items/$ref' },
	]);
});

test('path-item-ref-not-suppored does not fire on $refs inside operations', () => {
	const swagger = swaggerWith(
		{ '/items': { get: { parameters: [{ $ref: '#/parameters/Top' }], responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/Item' } } } } } },
		{ parameters: { Top: { name: 'top', in: 'query', type: 'integer' } }, definitions: { Item: { type: 'object' } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
