import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/swagger/schema-ref-loop-not-allowed';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const message = "The schema definition may not use a '$ref' to point to another definition.";

test('schema-ref-loop-not-allowed fires on each definition of a loop of plain $refs', () => {
	const swagger = textOf(swaggerWith({}, { definitions: { Invoice: { $ref: '#/definitions/Bill' }, Bill: { $ref: '#/definitions/Invoice' } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'schema-ref-loop-not-allowed', file: 'swagger', message, range: rangeOf(swagger, '"#/definitions/Bill"'), jsonPointer: '/definitions/Invoice/$ref' },
		{ ruleId: 'schema-ref-loop-not-allowed', file: 'swagger', message, range: rangeOf(swagger, '"#/definitions/Invoice"'), jsonPointer: '/definitions/Bill/$ref' },
	]);
});

test('schema-ref-loop-not-allowed fires on a definition that references itself, not on one leading into the loop', () => {
	const swagger = textOf(swaggerWith({}, { definitions: { Alias: { $ref: '#/definitions/Self' }, Self: { $ref: '#/definitions/Self' } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })).map((f) => [f.jsonPointer, f.range]), [['/definitions/Self/$ref', rangeOf(swagger, '"#/definitions/Self"', 1)]]);
});

test('schema-ref-loop-not-allowed does not fire on recursive schemas or plain aliases', () => {
	const swagger = swaggerWith({}, {
		definitions: {
			Node: { type: 'object', properties: { children: { type: 'array', items: { $ref: '#/definitions/Node' } }, parent: { $ref: '#/definitions/Node' } } },
			Tree: { $ref: '#/definitions/Node' },
		},
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});

test('schema-ref-loop-not-allowed reports each member of a long loop with the next 19 members, and nothing on a long chain', () => {
	const definitions: Record<string, object> = { Start: { $ref: '#/definitions/D0' } };
	for (let i = 0; i < 25; i++) {
		definitions[`D${i}`] = { $ref: `#/definitions/D${(i + 1) % 25}` };
	}
	const findings = runRule(rule, { swagger: swaggerWith({}, { definitions }) });
	assert.deepEqual(findings.map((f) => f.jsonPointer), Array.from({ length: 25 }, (_, i) => `/definitions/D${i}/$ref`));
	const cycle = Array.from({ length: 20 }, (_, i) => `D${(3 + i) % 25}`);
	assert.deepEqual(findings[3].data, { cycle });
	assert.deepEqual(findings[3].related?.map((r) => r.jsonPointer), cycle.slice(1).map((name) => `/definitions/${name}/$ref`));
	const chain: Record<string, object> = { End: { type: 'string' } };
	for (let i = 0; i < 5000; i++) {
		chain[`C${i}`] = { $ref: i === 4999 ? '#/definitions/End' : `#/definitions/C${i + 1}` };
	}
	assert.deepEqual(runRule(rule, { swagger: swaggerWith({}, { definitions: chain }) }), []);
});
