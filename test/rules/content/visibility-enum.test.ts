import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/visibility-enum';
import { applyFix, rangeOf, runRule, summarize, textOf, swaggerWith, unindexed } from '../../helpers/ruleTester';

const MESSAGE = 'The property value must be one of the following: important, advanced, internal.';

test('visibility-enum fires on the value, on operations, parameters and nested schema properties', () => {
	const swagger = textOf(
		swaggerWith(
			{
				'/invoices': {
					post: {
						'x-ms-visibility': 'none',
						parameters: [{ name: 'body', in: 'body', schema: { $ref: '#/definitions/Invoice' } }, { name: 'q', in: 'query', type: 'string', 'x-ms-visibility': 'advnced' }],
						responses: {},
					},
				},
			},
			{ definitions: { Invoice: { type: 'object', properties: { lines: { type: 'array', items: { type: 'object', properties: { sku: { type: 'string', 'x-ms-visibility': 'visible' } } } } } } } },
		),
	);
	const findings = runRule(rule, { swagger });
	assert.deepEqual(summarize(findings), [
		{ ruleId: 'visibility-enum', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"none"'), jsonPointer: '/paths/~1invoices/post/x-ms-visibility' },
		{ ruleId: 'visibility-enum', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"advnced"'), jsonPointer: '/paths/~1invoices/post/parameters/1/x-ms-visibility' },
		{ ruleId: 'visibility-enum', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"visible"'), jsonPointer: '/definitions/Invoice/properties/lines/items/properties/sku/x-ms-visibility' },
	]);
	assert.deepEqual(findings.map((f) => f.data), [{ value: 'none' }, { value: 'advnced' }, { value: 'visible' }]);
});

test('visibility-enum reports a shared parameter once, where it is defined', () => {
	const swagger = textOf(
		swaggerWith(
			{
				'/a': { get: { parameters: [{ $ref: '#/parameters/Top' }], responses: {} } },
				'/b': { get: { parameters: [{ $ref: '#/parameters/Top' }], responses: {} } },
			},
			{ parameters: { Top: { name: 'top', in: 'query', type: 'integer', 'x-ms-visibility': 'hidden' } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => [f.range, f.jsonPointer]), [[rangeOf(swagger, '"hidden"'), '/parameters/Top/x-ms-visibility']]);
});

test('visibility-enum does not fire on allowed values in any case, empty values, property names or example data', () => {
	// Microsoft's validator accepted "Advanced" and "" (swaggers merged in 2022 and 2024).
	const swagger = swaggerWith(
		{
			'/a': {
				get: {
					'x-ms-visibility': 'important',
					parameters: [
						{ name: 'q', in: 'query', type: 'string', 'x-ms-visibility': 'internal', default: 'x' },
						{ name: 'r', in: 'query', type: 'string', 'x-ms-visibility': 'Advanced' },
						{ name: 's', in: 'query', type: 'string', 'x-ms-visibility': '' },
					],
					responses: {},
				},
			},
		},
		{
			definitions: {
				// A schema describing swagger itself: "x-ms-visibility" here is a property name, and examples are data.
				Field: { type: 'object', properties: { 'x-ms-visibility': { type: 'string', 'x-ms-visibility': 'advanced' } }, example: { 'x-ms-visibility': 'none' } },
			},
		},
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('visibility-enum fix replaces a slip by the nearest value and removes values that mean the default', () => {
	const swagger = textOf(
		swaggerWith({
			'/invoices': {
				get: {
					'x-ms-visibility': 'none',
					parameters: [
						{ name: 'a', in: 'query', type: 'string', 'x-ms-visibility': 'Advnced' },
						{ name: 'b', in: 'query', type: 'string', 'x-ms-visibility': 'hidden' },
						{ name: 'c', in: 'query', type: 'string', 'x-ms-visibility': 'importnt' },
						{ name: 'd', in: 'query', 'x-ms-visibility': 3, type: 'string' },
					],
					responses: {},
				},
			},
		}),
	);
	const findings = runRule(rule, { swagger });
	const fixes = findings.map((finding) => applyFix(rule, finding, { swagger }));
	assert.deepEqual(
		fixes.map((f) => f.title),
		['Remove "x-ms-visibility" (default visibility)', 'Replace the value by "advanced"', 'Replace the value by "internal"', 'Replace the value by "important"', 'Remove "x-ms-visibility" (default visibility)'],
	);
	assert.equal(fixes[0].text, swagger.replace('\n        "x-ms-visibility": "none",', ''));
	assert.equal(fixes[1].text, swagger.replace('"Advnced"', '"advanced"'));
	assert.equal(fixes[2].text, swagger.replace('"hidden"', '"internal"'));
	assert.equal(fixes[3].text, swagger.replace('"importnt"', '"important"'));
	assert.equal(fixes[4].text, swagger.replace('\n            "x-ms-visibility": 3,', ''));
	assert.equal(runRule(rule, { swagger: fixes[0].text }).length, 4);
	assert.equal(runRule(rule, { swagger: fixes[3].text }).length, 4);
});

test('visibility-enum fix removing the last key of an object leaves valid JSON', () => {
	const swagger = textOf(swaggerWith({ '/a': { get: { parameters: [{ name: 'a', in: 'query', type: 'string', 'x-ms-visibility': 'none' }], responses: {} } } }));
	const [finding] = runRule(rule, { swagger });
	const fixed = applyFix(rule, finding, { swagger });
	assert.equal(fixed.text, swagger.replace(',\n            "x-ms-visibility": "none"', ''));
	assert.deepEqual(runRule(rule, { swagger: fixed.text }), []);
});

test('visibility-enum reads a key written with an escape and a definition read without the index alike, and skips the same data and names', () => {
	const swagger = textOf(
		swaggerWith(
			{ '/a': { get: { 'x-ms-visibility': 'none', parameters: [{ name: 'q', in: 'query', type: 'string', 'x-ms-visibility': 'hidden', default: { 'x-ms-visibility': 'none' } }], responses: {} } } },
			{ definitions: { Field: { type: 'object', properties: { 'x-ms-visibility': { type: 'string', 'x-ms-visibility': 'visible' } }, example: { 'x-ms-visibility': 'none' } } } },
		),
	);
	const pointers = (text: string) => runRule(rule, { swagger: text }).map((finding) => finding.jsonPointer);
	const expected = ['/paths/~1a/get/x-ms-visibility', '/paths/~1a/get/parameters/0/x-ms-visibility', '/definitions/Field/properties/x-ms-visibility/x-ms-visibility'];
	assert.deepEqual(pointers(swagger), expected);
	assert.deepEqual(pointers(swagger.replaceAll('"x-ms-visibility"', '"x-ms\\u002dvisibility"')), expected);
	assert.deepEqual(pointers(unindexed(swagger)), expected, 'a repeated member: the value is walked');
});
