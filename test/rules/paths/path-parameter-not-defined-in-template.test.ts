import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/paths/path-parameter-not-defined-in-template';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const message = (name: string) =>
	`The 'path' parameter '${name}' is not defined in the URI path template. To include the parameter as a variable in the path, use '{' and '}' characters to enclose the name of the parameter in the path.`;

test('path-parameter-not-defined-in-template fires on the name of a path parameter missing from the template', () => {
	const swagger = textOf(swaggerWith({ '/items/{id}': { get: { parameters: [{ name: 'id', in: 'path', type: 'string', required: true }, { name: 'lineId', in: 'path', type: 'string', required: true }], responses: {} } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: rule.id, file: 'swagger', message: message('lineId'), range: rangeOf(swagger, '"lineId"'), jsonPointer: '/paths/~1items~1{id}/get/parameters/1/name' },
	]);
});

test('path-parameter-not-defined-in-template reports a shared parameter on the $ref of the path that lacks it', () => {
	const swagger = textOf(
		swaggerWith(
			{
				'/items/{id}': { get: { parameters: [{ $ref: '#/parameters/Id' }], responses: {} } },
				'/items': { post: { parameters: [{ $ref: '#/parameters/Id' }], responses: {} } },
			},
			{ parameters: { Id: { name: 'id', in: 'path', type: 'string', required: true } } },
		),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => f.jsonPointer), ['/paths/~1items/post/parameters/0/$ref']);
});

test('path-parameter-not-defined-in-template does not fire when every path parameter is in the template', () => {
	const swagger = swaggerWith({ '/items/{id}': { parameters: [{ name: 'id', in: 'path', type: 'string', required: true }], get: { parameters: [{ name: 'lineId', in: 'query', type: 'string' }], responses: {} } } });
	assert.deepEqual(runRule(rule, { swagger }), []);
});
