import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/files/readme-oauth-steps';
import { rangeOf, runRule, summarize, swaggerWith } from '../../helpers/ruleTester';

const IP = '/repo/independent-publisher-connectors/Contoso';
const swagger = swaggerWith({}, { securityDefinitions: { oauth: { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://a', tokenUrl: 'https://t', scopes: {} } } });

test('readme-oauth-steps fires on a thin credentials section of an Independent Publisher OAuth connector', () => {
	const readme = '# Contoso\n\n## Obtaining Credentials\nSign in with your account.\n\n## Known Issues and Limitations\n';
	assert.deepEqual(summarize(runRule(rule, { swagger, readme, folderPath: IP })), [
		{
			ruleId: 'readme-oauth-steps',
			file: 'readme',
			message: 'The Obtaining Credentials section has 5 words: an OAuth connector must give detailed steps on how to create an app.',
			range: rangeOf(readme, '## Obtaining Credentials'),
			jsonPointer: '',
		},
	]);
});

test('readme-oauth-steps does not fire on detailed steps, API key connectors or verified publishers', () => {
	const steps = Array.from({ length: 8 }, (_, i) => `${i + 1}. Open the developer portal and do step number ${i + 1} carefully.`).join('\n');
	assert.deepEqual(runRule(rule, { swagger, readme: `# Contoso\n\n## Obtaining Credentials\n${steps}\n`, folderPath: IP }), []);
	assert.deepEqual(runRule(rule, { swagger: swaggerWith({}), readme: '# Contoso\n\n## Obtaining Credentials\nKey.\n', folderPath: IP }), []);
	assert.deepEqual(runRule(rule, { swagger, readme: '# Contoso\n', folderPath: '/repo/certified-connectors/Contoso' }), []);
});
