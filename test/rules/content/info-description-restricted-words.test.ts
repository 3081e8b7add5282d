import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/info-description-restricted-words';
import { applyFix, rangeOf, runRule, summarize, textOf } from '../../helpers/ruleTester';

const doc = (description: string) => textOf({ swagger: '2.0', info: { title: 'Contoso', description, version: '1.0' }, paths: {} });

test('info-description-restricted-words fires on product names', () => {
	const swagger = doc('Use Contoso invoices in Power Apps and Power Automate.');
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'info-description-restricted-words',
			file: 'swagger',
			message: "The value 'description' contains at least one of the restricted words: 'power apps, power automate'.",
			range: rangeOf(swagger, '"Use Contoso invoices in Power Apps and Power Automate."'),
			jsonPointer: '/info/description',
		},
	]);
});

test('info-description-restricted-words does not fire on API, ordinary text or product names the validator accepts', () => {
	assert.deepEqual(runRule(rule, { swagger: doc('The Contoso API manages invoices and payments.') }), []);
	// Accepted upstream in 2021; no-product-names-in-strings warns about it.
	assert.deepEqual(runRule(rule, { swagger: doc('Contoso is the ultimate automation toolkit for Microsoft Power Platform.') }), []);
});

test('info-description-restricted-words fires on Copilot Studio, which the live certification page adds', () => {
	assert.deepEqual(
		runRule(rule, { swagger: doc('Contoso invoices for agents built in Copilot Studio.') }).map((f) => f.message),
		["The value 'description' contains at least one of the restricted words: 'copilot studio'."],
	);
});

test('info-description-restricted-words fix removes product names with the preposition before them', () => {
	const swagger = textOf({ swagger: '2.0', info: { title: 'Contoso', description: 'Use Contoso in Power Automate and Power Apps to send invoices.', version: '1.0' }, paths: {} });
	const [finding] = runRule(rule, { swagger });
	const fixed = applyFix(rule, finding, { swagger });
	assert.equal(fixed.title, 'Remove the restricted words from the description');
	assert.equal(fixed.text, swagger.replace('Use Contoso in Power Automate and Power Apps to send invoices.', 'Use Contoso to send invoices.'));
	assert.deepEqual(runRule(rule, { swagger: fixed.text }), []);
});
