import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import rule from '../../../server/src/rules/metadata/x-ms-connector-metadata-required';
import { applyFix, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';
import { upstreamPair } from '../../helpers/upstream';

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
	const dir = upstreamPair('05-Peltarion');
	assert.equal(runRule(rule, { swagger: readFileSync(`${dir}/before.json`, 'utf8') }).length, 1);
	assert.deepEqual(runRule(rule, { swagger: readFileSync(`${dir}/after.json`, 'utf8') }), []);
});

test('x-ms-connector-metadata-required fix adds the three entries with placeholder values at the root', () => {
	const swagger = textOf(swaggerWith({}));
	const [finding] = runRule(rule, { swagger });
	const fixed = applyFix(rule, finding, { swagger });
	assert.equal(fixed.title, 'Add x-ms-connector-metadata with Website, Privacy policy and Categories');
	assert.equal(
		fixed.text,
		swagger.replace(
			'"paths": {}\n}',
			'"paths": {},\n  "x-ms-connector-metadata": [\n    {\n      "propertyName": "Website",\n      "propertyValue": "https://www.example.com"\n    },\n    {\n      "propertyName": "Privacy policy",\n      "propertyValue": "https://www.example.com/privacy"\n    },\n    {\n      "propertyName": "Categories",\n      "propertyValue": "Productivity"\n    }\n  ]\n}',
		),
	);
	assert.equal(fixed.placeholder, 'https://www.example.com');
	assert.deepEqual(runRule(rule, { swagger: fixed.text }), []);
});
