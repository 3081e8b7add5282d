import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/paths/connection-id-parameter-not-allowed';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const MESSAGE = "A parameter cannot be named as 'connectionId'.";

test('connection-id-parameter-not-allowed fires on the name, whatever its case, once for a shared parameter', () => {
	const swagger = textOf(
		swaggerWith(
			{
				'/a': { get: { parameters: [{ $ref: '#/parameters/Conn' }], responses: {} } },
				'/b': { get: { parameters: [{ $ref: '#/parameters/Conn' }, { name: 'ConnectionID', in: 'query', type: 'string' }], responses: {} } },
			},
			{ parameters: { Conn: { name: 'connectionId', in: 'path', type: 'string', required: true } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: rule.id, file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"ConnectionID"'), jsonPointer: '/paths/~1b/get/parameters/1/name' },
		{ ruleId: rule.id, file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"connectionId"'), jsonPointer: '/parameters/Conn/name' },
	]);
});

test('connection-id-parameter-not-allowed does not fire on other names', () => {
	const swagger = swaggerWith({ '/a': { get: { parameters: [{ name: 'connection', in: 'query', type: 'string' }, { name: 'connectionIdentifier', in: 'query', type: 'string' }], responses: {} } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
