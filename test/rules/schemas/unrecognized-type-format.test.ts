import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/unrecognized-type-format';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

test('unrecognized-type-format fires on an unknown format, naming the type/format pair', () => {
	const swagger = textOf(
		swaggerWith(
			{ '/a': { get: { parameters: [{ name: 'timeout', in: 'query', type: 'string', format: 'duration' }], responses: {} } } },
			{ definitions: { Id: { format: 'guid' } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'unrecognized-type-format', file: 'swagger', message: "The type/format 'string/duration' is not recognized (parameter 'timeout' of GET /a).", range: rangeOf(swagger, '"duration"'), jsonPointer: '/paths/~1a/get/parameters/0/format' },
		{ ruleId: 'unrecognized-type-format', file: 'swagger', message: "The type/format 'guid' is not recognized (definition 'Id').", range: rangeOf(swagger, '"guid"'), jsonPointer: '/definitions/Id/format' },
	]);
});

test('unrecognized-type-format does not fire on the formats Microsoft lists', () => {
	const swagger = swaggerWith({}, {
		definitions: {
			A: { type: 'integer', format: 'int64' },
			B: { type: 'string', format: 'date-no-tz' },
			C: { type: 'string', format: 'html' },
			D: { type: 'string', format: 'uuid' },
			E: { type: 'string' },
		},
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});
