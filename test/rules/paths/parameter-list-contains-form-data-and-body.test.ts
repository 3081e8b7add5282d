import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/paths/parameter-list-contains-form-data-and-body';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const MESSAGE = "The 'parameters' list defines both a 'body' parameter, and a 'formData' parameter. Only one of these location types can be used in an operation.";

test('parameter-list-contains-form-data-and-body fires on the operation parameters key', () => {
	const swagger = textOf(
		swaggerWith({ '/upload': { post: { parameters: [{ name: 'meta', in: 'body', schema: { type: 'object' } }, { name: 'file', in: 'formData', type: 'file' }], responses: {} } } }),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: rule.id, file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"parameters"'), jsonPointer: '/paths/~1upload/post/parameters' },
	]);
});

test('parameter-list-contains-form-data-and-body reports a path-level mix once', () => {
	const swagger = textOf(
		swaggerWith({
			'/upload': {
				parameters: [{ name: 'meta', in: 'body', schema: { type: 'object' } }, { name: 'file', in: 'formData', type: 'file' }],
				post: { responses: {} },
				put: { responses: {} },
			},
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => f.jsonPointer), ['/paths/~1upload/parameters']);
});

test('parameter-list-contains-form-data-and-body does not fire on formData only', () => {
	const swagger = swaggerWith({ '/upload': { post: { parameters: [{ name: 'title', in: 'formData', type: 'string' }, { name: 'file', in: 'formData', type: 'file' }], responses: {} } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
