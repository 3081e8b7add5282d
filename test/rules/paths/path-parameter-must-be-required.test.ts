import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/paths/path-parameter-must-be-required';
import { applyFix, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const MESSAGE = "The parameter must be marked as required as it is used in the operation path. Include the 'required' property, with the value 'true'.";

test('path-parameter-must-be-required fires on the name when required is missing and on a false value', () => {
	const swagger = textOf(
		swaggerWith({
			'/items/{id}/{line}': {
				get: { parameters: [{ name: 'id', in: 'path', type: 'string' }, { name: 'line', in: 'path', type: 'string', required: false }], responses: {} },
			},
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: rule.id, file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"id"'), jsonPointer: '/paths/~1items~1{id}~1{line}/get/parameters/0/required' },
		{ ruleId: rule.id, file: 'swagger', message: MESSAGE, range: rangeOf(swagger, 'false'), jsonPointer: '/paths/~1items~1{id}~1{line}/get/parameters/1/required' },
	]);
});

test('path-parameter-must-be-required does not fire on required path parameters or optional query parameters', () => {
	const swagger = swaggerWith({ '/items/{id}': { get: { parameters: [{ name: 'id', in: 'path', type: 'string', required: true }, { name: 'q', in: 'query', type: 'string' }], responses: {} } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('path-parameter-must-be-required fix adds required: true after in, or replaces false', () => {
	const swagger = textOf(
		swaggerWith({
			'/items/{id}/{line}': {
				get: { parameters: [{ name: 'id', in: 'path', type: 'string' }, { name: 'line', in: 'path', type: 'string', required: false }], responses: {} },
			},
		}),
	);
	const [missing, falseValue] = runRule(rule, { swagger });
	const added = applyFix(rule, missing, { swagger });
	assert.equal(added.title, 'Mark the path parameter required');
	assert.equal(added.text, swagger.replace('"in": "path",\n', '"in": "path",\n            "required": true,\n'));
	const replaced = applyFix(rule, falseValue, { swagger: added.text });
	assert.equal(replaced.text, added.text.replace('"required": false', '"required": true'));
	assert.deepEqual(runRule(rule, { swagger: replaced.text }), []);
});
