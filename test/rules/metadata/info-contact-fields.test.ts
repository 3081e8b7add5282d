import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/metadata/info-contact-fields';
import { applyFix, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

function withContact(contact: object): object {
	const swagger = swaggerWith({}) as { info: Record<string, unknown> };
	swagger.info.contact = contact;
	return swagger;
}

test('info-contact-fields fires for each missing or empty field', () => {
	const swagger = textOf(withContact({ name: 'Contoso Support', email: ' ' }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'info-contact-fields', file: 'swagger', message: "The contact 'url' should be provided: the URL of your support website.", range: rangeOf(swagger, '"contact"'), jsonPointer: '/info/contact/url' },
		{ ruleId: 'info-contact-fields', file: 'swagger', message: "The contact 'email' should be provided: your support email.", range: rangeOf(swagger, '" "'), jsonPointer: '/info/contact/email' },
	]);
});

test('info-contact-fields does not fire on a complete contact or a missing one', () => {
	assert.deepEqual(runRule(rule, { swagger: withContact({ name: 'Contoso Support', url: 'https://support.contoso.com', email: 'support@contoso.com' }) }), []);
	assert.deepEqual(runRule(rule, { swagger: swaggerWith({}) }), []);
});

test('info-contact-fields fix adds a missing field in name, url, email order and fills an empty one', () => {
	const swagger = textOf(withContact({ email: ' ' }));
	const [name, url, email] = runRule(rule, { swagger });
	const withName = applyFix(rule, name, { swagger });
	assert.equal(withName.title, 'Add the contact name');
	assert.equal(withName.placeholder, 'Support team');
	assert.equal(withName.text, swagger.replace('"contact": {\n', '"contact": {\n      "name": "Support team",\n'));
	const withUrl = applyFix(rule, url, { swagger: withName.text });
	assert.equal(withUrl.text, withName.text.replace('"name": "Support team",\n', '"name": "Support team",\n      "url": "https://www.example.com/support",\n'));
	const withEmail = applyFix(rule, email, { swagger: withUrl.text });
	assert.equal(withEmail.text, withUrl.text.replace('"email": " "', '"email": "support@example.com"'));
	assert.deepEqual(runRule(rule, { swagger: withEmail.text }), []);
});
