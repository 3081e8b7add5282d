import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/files/readme-intro-length';
import { rangeOf, runRule, summarize } from '../../helpers/ruleTester';

test('readme-intro-length fires on an introduction of several paragraphs or more than three sentences, on the title', () => {
	const readme = '# Contoso\nOne. Two. Three. Four.\n\nMore.\n\n## Prerequisites\n';
	assert.deepEqual(summarize(runRule(rule, { readme })), [
		{
			ruleId: 'readme-intro-length',
			file: 'readme',
			message: 'The introduction under the title has 2 paragraphs and 5 sentences; the readme template asks for one paragraph of two to three sentences.',
			range: rangeOf(readme, '# Contoso'),
			jsonPointer: '',
		},
	]);
});

test('readme-intro-length does not fire on one short paragraph, and follows maxSentences', () => {
	const readme = '# Contoso\nContoso manages invoices. This connector lists them.\n\n## Prerequisites\nA lot. Of. Text. Here.\n';
	assert.deepEqual(runRule(rule, { readme }), []);
	assert.equal(runRule(rule, { readme }, { options: { maxSentences: 1 } }).length, 1);
});
