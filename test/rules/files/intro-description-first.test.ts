import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/files/intro-description-first';
import { rangeOf, runRule, summarize, swaggerWith } from '../../helpers/ruleTester';

const swagger = swaggerWith({}, { info: { title: 'Contoso', description: 'Contoso  invoices.', version: '1.0' } });

test('intro-description-first fires when intro.md starts with a section, on the first line', () => {
	const intro = '## Prerequisites\nA Contoso account.\n';
	assert.deepEqual(summarize(runRule(rule, { swagger, intro })), [
		{
			ruleId: 'intro-description-first',
			file: 'intro',
			message: "The intro.md file does not start with a description: Microsoft's intro.md template puts a paragraph before the first section, distinct from the connector's description.",
			range: rangeOf(intro, '## Prerequisites'),
			jsonPointer: '',
		},
	]);
	// A title alone is not a description.
	const titled = '# Contoso\n\n## Prerequisites\n';
	assert.deepEqual(summarize(runRule(rule, { swagger, intro: titled })).map((f) => f.range), [rangeOf(titled, '# Contoso')]);
});

test('intro-description-first fires on a description equal to info.description (case and spacing aside), on the description', () => {
	const intro = '\ncontoso Invoices.\n\n## Prerequisites\n';
	assert.deepEqual(summarize(runRule(rule, { swagger, intro })).map((f) => [f.message, f.range]), [
		["The description repeats the connector's description (info.description): Microsoft's intro.md template asks for a detailed description distinct from it.", rangeOf(intro, 'contoso Invoices.')],
	]);
});

test('intro-description-first does not fire on a distinct description, with or without a title, nor without intro.md', () => {
	assert.deepEqual(runRule(rule, { swagger, intro: 'Contoso invoices, sent and tracked for small businesses.\n\n## Prerequisites\n' }), []);
	assert.deepEqual(runRule(rule, { swagger, intro: '# Contoso\nContoso sends invoices for small businesses.\n\n## Prerequisites\n' }), []);
	assert.deepEqual(runRule(rule, { intro: 'Contoso invoices.\n' }), []);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
