import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule, { isMostlyNonLatin } from '../../../server/src/rules/content/value-must-be-in-english';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('value-must-be-in-english fires on text mostly in a non-Latin script', () => {
	const swagger = textOf(
		swaggerWith(
			{ '/a': { get: { summary: 'Получить счета', description: 'Returns the invoices.', parameters: [{ name: 'q', in: 'query', type: 'string', 'x-ms-summary': 'Query', description: '検索キーワード' }], responses: {} } } },
			{ info: { title: 'Contoso', description: 'Contoso invoices for everyone.', version: '1.0' } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'value-must-be-in-english', file: 'swagger', message: "The 'summary' value must be written in English.", range: rangeOf(swagger, '"Получить счета"'), jsonPointer: '/paths/~1a/get/summary' },
		{ ruleId: 'value-must-be-in-english', file: 'swagger', message: "The 'description' value must be written in English.", range: rangeOf(swagger, '"検索キーワード"'), jsonPointer: '/paths/~1a/get/parameters/0/description' },
	]);
});

test('value-must-be-in-english does not fire on Latin-script text or a foreign name inside English', () => {
	const swagger = swaggerWith(
		{ '/a': { get: { summary: 'Obtenir les factures', description: 'Search the Москва office directory for a contact person.', responses: {} } } },
		{ info: { title: 'Contoso Café', description: 'Données pour les clients de Contoso.', version: '1.0' } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('value-must-be-in-english counts letters by character: at least four, and Latin ones fewer than half', () => {
	assert.equal(isMostlyNonLatin('ЖЖЖ'), false); // three letters
	assert.equal(isMostlyNonLatin('ЖЖЖЖ 123 …'), true);
	assert.equal(isMostlyNonLatin('AbCdЖЖЖЖ'), false); // half Latin
	assert.equal(isMostlyNonLatin('abcЖЖЖЖ'), true);
	assert.equal(isMostlyNonLatin('’Ωmega’ is ÀÉÎ'), false); // accented letters are Latin
	assert.equal(isMostlyNonLatin('𝒜𝒜𝒜𝒜 a'), true); // letters outside the BMP, counted once each
	assert.equal(isMostlyNonLatin('\ud835\ud835\ud835\ud835 ab'), false); // lone surrogates are not letters
});
