import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/triggers/url-encoding-enum';
import { applyFix, rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

test('url-encoding-enum fires on a value other than single or double, once for a shared parameter', () => {
	const swagger = textOf(
		swaggerWith(
			{
				'/files/{path}': { get: { parameters: [{ $ref: '#/parameters/Path' }], responses: { '200': { description: 'OK' } } } },
				'/folders/{path}': { get: { parameters: [{ $ref: '#/parameters/Path' }], responses: { '200': { description: 'OK' } } } },
			},
			{ parameters: { Path: { name: 'path', in: 'path', type: 'string', required: true, 'x-ms-url-encoding': 'Double' } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'url-encoding-enum', file: 'swagger', message: 'The property value must be one of the following: double, single.', range: rangeOf(swagger, '"Double"'), jsonPointer: '/parameters/Path/x-ms-url-encoding' },
	]);
});

test('url-encoding-enum does not fire on single, double or no encoding', () => {
	const swagger = swaggerWith({
		'/a/{x}/{y}/{z}': {
			get: {
				parameters: [
					{ name: 'x', in: 'path', type: 'string', required: true, 'x-ms-url-encoding': 'single' },
					{ name: 'y', in: 'path', type: 'string', required: true, 'x-ms-url-encoding': 'double' },
					{ name: 'z', in: 'path', type: 'string', required: true },
				],
				responses: { '200': { description: 'OK' } },
			},
		},
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('url-encoding-enum fix replaces a miscased value at the shared definition, and leaves unclear values alone', () => {
	const swagger = textOf(swaggerWith({ '/files/{path}': { get: { parameters: [{ name: 'path', in: 'path', type: 'string', required: true, 'x-ms-url-encoding': 'DOUBLE' }], responses: {} } } }));
	const [finding] = runRule(rule, { swagger });
	const fixed = applyFix(rule, finding, { swagger });
	assert.equal(fixed.title, "Replace by 'double'");
	assert.equal(fixed.text, swagger.replace('"DOUBLE"', '"double"'));
	assert.deepEqual(runRule(rule, { swagger: fixed.text }), []);
	const unclear = textOf(swaggerWith({ '/files/{path}': { get: { parameters: [{ name: 'path', in: 'path', type: 'string', required: true, 'x-ms-url-encoding': 'none' }], responses: {} } } }));
	assert.throws(() => applyFix(rule, runRule(rule, { swagger: unclear })[0], { swagger: unclear }), /proposes no fix/);
});
