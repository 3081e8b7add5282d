import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/metadata/base-path-not-valid';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('base-path-not-valid fires on a basePath without a leading slash', () => {
	const swagger = textOf(swaggerWith({}, { basePath: 'api/v1' }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'base-path-not-valid', file: 'swagger', message: "The 'basePath' property, if present, must start with a '/' character.", range: rangeOf(swagger, '"api/v1"'), jsonPointer: '/basePath' },
	]);
});

test('base-path-not-valid does not fire on /, /api/v1 or a missing basePath', () => {
	for (const basePath of ['/', '/api/v1', undefined]) {
		assert.deepEqual(runRule(rule, { swagger: swaggerWith({}, { basePath }) }), [], String(basePath));
	}
});
