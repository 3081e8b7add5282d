import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/files/readme-placeholders';
import { rangeOf, runRule, summarize } from '../../helpers/ruleTester';

test('readme-placeholders fires on each piece of template text left in, on the text', () => {
	const readme = "# Title\nRequired. One paragraph, two to three sentences about the service and the connector.\n\n## Publisher: Publisher's Name\n\n## Supported Operations\n### Operation 1\nDescription of operation 1.\n";
	assert.deepEqual(summarize(runRule(rule, { readme })).map((f) => [f.message, f.range]), [
		["Replace the heading '# Title' from the readme template: '# Title'.", rangeOf(readme, '# Title')],
		["Replace the template instruction from the readme template: 'Required. One paragraph, two to three sentences about the...'.", rangeOf(readme, 'Required. One paragraph, two to three sentences about the service and the connector.')],
		["Replace 'Publisher's Name' from the readme template: 'Publisher's Name'.", rangeOf(readme, "Publisher's Name")],
		["Replace the example heading from the readme template: '### Operation 1'.", rangeOf(readme, '### Operation 1')],
		["Replace the example text from the readme template: 'Description of operation 1.'.", rangeOf(readme, 'Description of operation 1.')],
	]);
});

test('readme-placeholders does not fire on a written readme', () => {
	const readme = '# Contoso Invoices\nContoso Invoices manages invoices.\n\n## Publisher: Contoso Ltd\n\n## Supported Operations\n### List invoices\nLists invoices. Required fields are marked.\n';
	assert.deepEqual(runRule(rule, { readme }), []);
});
