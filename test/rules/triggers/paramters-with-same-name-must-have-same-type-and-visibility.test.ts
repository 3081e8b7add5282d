import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/triggers/paramters-with-same-name-must-have-same-type-and-visibility';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const body = { name: 'body', in: 'body', required: true, schema: { type: 'object', required: ['url'], properties: { url: { type: 'string', 'x-ms-notification-url': true, 'x-ms-visibility': 'internal' } } } };

function connector(fetchParameter: object): object {
	return swaggerWith({
		'/hooks': {
			post: { operationId: 'Subscribe', 'x-ms-trigger': 'single', parameters: [{ name: 'listId', in: 'query', type: 'string', required: true }, body], responses: { '201': { description: 'Created' } } },
		},
		'/items': { get: { operationId: 'OnNewItem', 'x-ms-trigger': 'batch', 'x-ms-notification': { operationId: 'Subscribe' }, parameters: [fetchParameter], responses: { '200': { description: 'OK' } } } },
	});
}

test('paramters-with-same-name-must-have-same-type-and-visibility fires when the fetch parameter has another type', () => {
	const swagger = textOf(connector({ name: 'listId', in: 'query', type: 'integer', required: true }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'paramters-with-same-name-must-have-same-type-and-visibility',
			file: 'swagger',
			message: 'Parameters of the same name in fetch and subscribe operations must be of the same type and visibility.',
			range: rangeOf(swagger, '"listId"', 1),
			jsonPointer: '/paths/~1items/get/parameters/0',
		},
	]);
});

test('paramters-with-same-name-must-have-same-type-and-visibility fires on a visibility difference', () => {
	const swagger = textOf(connector({ name: 'listId', in: 'query', type: 'string', 'x-ms-visibility': 'advanced' }));
	assert.equal(runRule(rule, { swagger }).length, 1);
});

test('paramters-with-same-name-must-have-same-type-and-visibility does not fire on matching parameters', () => {
	assert.deepEqual(runRule(rule, { swagger: connector({ name: 'listId', in: 'query', type: 'string', 'x-ms-visibility': 'none' }) }), []);
});
