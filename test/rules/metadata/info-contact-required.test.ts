import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/metadata/info-contact-required';
import { applyFix, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('info-contact-required fires on the info key when contact is missing', () => {
	const swagger = textOf(swaggerWith({}));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'info-contact-required', file: 'swagger', message: "The 'contact' property is required.", range: rangeOf(swagger, '"info"'), jsonPointer: '/info/contact' },
	]);
});

test('info-contact-required does not fire when contact is present, or when info itself is missing', () => {
	const withContact = swaggerWith({});
	(withContact as { info: object }).info = { title: 'Contoso', version: '1.0', contact: { name: 'Contoso Support' } };
	assert.deepEqual(runRule(rule, { swagger: withContact }), []);
	assert.deepEqual(runRule(rule, { swagger: { swagger: '2.0', paths: {} } }), []);
});

test('info-contact-required fix adds a contact skeleton at the end of info, its name selected', () => {
	const swagger = textOf(swaggerWith({}));
	const [finding] = runRule(rule, { swagger });
	const fixed = applyFix(rule, finding, { swagger });
	assert.equal(fixed.title, 'Add a contact with name, URL and email');
	assert.equal(
		fixed.text,
		swagger.replace(
			'"version": "1.0"\n',
			'"version": "1.0",\n    "contact": {\n      "name": "Support team",\n      "url": "https://www.example.com/support",\n      "email": "support@example.com"\n    }\n',
		),
	);
	assert.equal(fixed.placeholder, 'Support team');
	assert.deepEqual(runRule(rule, { swagger: fixed.text }), []);
});
