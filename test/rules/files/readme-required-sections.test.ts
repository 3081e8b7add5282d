import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/files/readme-required-sections';
import { START } from '../../helpers/png';
import { rangeOf, runRule, summarize } from '../../helpers/ruleTester';

const COMPLETE = `# Contoso Invoices
Contoso Invoices manages invoices. This connector lists and sends them.

## Publisher: Contoso Ltd

## Prerequisites
A Contoso account.

## Supported Operations
### List invoices
Lists invoices.

## Obtaining Credentials
Create an API key in the portal.

## Known Issues and Limitations
None.

## Deployment Instructions
Run paconn create.
`;

test('readme-required-sections fires once per missing section, on the title', () => {
	const readme = '# Contoso Invoices\nText.\n\n## Prerequisites\nNone.\n\n##Supported Actions\n### Send\n';
	assert.deepEqual(summarize(runRule(rule, { readme })).map((f) => [f.message, f.range]), [
		["The readme has no '## Publisher: <name>' section, which the readme template marks Required.", rangeOf(readme, '# Contoso Invoices')],
		["The readme has no '## Obtaining Credentials' section, which the readme template marks Required.", rangeOf(readme, '# Contoso Invoices')],
		["The readme has no '## Known Issues and Limitations' section, which the readme template marks Required.", rangeOf(readme, '# Contoso Invoices')],
		["The readme has no '## Deployment Instructions' section, which the readme template marks Required.", rangeOf(readme, '# Contoso Invoices')],
	]);
});

test('readme-required-sections fires on a readme without a title, at the start', () => {
	const readme = COMPLETE.replace('# Contoso Invoices\n', '');
	assert.deepEqual(summarize(runRule(rule, { readme })), [
		{ ruleId: 'readme-required-sections', file: 'readme', message: "The readme has no title: it must start with '# <Connector name>' (Required in the readme template).", range: START, jsonPointer: '' },
	]);
});

test('readme-required-sections does not fire on the complete template, nor on Deployment Instructions for Independent Publishers', () => {
	assert.deepEqual(runRule(rule, { readme: COMPLETE }), []);
	const withoutDeployment = COMPLETE.replace(/## Deployment Instructions[\s\S]*$/, '');
	assert.deepEqual(runRule(rule, { readme: withoutDeployment, folderPath: '/repo/independent-publisher-connectors/Contoso' }), []);
	assert.equal(runRule(rule, { readme: withoutDeployment, folderPath: '/repo/certified-connectors/Contoso' }).length, 1);
});
