import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/metadata/metadata-url-valid';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';


function withMetadata(website: unknown, privacy: unknown): object {
	return swaggerWith({}, {
		'x-ms-connector-metadata': [
			{ propertyName: 'Website', propertyValue: website },
			{ propertyName: 'Privacy Policy', propertyValue: privacy },
			{ propertyName: 'Categories', propertyValue: 'Data' },
		],
	});
}

test('metadata-url-valid fires on a scheme-less website and a mistyped scheme', () => {
	const swagger = textOf(withMetadata('www.contoso.com', 'hhttps://www.contoso.com/privacy'));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'metadata-url-valid', file: 'swagger', message: "The 'Website' value 'www.contoso.com' is not an absolute http or https URL.", range: rangeOf(swagger, '"www.contoso.com"'), jsonPointer: '/x-ms-connector-metadata/0/propertyValue' },
		{ ruleId: 'metadata-url-valid', file: 'swagger', message: "The 'Privacy Policy' value 'hhttps://www.contoso.com/privacy' is not an absolute http or https URL.", range: rangeOf(swagger, '"hhttps://www.contoso.com/privacy"'), jsonPointer: '/x-ms-connector-metadata/1/propertyValue' },
	]);
});

test('metadata-url-valid does not fire on http(s) URLs, empty values or other entries', () => {
	assert.deepEqual(runRule(rule, { swagger: withMetadata('https://www.contoso.com', 'http://contoso.com/privacy#data') }), []);
	assert.deepEqual(runRule(rule, { swagger: withMetadata('', undefined) }), []);
});
