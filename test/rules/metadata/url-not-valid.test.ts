import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/metadata/url-not-valid';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const MESSAGE = "The 'url' property must be a valid absolute URL.";

test('url-not-valid fires on relative or scheme-less URLs in contact, externalDocs and operations', () => {
	const base = swaggerWith(
		{ '/a': { get: { externalDocs: { url: '/docs/a' }, responses: { 200: { description: 'OK' } } } } },
		{ externalDocs: { url: 'https://docs.contoso.com' } },
	) as { info: Record<string, unknown> };
	base.info.contact = { name: 'Contoso Support', url: 'www.contoso.com/support' };
	const swagger = textOf(base);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'url-not-valid', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"www.contoso.com/support"'), jsonPointer: '/info/contact/url' },
		{ ruleId: 'url-not-valid', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"/docs/a"'), jsonPointer: '/paths/~1a/get/externalDocs/url' },
	]);
});

test('url-not-valid does not fire on absolute URLs or an empty contact url', () => {
	const swagger = swaggerWith({}, { externalDocs: { url: 'https://docs.contoso.com/api?v=2#top' }, tags: [{ name: 'A', externalDocs: { url: 'http://contoso.com' } }] }) as { info: Record<string, unknown> };
	swagger.info.contact = { name: 'Contoso Support', url: '' };
	swagger.info.license = { name: 'MIT', url: 'https://opensource.org/licenses/MIT' };
	assert.deepEqual(runRule(rule, { swagger }), []);
});
