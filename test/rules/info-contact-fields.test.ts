import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../server/src/rules/info-contact-fields';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../helpers/ruleTester';

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
