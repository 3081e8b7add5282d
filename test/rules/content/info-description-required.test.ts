import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/info-description-required';
import { applyFix, rangeOf, runRule, summarize, textOf } from '../../helpers/ruleTester';

const MESSAGE = "The 'description' property is required.";

test('info-description-required fires on the info key when description is missing', () => {
	const swagger = textOf({ swagger: '2.0', info: { title: 'Contoso', version: '1.0' }, paths: {} });
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'info-description-required', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"info"'), jsonPointer: '/info/description' },
	]);
});

test('info-description-required fires on an empty description value', () => {
	const swagger = textOf({ swagger: '2.0', info: { title: 'Contoso', description: '', version: '1.0' }, paths: {} });
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => f.range), [rangeOf(swagger, '""')]);
});

test('info-description-required does not fire on a description', () => {
	assert.deepEqual(runRule(rule, { swagger: { swagger: '2.0', info: { title: 'Contoso', description: 'Manage Contoso invoices.', version: '1.0' }, paths: {} } }), []);
});

test('info-description-required fix adds a skeleton after the title, to overwrite', () => {
	const swagger = textOf({ swagger: '2.0', info: { title: 'Contoso', version: '1.0' }, paths: {} });
	const [finding] = runRule(rule, { swagger });
	const fixed = applyFix(rule, finding, { swagger });
	const description = 'Contoso: describe the service and what users can do with this connector.';
	assert.equal(fixed.title, 'Add a description skeleton');
	assert.equal(fixed.text, swagger.replace('"title": "Contoso",', `"title": "Contoso",\n    "description": "${description}",`));
	assert.equal(fixed.placeholder, description);
	assert.deepEqual(runRule(rule, { swagger: fixed.text }), []);
});

test('info-description-required fix without a title replaces an empty description', () => {
	const swagger = textOf({ swagger: '2.0', info: { description: ' ', version: '1.0' }, paths: {} });
	const [finding] = runRule(rule, { swagger });
	assert.equal(applyFix(rule, finding, { swagger }).text, swagger.replace('" "', '"Describe the service and what users can do with this connector."'));
});
