import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/info-title-required';
import { applyFix, rangeOf, runRule, summarize, textOf } from '../../helpers/ruleTester';

const MESSAGE = "The 'title' property is required.";

test('info-title-required fires on the info key when title is missing', () => {
	const swagger = textOf({ swagger: '2.0', info: { description: 'Contoso invoices and customers.', version: '1.0' }, paths: {} });
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'info-title-required', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"info"'), jsonPointer: '/info/title' },
	]);
});

test('info-title-required fires on an empty title value', () => {
	const swagger = textOf({ swagger: '2.0', info: { title: ' ', version: '1.0' }, paths: {} });
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => f.range), [rangeOf(swagger, '" "')]);
});

test('info-title-required does not fire on a title', () => {
	assert.deepEqual(runRule(rule, { swagger: { swagger: '2.0', info: { title: 'Contoso', version: '1.0' }, paths: {} } }), []);
});

test('info-title-required fix adds a title from the host first in info', () => {
	const swagger = textOf({ swagger: '2.0', info: { description: 'Invoices and customers of Contoso.', version: '1.0' }, host: 'api.contoso.com', paths: {} });
	const [finding] = runRule(rule, { swagger });
	const fixed = applyFix(rule, finding, { swagger });
	assert.equal(fixed.title, 'Add the title "Contoso"');
	assert.equal(fixed.text, swagger.replace('"info": {\n', '"info": {\n    "title": "Contoso",\n'));
	assert.equal(fixed.placeholder, 'Contoso');
	assert.deepEqual(runRule(rule, { swagger: fixed.text }), []);
});

test('info-title-required fix uses a placeholder when the host names nothing, and creates info when missing', () => {
	const swagger = textOf({ swagger: '2.0', host: '10.0.0.1', paths: {} });
	const [finding] = runRule(rule, { swagger });
	const fixed = applyFix(rule, finding, { swagger });
	assert.equal(fixed.placeholder, 'Service name');
	assert.equal(fixed.text, '{\n  "swagger": "2.0",\n  "host": "10.0.0.1",\n  "paths": {},\n  "info": {\n    "title": "Service name"\n  }\n}');
	assert.deepEqual(runRule(rule, { swagger: fixed.text }), []);
});

test('info-title-required fix skips generic host labels and replaces an empty title', () => {
	const swagger = textOf({ swagger: '2.0', info: { title: '', version: '1.0' }, host: 'contoso-invoices.azurewebsites.net', paths: {} });
	const [finding] = runRule(rule, { swagger });
	assert.equal(applyFix(rule, finding, { swagger }).text, swagger.replace('"title": ""', '"title": "Contoso Invoices"'));
});
