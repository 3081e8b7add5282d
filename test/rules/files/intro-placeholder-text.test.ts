import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ApiPropertiesModel } from '../../../server/src/core/apiProperties';
import { SwaggerModel } from '../../../server/src/core/swagger';
import { textArtifactOf } from '../../../server/src/engine/artifacts';
import { parseText } from '../../../server/src/engine/parsedFile';
import { checkConnector } from '../../../server/src/engine/run';
import { introTemplate } from '../../../server/src/package/intro';
import { RULES } from '../../../server/src/rules/index';
import rule from '../../../server/src/rules/files/intro-placeholder-text';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

/** Microsoft's template (SFC), as submissions copy it. */
const MICROSOFT_TEMPLATE = `Provide a detailed description here, distinct from your connector's description, of the value that the connector offers users and a high-level overview of functionality that the connector supports. This description should be no more than one paragraph of eight sentences.

## Prerequisites

Provide information about any prerequisites that are required to use this connector. For example, an account on your website or a paid service plan.

## How to get credentials

Provide detailed information about how a user can get credentials to use the connector. Where possible, this should be step-by-step instructions with links pointing to relevant parts of your website.

If your connector doesn't require authentication, this section can be removed.

## Get started with your connector

Provide users with a step-by-step process for getting started with your connector. This is where you should highlight common use cases.

## Known issues and limitations

If your connector has any known issues and limitations, include a detailed description of them here. This information should be as robust as possible.

## Common errors and remedies

Highlight any errors that might commonly occur when using the connector (such as HTTP status code errors), and what the user should do to resolve the error.

## FAQ

Provide a breakdown of frequently asked questions and their respective answers here.
`;

test('intro-placeholder-text fires on every prompt of Microsoft\'s template, on the line', () => {
	const lines = MICROSOFT_TEMPLATE.split('\n').filter((line) => line !== '' && !line.startsWith('## '));
	const findings = summarize(runRule(rule, { intro: MICROSOFT_TEMPLATE }));
	assert.deepEqual(findings.map((f) => f.range), lines.map((line) => rangeOf(MICROSOFT_TEMPLATE, line)));
	assert.deepEqual(findings[1], {
		ruleId: 'intro-placeholder-text',
		file: 'intro',
		message: "Replace the template text with your own: 'Provide information about any prerequisites that are requ...'.",
		range: rangeOf(MICROSOFT_TEMPLATE, lines[1]),
		jsonPointer: '',
	});
	// Reworded in the template's style.
	const reworded = 'Provide your connector\'s value proposition.\n\nProvide the steps here.\n';
	assert.deepEqual(summarize(runRule(rule, { intro: reworded })).map((f) => f.message), [
		"Replace the template text with your own: 'Provide your connector's value proposition.'.",
		"Replace the template text with your own: 'Provide the steps here.'.",
	]);
});

test('intro-placeholder-text does not fire on written text that uses the same verbs', () => {
	const intro = 'Contoso sends invoices.\n\n## Prerequisites\nProvide the API key from your Contoso account when you create a connection.\n\n## FAQ\nList invoices with the List invoices action. Describe your filter in OData.\n';
	assert.deepEqual(runRule(rule, { intro }), []);
	assert.deepEqual(runRule(rule, {}), []);
});

/** The intro.md `connector-certify intro` writes, and every intro rule (strict profile) run on it with its connector. */
function scaffold(swagger: object, apiProperties: object): { text: string; findings: (text: string) => string[] } {
	const swaggerFile = parseText(textOf(swagger));
	const apiPropertiesFile = parseText(textOf(apiProperties));
	const text = introTemplate(new SwaggerModel(swaggerFile.doc), new ApiPropertiesModel(apiPropertiesFile.doc));
	const findings = (intro: string) =>
		checkConnector(RULES, { swagger: swaggerFile, apiProperties: apiPropertiesFile, folderEntries: ['apiDefinition.swagger.json', 'apiProperties.json', 'intro.md'], artifacts: { intro: textArtifactOf('intro.md', intro) } }, { config: { profile: 'strict', rules: {} } })
			.findings.intro.map((finding) => `${finding.ruleId} ${finding.range.start.line}`);
	return { text, findings };
}

/** The scaffold with its prompts replaced by the author's text. */
function written(text: string): string {
	return text
		.replace(/^Describe .+$/m, 'Contoso Invoices sends and tracks invoices for small businesses, so payments arrive sooner.')
		.replace(/^Describe a first flow.*$/m, 'Create a flow that sends an invoice when a form is submitted.')
		.replace(/^List limits.*$/m, 'Attachments are limited to 5 MB.')
		.replace(/^List the errors.*$/m, '401: the credentials were revoked; create the connection again.')
		.replace(/^Answer the questions.*$/m, '**Can I send invoices in other currencies?** Yes.');
}

test('the intro.md scaffold fires only intro-placeholder-text, once per prompt, for OAuth, API key and anonymous connectors', () => {
	const operations = { '/invoices': { get: { operationId: 'ListInvoices', summary: 'List invoices', responses: { 200: { description: 'OK' } } } } };
	const oauth = scaffold(
		swaggerWith(operations, { securityDefinitions: { oauth2: { type: 'oauth2', flow: 'accessCode', authorizationUrl: 'https://contoso.com/authorize', tokenUrl: 'https://contoso.com/token', scopes: {} } } }),
		{ properties: { connectionParameters: { token: { type: 'oauthSetting', oAuthSettings: { identityProvider: 'oauth2' } } } } },
	);
	const apiKey = scaffold(swaggerWith(operations, { securityDefinitions: { api_key: { type: 'apiKey', name: 'X-Key', in: 'header' } } }), {
		properties: { connectionParameters: { api_key: { type: 'securestring' } } },
	});
	// Without authentication the scaffold leaves the credentials section out, as the template allows.
	const anonymous = scaffold(swaggerWith(operations), { properties: { connectionParameters: {} } });
	assert.ok(!anonymous.text.includes('## How to get credentials'));
	for (const { text, findings } of [oauth, apiKey, anonymous]) {
		const prompts = text.split('\n').flatMap((line, index) => (/^(Describe|List|Answer) /.test(line) ? [`intro-placeholder-text ${index}`] : []));
		assert.equal(prompts.length, 5);
		assert.deepEqual(findings(text), prompts);
		assert.deepEqual(findings(written(text)), []);
	}
});
