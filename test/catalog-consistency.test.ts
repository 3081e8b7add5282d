// The values completion offers (from the extension catalog) are the ones the rules accept: the two lists are written
// in different places (the catalog explains each value; the rules check them), so this test keeps them in step.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
	CATEGORY_VALUES,
	IDENTITY_PROVIDER_VALUES,
	POLICY_TEMPLATE_IDS,
	TRIGGER_VALUES,
	URL_ENCODING_VALUES,
	VISIBILITY_VALUES,
} from '../server/src/language/extensionCatalog';
import { APS_IDENTITY_PROVIDERS } from '../server/src/rules/auth/_connectionParameters';
import { findRule } from '../server/src/rules/index';
import { runRule, swaggerWith } from './helpers/ruleTester';

const rule = (id: string) => findRule(id)!;

test('every x-ms-visibility, x-ms-trigger and x-ms-url-encoding value offered is accepted', () => {
	for (const { value } of VISIBILITY_VALUES) {
		assert.deepEqual(runRule(rule('visibility-enum'), { swagger: swaggerWith({ '/a': { get: { 'x-ms-visibility': value, responses: {} } } }) }), [], value);
	}
	for (const { value } of TRIGGER_VALUES) {
		assert.deepEqual(runRule(rule('trigger-enum'), { swagger: swaggerWith({ '/a': { get: { 'x-ms-trigger': value, responses: {} } } }) }), [], value);
	}
	for (const { value } of URL_ENCODING_VALUES) {
		const parameter = { name: 'id', in: 'path', required: true, type: 'string', 'x-ms-url-encoding': value };
		assert.deepEqual(runRule(rule('url-encoding-enum'), { swagger: swaggerWith({ '/a/{id}': { get: { parameters: [parameter], responses: {} } } }) }), [], value);
	}
});

test('every category and policy template offered is accepted', () => {
	for (const { value } of CATEGORY_VALUES) {
		const metadata = [{ propertyName: 'Categories', propertyValue: value }];
		assert.deepEqual(runRule(rule('metadata-categories-allowed'), { swagger: swaggerWith({}, { 'x-ms-connector-metadata': metadata }) }), [], value);
	}
	for (const { value } of POLICY_TEMPLATE_IDS) {
		const apiProperties = { properties: { iconBrandColor: '#0058a9', policyTemplateInstances: [{ templateId: value, title: 'x', parameters: {} }] } };
		assert.deepEqual(runRule(rule('policy-template-known'), { apiProperties }), [], value);
	}
});

test('the identity providers offered are the ones the apiProperties schema lists', () => {
	assert.deepEqual(IDENTITY_PROVIDER_VALUES.map((fact) => fact.value), [...APS_IDENTITY_PROVIDERS]);
});
