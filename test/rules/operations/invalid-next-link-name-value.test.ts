import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/operations/invalid-next-link-name-value';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK' } };

test('invalid-next-link-name-value fires on another property name, and on a missing one', () => {
	const swagger = textOf(
		swaggerWith({
			'/a': { get: { operationId: 'ListA', 'x-ms-pageable': { nextLinkName: 'next_page' }, responses: ok } },
			'/b': { get: { operationId: 'ListB', 'x-ms-pageable': {}, responses: ok } },
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'invalid-next-link-name-value', file: 'swagger', message: "The nextLinkName value for operation 'ListA' is invalid. Supported values are 'nextLink' or '@odata.nextLink'.", range: rangeOf(swagger, '"next_page"'), jsonPointer: '/paths/~1a/get/x-ms-pageable/nextLinkName' },
		{ ruleId: 'invalid-next-link-name-value', file: 'swagger', message: "The nextLinkName value for operation 'ListB' is invalid. Supported values are 'nextLink' or '@odata.nextLink'.", range: rangeOf(swagger, '"x-ms-pageable"', 1), jsonPointer: '/paths/~1b/get/x-ms-pageable/nextLinkName' },
	]);
});

test('invalid-next-link-name-value does not fire on nextLink or @odata.nextLink', () => {
	const swagger = swaggerWith({
		'/a': { get: { operationId: 'ListA', 'x-ms-pageable': { nextLinkName: 'nextLink' }, responses: ok } },
		'/b': { get: { operationId: 'ListB', 'x-ms-pageable': { nextLinkName: '@odata.nextLink' }, responses: ok } },
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});
