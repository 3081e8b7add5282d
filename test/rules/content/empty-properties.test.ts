import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/empty-properties';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('empty-properties fires on an empty properties object and empty string keywords', () => {
	const swagger = textOf(
		swaggerWith(
			{ '/a': { get: { parameters: [{ name: 'q', in: 'query', type: 'string', format: '' }], responses: {} } } },
			{ definitions: { Invoice: { type: 'object', properties: { meta: { type: 'object', properties: {} }, id: { type: 'string', title: '' } } } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'empty-properties', file: 'swagger', message: "The 'format' property is empty; remove it, or give it a value (parameter 'q' of GET /a).", range: rangeOf(swagger, '"format"'), jsonPointer: '/paths/~1a/get/parameters/0/format' },
		{ ruleId: 'empty-properties', file: 'swagger', message: "The 'properties' object is empty; remove it, or define the properties (property 'meta' of definition 'Invoice').", range: rangeOf(swagger, '"properties"', 1), jsonPointer: '/definitions/Invoice/properties/meta/properties' },
		{ ruleId: 'empty-properties', file: 'swagger', message: "The 'title' property is empty; remove it, or give it a value (property 'id' of definition 'Invoice').", range: rangeOf(swagger, '"title"', 1), jsonPointer: '/definitions/Invoice/properties/id/title' },
	]);
});

test('empty-properties does not fire on filled schemas, or on empty parameter labels (reported by the *-required rules)', () => {
	const swagger = swaggerWith(
		{ '/a': { get: { parameters: [{ name: 'q', in: 'query', type: 'string', description: '', 'x-ms-summary': '' }], responses: {} } } },
		{ definitions: { Invoice: { type: 'object', properties: { id: { type: 'string', title: 'ID' } } } } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
