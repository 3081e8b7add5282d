import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/files/readme-present';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const swagger = textOf(swaggerWith({}));

test('readme-present fires on a folder without readme.md, on the info key', () => {
	assert.deepEqual(summarize(runRule(rule, { swagger, folderEntries: ['apiDefinition.swagger.json', 'apiProperties.json'] })), [
		{
			ruleId: 'readme-present',
			file: 'swagger',
			message: 'The connector folder has no readme.md: the open-source repository requires one beside apiDefinition.swagger.json and apiProperties.json.',
			range: rangeOf(swagger, '"info"'),
			jsonPointer: '/info',
		},
	]);
});

test('readme-present does not fire with a readme, or when the folder is unknown', () => {
	assert.deepEqual(runRule(rule, { swagger, readme: '# Contoso\n', folderEntries: ['apiDefinition.swagger.json', 'README.md'] }), []);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
