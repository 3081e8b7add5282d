import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import rule from '../../server/src/rules/x-ms-connector-metadata-required';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../helpers/ruleTester';

test('x-ms-connector-metadata-required fires on the root when the extension is missing', () => {
	const swagger = textOf(swaggerWith({}));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'x-ms-connector-metadata-required', file: 'swagger', message: "The 'x-ms-connector-metadata' property is required.", range: rangeOf(swagger, '{'), jsonPointer: '/x-ms-connector-metadata' },
	]);
});

test('x-ms-connector-metadata-required does not fire when the extension is present', () => {
	const swagger = swaggerWith({}, { 'x-ms-connector-metadata': [{ propertyName: 'Website', propertyValue: 'https://contoso.com' }] });
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('x-ms-connector-metadata-required flags the Peltarion definition before metadata was re-added, not after (pair 05)', () => {
	const dir = join(__dirname, '../../../shared/corpus/pairs/05-Peltarion');
	assert.equal(runRule(rule, { swagger: readFileSync(`${dir}/before.json`, 'utf8') }).length, 1);
	assert.deepEqual(runRule(rule, { swagger: readFileSync(`${dir}/after.json`, 'utf8') }), []);
});
