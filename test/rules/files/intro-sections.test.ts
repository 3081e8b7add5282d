import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/files/intro-sections';
import { rangeOf, runRule, summarize, swaggerWith } from '../../helpers/ruleTester';

const WITH_AUTH = swaggerWith({}, { securityDefinitions: { apiKey: { type: 'apiKey', name: 'X-Key', in: 'header' } } });
const ANONYMOUS = swaggerWith({});

const COMPLETE = `Contoso Invoices sends and tracks invoices for small businesses.

## Prerequisites
A Contoso account.

## How to get credentials
Create an API key under Settings.

## Get started with your connector
Create a flow that sends an invoice when a form is submitted.

## Known issues and limitations
Attachments are limited to 5 MB.

## Common errors and remedies
401: the API key was revoked; create a new one.

## FAQ
**Can I send invoices in other currencies?** Yes.
`;

test('intro-sections fires once per missing section, on the first line', () => {
	const intro = 'Contoso Invoices sends invoices.\n\n## Prerequisites\nA Contoso account.\n\n## FAQ\nNone yet.\n';
	const first = rangeOf(intro, 'Contoso Invoices sends invoices.');
	assert.deepEqual(summarize(runRule(rule, { swagger: WITH_AUTH, intro })).map((f) => [f.message, f.range]), [
		["The intro.md file has no '## How to get credentials' section, which Microsoft's intro.md template requires for a connector with authentication.", first],
		["The intro.md file has no '## Get started with your connector' section, which Microsoft's intro.md template requires.", first],
		["The intro.md file has no '## Known issues and limitations' section, which Microsoft's intro.md template requires.", first],
		["The intro.md file has no '## Common errors and remedies' section, which Microsoft's intro.md template requires.", first],
	]);
	assert.equal(summarize(runRule(rule, { swagger: WITH_AUTH, intro }))[0].file, 'intro');
});

test('intro-sections fires on a renamed heading, on the heading, with the exact heading to use', () => {
	const intro = COMPLETE.replace('## Known issues and limitations', '## Known Issues').replace('## FAQ', '### Frequently Asked Questions').replace('## Prerequisites', '##Prerequisites');
	assert.deepEqual(summarize(runRule(rule, { swagger: WITH_AUTH, intro })).map((f) => [f.message, f.range]), [
		["The heading '##Prerequisites' should be '## Prerequisites', as Microsoft's intro.md template writes it.", rangeOf(intro, '##Prerequisites')],
		["The heading '## Known Issues' should be '## Known issues and limitations', as Microsoft's intro.md template writes it.", rangeOf(intro, '## Known Issues')],
		["The heading '### Frequently Asked Questions' should be '## FAQ', as Microsoft's intro.md template writes it.", rangeOf(intro, '### Frequently Asked Questions')],
	]);
});

test('intro-sections fires on a section out of order, on its heading', () => {
	const faq = '## FAQ\n**Can I send invoices in other currencies?** Yes.\n';
	const intro = COMPLETE.replace(faq, '').replace('## Prerequisites', `${faq}\n## Prerequisites`);
	assert.deepEqual(summarize(runRule(rule, { swagger: WITH_AUTH, intro })).map((f) => [f.message, f.range]), [
		["The section '## FAQ' is out of order: Microsoft's intro.md template puts it after '## Common errors and remedies'.", rangeOf(intro, '## FAQ')],
	]);
	// Two swapped sections: the later one is reported, before the one it should precede.
	const swapped = COMPLETE.replace('## Known issues and limitations', '## TEMP').replace('## Common errors and remedies', '## Known issues and limitations').replace('## TEMP', '## Common errors and remedies');
	assert.deepEqual(summarize(runRule(rule, { swagger: WITH_AUTH, intro: swapped })).map((f) => [f.message, f.range]), [
		["The section '## Known issues and limitations' is out of order: Microsoft's intro.md template puts it before '## Common errors and remedies'.", rangeOf(swapped, '## Known issues and limitations')],
	]);
});

test('intro-sections does not fire on the complete template, nor on a missing credentials section without authentication', () => {
	assert.deepEqual(runRule(rule, { swagger: WITH_AUTH, intro: COMPLETE }), []);
	const withoutCredentials = COMPLETE.replace(/## How to get credentials\n.*\n\n/, '');
	assert.deepEqual(runRule(rule, { swagger: ANONYMOUS, intro: withoutCredentials }), []);
	// A secure connection parameter is authentication too, and so is a connector whose files cannot be read: unknown.
	const secure = { properties: { connectionParameters: { api_key: { type: 'securestring' } } } };
	assert.equal(runRule(rule, { swagger: ANONYMOUS, apiProperties: secure, intro: withoutCredentials }).length, 1);
	assert.deepEqual(runRule(rule, { intro: withoutCredentials }), []);
	// Headings in a code block are not sections; sub-headings and extra sections are allowed.
	assert.deepEqual(runRule(rule, { swagger: WITH_AUTH, intro: `${COMPLETE}\n## Support\n\`\`\`\n## Known Issues\n\`\`\`\n### Errors when sending\n` }), []);
	assert.deepEqual(runRule(rule, { swagger: WITH_AUTH }), []);
});
