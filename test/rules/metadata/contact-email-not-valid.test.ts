import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/metadata/contact-email-not-valid';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const MESSAGE = "The contact 'email' property, if present, must be a valid email address.";

function withEmail(email: unknown): object {
	const swagger = swaggerWith({}) as { info: Record<string, unknown> };
	swagger.info.contact = { name: 'Contoso Support', email };
	return swagger;
}

test('contact-email-not-valid fires on a malformed address', () => {
	const swagger = textOf(withEmail('support at contoso.com'));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'contact-email-not-valid', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"support at contoso.com"'), jsonPointer: '/info/contact/email' },
	]);
});

test('contact-email-not-valid fires on non-ASCII characters and a missing domain', () => {
	for (const email of ['andrás@contoso.com', 'support@', 'support@contoso', 'mailto:support@contoso.com']) {
		assert.equal(runRule(rule, { swagger: withEmail(email) }).length, 1, email);
	}
});

test('contact-email-not-valid does not fire on valid, absent or empty addresses', () => {
	for (const email of ['support@contoso.com', 'first.last+tag@mail.contoso.co.uk', '', undefined, 42]) {
		assert.deepEqual(runRule(rule, { swagger: withEmail(email) }), [], String(email));
	}
});
