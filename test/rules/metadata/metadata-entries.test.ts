import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/metadata/metadata-entries';
import { applyFix, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('metadata-entries fires on the extension key for a missing entry and on an empty value', () => {
	const swagger = textOf(
		swaggerWith({}, {
			'x-ms-connector-metadata': [
				{ propertyName: 'Website', propertyValue: 'https://www.contoso.com' },
				{ propertyName: 'Categories', propertyValue: '' },
			],
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'metadata-entries', file: 'swagger', message: "The connector metadata property 'Privacy policy' is required.", range: rangeOf(swagger, '"x-ms-connector-metadata"'), jsonPointer: '/x-ms-connector-metadata' },
		{ ruleId: 'metadata-entries', file: 'swagger', message: "The connector metadata property 'Categories' is required.", range: rangeOf(swagger, '""'), jsonPointer: '/x-ms-connector-metadata/1/propertyValue' },
	]);
});

test('metadata-entries accepts "Privacy Policy" in any case, and ignores a missing extension', () => {
	const swagger = swaggerWith({}, {
		'x-ms-connector-metadata': [
			{ propertyName: 'Website', propertyValue: 'https://www.contoso.com' },
			{ propertyName: 'Privacy Policy', propertyValue: 'https://www.contoso.com/privacy' },
			{ propertyName: 'Categories', propertyValue: 'Productivity' },
		],
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
	assert.deepEqual(runRule(rule, { swagger: swaggerWith({}) }), []);
});

test('metadata-entries fix appends a missing entry and fills an empty value with a placeholder', () => {
	const swagger = textOf(
		swaggerWith({}, {
			'x-ms-connector-metadata': [
				{ propertyName: 'Website', propertyValue: 'https://www.contoso.com' },
				{ propertyName: 'Categories', propertyValue: '' },
			],
		}),
	);
	const [missing, empty] = runRule(rule, { swagger });
	const added = applyFix(rule, missing, { swagger });
	assert.equal(added.title, 'Add the Privacy policy entry');
	assert.equal(added.placeholder, 'https://www.example.com/privacy');
	assert.equal(
		added.text,
		swagger.replace('"propertyValue": ""\n    }\n', '"propertyValue": ""\n    },\n    {\n      "propertyName": "Privacy policy",\n      "propertyValue": "https://www.example.com/privacy"\n    }\n'),
	);
	const filled = applyFix(rule, empty, { swagger: added.text });
	assert.equal(filled.title, 'Add a Categories value');
	assert.equal(filled.text, added.text.replace('"propertyValue": ""', '"propertyValue": "Productivity"'));
	assert.deepEqual(runRule(rule, { swagger: filled.text }), []);
});
