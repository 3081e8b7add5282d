import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/paths/body-parameter-property-not-valid';
import { applyFix, rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('body-parameter-property-not-valid fires on each value keyword of a body parameter', () => {
	const swagger = textOf(swaggerWith({ '/items': { post: { parameters: [{ name: 'body', in: 'body', type: 'object', default: {}, schema: { type: 'object' } }], responses: {} } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: rule.id,
			file: 'swagger',
			message: "The 'body' parameter cannot use property 'type', instead, the 'schema' property should be used to define the type used by the parameter.",
			range: rangeOf(swagger, '"type"'),
			jsonPointer: '/paths/~1items/post/parameters/0/type',
		},
		{
			ruleId: rule.id,
			file: 'swagger',
			message: "The 'body' parameter cannot use property 'default', instead, the 'schema' property should be used to define the type used by the parameter.",
			range: rangeOf(swagger, '"default"'),
			jsonPointer: '/paths/~1items/post/parameters/0/default',
		},
	]);
});

test('body-parameter-property-not-valid does not fire on keywords inside the schema or on query parameters', () => {
	const swagger = swaggerWith({
		'/items': {
			post: { parameters: [{ name: 'body', in: 'body', required: true, schema: { type: 'string', enum: ['a'], default: 'a' } }, { name: 'q', in: 'query', type: 'string', enum: ['x'] }], responses: {} },
		},
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('body-parameter-property-not-valid fix removes the keyword when the parameter has a schema', () => {
	const swagger = textOf(swaggerWith({ '/items': { post: { parameters: [{ name: 'body', in: 'body', type: 'object', schema: { type: 'object' } }], responses: {} } } }));
	const [finding] = runRule(rule, { swagger });
	const fixed = applyFix(rule, finding, { swagger });
	assert.equal(fixed.title, "Remove 'type' (the schema describes the body)");
	assert.equal(fixed.text, swagger.replace('"in": "body",\n            "type": "object",\n', '"in": "body",\n'));
	assert.deepEqual(runRule(rule, { swagger: fixed.text }), []);
});

test('body-parameter-property-not-valid fix moves the keywords into a new schema when there is none', () => {
	const swagger = textOf(swaggerWith({ '/items': { post: { parameters: [{ name: 'body', in: 'body', type: 'array', items: { type: 'string' }, required: true }], responses: {} } } }));
	const findings = runRule(rule, { swagger });
	assert.equal(findings.length, 2);
	const fixed = applyFix(rule, findings[1], { swagger });
	assert.equal(fixed.title, "Move 'type', 'items' into a schema");
	assert.equal(
		fixed.text,
		swagger.replace(
			'"type": "array",\n            "items": {\n              "type": "string"\n            },\n',
			'"schema": {\n              "type": "array",\n              "items": {\n                "type": "string"\n              }\n            },\n',
		),
	);
	assert.deepEqual(runRule(rule, { swagger: fixed.text }), []);
});
