import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/array-duplicate-value';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const MESSAGE = 'The array contains duplicate values, values must be unique.';

test('array-duplicate-value fires on the repeated item of enum, required, consumes and operation tags', () => {
	const swagger = textOf(
		swaggerWith(
			{ '/a': { post: { tags: ['Invoices', 'Invoices'], consumes: ['application/json', 'application/json'], responses: {} } } },
			{ definitions: { Invoice: { type: 'object', required: ['id', 'id'], properties: { id: { type: 'string', enum: ['open', 'paid', 'open'] } } } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'array-duplicate-value', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"Invoices"', 1), jsonPointer: '/paths/~1a/post/tags/1' },
		{ ruleId: 'array-duplicate-value', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"application/json"', 1), jsonPointer: '/paths/~1a/post/consumes/1' },
		{ ruleId: 'array-duplicate-value', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"id"', 1), jsonPointer: '/definitions/Invoice/required/1' },
		{ ruleId: 'array-duplicate-value', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"open"', 1), jsonPointer: '/definitions/Invoice/properties/id/enum/2' },
	]);
});

test('array-duplicate-value does not fire on distinct values, or on values that differ only in case', () => {
	const swagger = swaggerWith(
		{ '/a': { get: { tags: ['Invoices'], produces: ['application/json', 'text/plain'], responses: {} } } },
		{ schemes: ['https', 'http'], definitions: { Status: { type: 'string', enum: ['Open', 'open'] } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('array-duplicate-value does not take a number too large for a double (read as Infinity) for null', () => {
	const swagger = textOf(swaggerWith({}, { definitions: { Limit: { type: 'number', enum: ['HUGE', null] } } })).replace('"HUGE"', '1e400');
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('array-duplicate-value tells a string from the number or object it spells, and finds repeats among mixed values', () => {
	const distinct = swaggerWith({}, { definitions: { Code: { enum: ['1', 1, 'true', true, 'null', null, '{}', {}] } } });
	assert.deepEqual(runRule(rule, { swagger: distinct }), []);
	const swagger = textOf(swaggerWith({}, { definitions: { Code: { enum: ['a', 1, { b: [1, 2] }, 'a', { b: [1, 2] }, 1.0] } } }));
	assert.deepEqual(
		summarize(runRule(rule, { swagger })).map((finding) => finding.jsonPointer),
		['/definitions/Code/enum/3', '/definitions/Code/enum/4', '/definitions/Code/enum/5'],
	);
});
