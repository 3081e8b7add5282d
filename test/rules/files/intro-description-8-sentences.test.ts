import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/files/intro-description-8-sentences';
import { runRule, summarize } from '../../helpers/ruleTester';
import { LineIndex } from '../../../server/src/core/lines';

test('intro-description-8-sentences fires on more than one paragraph or more than eight sentences, on the description', () => {
	const nine = 'One. Two. Three. Four. Five. Six. Seven. Eight. Nine.';
	const intro = `${nine}\n\n## Prerequisites\n`;
	assert.deepEqual(summarize(runRule(rule, { intro })), [
		{
			ruleId: 'intro-description-8-sentences',
			file: 'intro',
			message: 'The description has 1 paragraph and 9 sentences; Microsoft\'s intro.md template says: "This description should be no more than one paragraph of eight sentences."',
			range: new LineIndex(intro).rangeAt(0, nine.length),
			jsonPointer: '',
		},
	]);
	const two = 'Contoso sends invoices.\n\nIt also tracks them.';
	assert.deepEqual(summarize(runRule(rule, { intro: `${two}\n## Prerequisites\n` })).map((f) => [f.message, f.range]), [
		['The description has 2 paragraphs and 2 sentences; Microsoft\'s intro.md template says: "This description should be no more than one paragraph of eight sentences."', new LineIndex(two).rangeAt(0, two.length)],
	]);
});

test('intro-description-8-sentences does not fire on one paragraph of eight sentences, and follows maxSentences', () => {
	const intro = '# Contoso\n\nOne. Two, e.g. three. Four. Five. Six. Seven. Eight.\nStill eight, v1.2 here.\n\n## Prerequisites\nA. B.\n\nC.\n';
	assert.deepEqual(runRule(rule, { intro }), []);
	assert.equal(runRule(rule, { intro }, { options: { maxSentences: 7 } }).length, 1);
	assert.deepEqual(runRule(rule, { intro: '## Prerequisites\n' }), []);
	assert.deepEqual(runRule(rule, {}), []);
});
