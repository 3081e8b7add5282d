import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/files/pr-folder-layout';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const swagger = textOf(swaggerWith({}));

test('pr-folder-layout fires on a definition with another name, on the swagger key', () => {
	assert.deepEqual(summarize(runRule(rule, { swagger, folderEntries: ['De-Lijn-Zoek.swagger.json', 'apiProperties.json'] })), [
		{ ruleId: 'pr-folder-layout', file: 'swagger', message: "The definition file is named 'De-Lijn-Zoek.swagger.json'; connector submissions expect 'apiDefinition.swagger.json'.", range: rangeOf(swagger, '"swagger"'), jsonPointer: '/swagger' },
	]);
});

test('pr-folder-layout does not fire on the canonical name or when the folder is unknown', () => {
	assert.deepEqual(runRule(rule, { swagger, folderEntries: ['apiDefinition.swagger.json', 'apiProperties.json'] }), []);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
