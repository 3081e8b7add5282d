import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/metadata/mime-type-not-supported';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const SUPPORTED = ['application/json', 'text/plain', 'multipart/form-data', 'application/x-www-form-urlencoded'];

test('mime-type-not-supported fires on a type outside the configured list', () => {
	const swagger = textOf(swaggerWith({}, { consumes: ['application/json; charset=utf-8', 'application/xml'] }));
	assert.deepEqual(summarize(runRule(rule, { swagger }, { options: { supported: SUPPORTED } })), [
		{
			ruleId: 'mime-type-not-supported',
			file: 'swagger',
			message: "The MIME type 'application/xml' is not supported. The supported mime types are: 'application/json, text/plain, multipart/form-data, application/x-www-form-urlencoded'.",
			range: rangeOf(swagger, '"application/xml"'),
			jsonPointer: '/consumes/1',
		},
	]);
});

test('mime-type-not-supported is off until a list is configured', () => {
	assert.deepEqual(runRule(rule, { swagger: swaggerWith({}, { consumes: ['application/xml'], produces: ['image/png'] }) }), []);
});
