import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/swagger/specification-version-incorrect';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('specification-version-incorrect fires on a swagger version other than "2.0"', () => {
	const swagger = textOf(swaggerWith({}, { swagger: '1.2' }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'specification-version-incorrect',
			file: 'swagger',
			message: 'The \'swagger\' property must have the string value "2.0".',
			range: rangeOf(swagger, '"1.2"'),
			jsonPointer: '/swagger',
		},
	]);
});

test('specification-version-incorrect fires on the number 2.0', () => {
	const swagger = '{\n  "swagger": 2.0,\n  "info": { "title": "Contoso", "version": "1.0" },\n  "paths": {}\n}';
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => f.range), [rangeOf(swagger, '2.0')]);
});

test('specification-version-incorrect says that OpenAPI 3 must be converted', () => {
	const swagger = textOf({ openapi: '3.0.1', info: { title: 'Contoso', version: '1.0' }, paths: {} });
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: 'specification-version-incorrect',
			file: 'swagger',
			message: 'OpenAPI 3.0.1 is not supported by custom connectors: the definition must be converted to Swagger 2.0 (OpenAPI 2.0), with the \'swagger\' property set to "2.0".',
			range: rangeOf(swagger, '"3.0.1"'),
			jsonPointer: '/openapi',
		},
	]);
});

test('specification-version-incorrect fires on the opening brace when swagger is missing', () => {
	const swagger = textOf({ info: { title: 'Contoso', version: '1.0' }, paths: {} });
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => [f.range, f.jsonPointer]), [[rangeOf(swagger, '{'), '/swagger']]);
});

test('specification-version-incorrect does not fire on "2.0"', () => {
	assert.deepEqual(runRule(rule, { swagger: swaggerWith({}) }), []);
});
