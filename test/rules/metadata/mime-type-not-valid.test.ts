import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/metadata/mime-type-not-valid';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('mime-type-not-valid fires on a type without a subtype and on an operation-level typo', () => {
	const swagger = textOf(swaggerWith({ '/a': { post: { consumes: ['application json'], responses: { 200: { description: 'OK' } } } } }, { produces: ['json'] }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'mime-type-not-valid', file: 'swagger', message: "The MIME type 'application json' is not valid.", range: rangeOf(swagger, '"application json"'), jsonPointer: '/paths/~1a/post/consumes/0' },
		{ ruleId: 'mime-type-not-valid', file: 'swagger', message: "The MIME type 'json' is not valid.", range: rangeOf(swagger, '"json"'), jsonPointer: '/produces/0' },
	]);
});

test('mime-type-not-valid does not fire on well-formed types, wildcards and parameters', () => {
	const types = ['application/json', 'text/plain', 'multipart/form-data', 'application/x-www-form-urlencoded', 'application/json;charset=UTF-8', 'application/vnd.sas.collection+json', '*/*', 'application/*+json'];
	assert.deepEqual(runRule(rule, { swagger: swaggerWith({}, { consumes: types, produces: types }) }), []);
});
