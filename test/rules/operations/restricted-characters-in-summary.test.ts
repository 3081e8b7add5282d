import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/operations/restricted-characters-in-summary';
import { applyFix, rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const ok = { 200: { description: 'OK' } };

test('restricted-characters-in-summary fires on a summary with a slash or ampersand', () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { operationId: 'A', summary: 'Get user/group & members', responses: ok }, post: { operationId: 'B', summary: 'Create item', responses: ok } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'restricted-characters-in-summary', file: 'swagger', message: 'Summary string contains any of the restricted characters [/\\<>*%&?]', range: rangeOf(swagger, '"Get user/group & members"'), jsonPointer: '/paths/~1a/get/summary' },
	]);
});

test('restricted-characters-in-summary does not fire on letters, digits, spaces, hyphens and parentheses', () => {
	const swagger = swaggerWith({ '/a': { get: { operationId: 'A', summary: 'Get rows (deprecated) - V2, fast.', responses: ok } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('restricted-characters-in-summary fix writes & and / between words as "and" and "or", and drops the others', () => {
	const swagger = textOf(
		swaggerWith({
			'/a': {
				put: { summary: 'Create/update terms & conditions', responses: {} },
				get: { summary: 'Get <all> items? (50%)', responses: {} },
			},
		}),
	);
	const fixes = runRule(rule, { swagger }).map((finding) => applyFix(rule, finding, { swagger }));
	assert.deepEqual(fixes.map((f) => f.title), ['Remove the restricted characters: "Create or update terms and conditions"', 'Remove the restricted characters: "Get all items (50)"']);
	assert.equal(fixes[0].text, swagger.replace('"Create/update terms & conditions"', '"Create or update terms and conditions"'));
	assert.equal(fixes[1].text, swagger.replace('"Get <all> items? (50%)"', '"Get all items (50)"'));
	assert.equal(runRule(rule, { swagger: fixes[1].text }).length, 1);
});
