import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/files/intro-present';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const swagger = textOf(swaggerWith({}));

test('intro-present fires on a folder without intro.md, on the info key', () => {
	assert.deepEqual(summarize(runRule(rule, { swagger, folderEntries: ['apiDefinition.swagger.json', 'apiProperties.json', 'readme.md'] })), [
		{
			ruleId: 'intro-present',
			file: 'swagger',
			message: 'The connector folder has no intro.md: a Partner Center submission needs one for the public documentation page, separate from readme.md.',
			range: rangeOf(swagger, '"info"'),
			jsonPointer: '/info',
		},
	]);
	assert.equal(rule.severity, 'information');
	assert.deepEqual(rule.profiles, ['strict']);
});

test('intro-present does not fire with intro.md in any case, or when the folder is unknown', () => {
	assert.deepEqual(runRule(rule, { swagger, intro: 'Contoso.\n', folderEntries: ['apiDefinition.swagger.json', 'intro.md'] }), []);
	// Listed but not read (unreadable): still present.
	assert.deepEqual(runRule(rule, { swagger, folderEntries: ['apiDefinition.swagger.json', 'Intro.md'] }), []);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
