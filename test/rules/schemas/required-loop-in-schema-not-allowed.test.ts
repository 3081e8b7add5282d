import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/required-loop-in-schema-not-allowed';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const MESSAGE = 'Loops of required schema properties are not allowed.';

test('required-loop-in-schema-not-allowed fires once per loop, on the $ref that closes it', () => {
	const swagger = textOf(
		swaggerWith({}, {
			definitions: {
				Person: { type: 'object', required: ['employer'], properties: { employer: { $ref: '#/definitions/Company' } } },
				Company: { type: 'object', required: ['owner'], properties: { owner: { type: 'object', required: ['person'], properties: { person: { $ref: '#/definitions/Person' } } } } },
				Node: { type: 'object', required: ['self'], properties: { self: { $ref: '#/definitions/Node' } } },
			},
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'required-loop-in-schema-not-allowed', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"#/definitions/Person"'), jsonPointer: '/definitions/Company/properties/owner/properties/person/$ref' },
		{ ruleId: 'required-loop-in-schema-not-allowed', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"#/definitions/Node"'), jsonPointer: '/definitions/Node/properties/self/$ref' },
	]);
});

test('required-loop-in-schema-not-allowed does not fire on optional or array recursion', () => {
	const swagger = swaggerWith({}, {
		definitions: {
			Folder: { type: 'object', required: ['children'], properties: { children: { type: 'array', items: { $ref: '#/definitions/Folder' } }, parent: { $ref: '#/definitions/Folder' } } },
			Person: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, manager: { $ref: '#/definitions/Person' } } },
		},
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('required-loop-in-schema-not-allowed lists the first 20 definitions of a long loop, however many loops share a long chain', () => {
	// D0 requires D1 … D2999 requires D0, and every Di also requires D0: 3,001 loops, all through the chain.
	const definitions: Record<string, object> = {};
	for (let i = 0; i < 3000; i++) {
		definitions[`D${i}`] = { type: 'object', required: ['next', 'first'], properties: { next: { $ref: `#/definitions/D${(i + 1) % 3000}` }, first: { $ref: '#/definitions/D0' } } };
	}
	const findings = runRule(rule, { swagger: swaggerWith({}, { definitions }) });
	assert.equal(findings.length, 3001);
	const first20 = { cycle: Array.from({ length: 20 }, (_, i) => `D${i}`) };
	assert.deepEqual(findings.find((f) => f.jsonPointer === '/definitions/D2999/properties/next/$ref')?.data, first20);
	assert.deepEqual(findings.find((f) => f.jsonPointer === '/definitions/D2999/properties/first/$ref')?.data, first20);
	assert.deepEqual(findings.find((f) => f.jsonPointer === '/definitions/D1/properties/first/$ref')?.data, { cycle: ['D0', 'D1'] });
	assert.deepEqual(findings.find((f) => f.jsonPointer === '/definitions/D0/properties/first/$ref')?.data, { cycle: ['D0'] });
});
