import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/metadata/tag-redefined';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('tag-redefined fires on the second definition of a tag name', () => {
	const swagger = textOf(swaggerWith({}, { tags: [{ name: 'Invoices' }, { name: 'Customers' }, { name: 'Invoices', description: 'Again.' }] }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'tag-redefined', file: 'swagger', message: "The 'tags' property defines tag 'Invoices' multiple times.", range: rangeOf(swagger, '"Invoices"', 1), jsonPointer: '/tags/2/name' },
	]);
});

test('tag-redefined does not fire on distinct tag names', () => {
	assert.deepEqual(runRule(rule, { swagger: swaggerWith({}, { tags: [{ name: 'Invoices' }, { name: 'invoices-archive' }] }) }), []);
});
