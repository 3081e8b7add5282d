import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/no-product-names-in-strings';
import { applyFix, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('no-product-names-in-strings fires on summaries, x-ms-summary and descriptions', () => {
	const swagger = textOf(
		swaggerWith({
			'/flows': {
				post: {
					operationId: 'StartFlow',
					summary: 'Start a Power Automate flow',
					description: 'Starts a flow.',
					parameters: [{ name: 'app', in: 'query', type: 'string', 'x-ms-summary': 'App', description: 'The PowerApps or Dataverse app.' }],
					responses: {},
				},
			},
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'no-product-names-in-strings', file: 'swagger', message: "The 'summary' value names a Power Platform product ('Power Automate'); connector strings can't contain product names (operation StartFlow).", range: rangeOf(swagger, '"Start a Power Automate flow"'), jsonPointer: '/paths/~1flows/post/summary' },
		{
			ruleId: 'no-product-names-in-strings',
			file: 'swagger',
			message: "The 'description' value names Power Platform products ('Power Apps', 'Dataverse'); connector strings can't contain product names (parameter 'app' of StartFlow).",
			range: rangeOf(swagger, '"The PowerApps or Dataverse app."'),
			jsonPointer: '/paths/~1flows/post/parameters/0/description',
		},
	]);
});

test('no-product-names-in-strings does not fire on other words, internal items, or names in the connector description that the validator rejects', () => {
	const swagger = swaggerWith(
		{
			'/a': {
				get: { summary: 'Get Power BI settings', description: 'Gets the automation settings.', 'x-ms-visibility': 'internal', responses: {} },
				post: {
					summary: 'Get apps',
					description: 'Lists power settings and automation apps.',
					parameters: [{ name: 'table', in: 'query', type: 'string', 'x-ms-visibility': 'internal', description: 'The Dataverse table.' }],
					responses: {},
				},
			},
		},
		{ info: { title: 'Contoso', description: 'Use Contoso from Power Automate.', version: '1.0' } },
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('no-product-names-in-strings fix removes the product name from that string only', () => {
	const swagger = textOf(
		swaggerWith({
			'/rows': {
				post: {
					summary: 'Add a row',
					description: 'Adds a row to the Dataverse table, then notifies the owner.',
					parameters: [{ name: 'flow', in: 'query', type: 'string', 'x-ms-summary': 'Power Automate flow', description: 'The flow.' }],
					responses: {},
				},
			},
		}),
	);
	const findings = runRule(rule, { swagger });
	const fixes = findings.map((finding) => applyFix(rule, finding, { swagger }));
	assert.deepEqual(fixes.map((f) => f.title), ['Remove Dataverse from the description', 'Remove Power Automate from the x-ms-summary']);
	assert.equal(fixes[0].text, swagger.replace('Adds a row to the Dataverse table, then', 'Adds a row to the table, then'));
	assert.equal(fixes[1].text, swagger.replace('"Power Automate flow"', '"Flow"'));
	assert.equal(runRule(rule, { swagger: fixes[1].text }).length, 1);
});

test('no-product-names-in-strings fires on the other product names in the connector description', () => {
	const swagger = textOf(swaggerWith({}, { info: { title: 'Contoso', description: 'The automation toolkit for Microsoft Power Platform and Power Automate.', version: '1.0' } }));
	// Power Automate there is info-description-restricted-words' error.
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => [f.jsonPointer, f.message]), [
		['/info/description', "The 'description' value names a Power Platform product ('Power Platform'); connector strings can't contain product names (at /info)."],
	]);
});
