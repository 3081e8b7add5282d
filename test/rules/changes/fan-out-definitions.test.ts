// Definitions that fan out and meet again: each level's two properties reference the next definition, so a schema of
// 24 levels has 2^24 paths to its last field. Flows address fields by path, and the comparison and the new-version fix
// followed each one: `diff` ran past a minute on such a pair. Both now stop at a budget, and say nothing they cannot
// back rather than misreading a list cut short.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import outputTypeChanged from '../../../server/src/rules/changes/breaking-output-type-changed';
import requiredInputAdded from '../../../server/src/rules/changes/breaking-required-input-added';
import { changeData, runRule, swaggerWith, textOf } from '../../helpers/ruleTester';

const LEVELS = 24;

function fannedOut(leafType: string, parameters: object[]): object {
	const definitions: Record<string, object> = {};
	for (let level = 0; level < LEVELS; level++) {
		definitions[`Level${level}`] = { type: 'object', properties: { left: { $ref: `#/definitions/Level${level + 1}` }, right: { $ref: `#/definitions/Level${level + 1}` } } };
	}
	definitions[`Level${LEVELS}`] = { type: 'object', properties: { value: { type: leafType } } };
	const operation = { operationId: 'GetTree', summary: 'Get the tree', parameters, responses: { 200: { description: 'OK', schema: { $ref: '#/definitions/Level0' } } } };
	return swaggerWith({ '/tree': { get: operation } }, { definitions });
}

const status = { name: 'status', in: 'query', required: true, type: 'string', 'x-ms-summary': 'Status' };

test('an operation whose fields are too many to list is not compared field by field, rather than misread', () => {
	const previous = fannedOut('string', []);
	const swagger = textOf(fannedOut('integer', []));
	assert.deepEqual(runRule(outputTypeChanged, { swagger, previous: { swagger: previous } }), []);
});

test('its parameters are still compared, and the new-version fix, too large to write, is not offered', () => {
	const previous = fannedOut('string', []);
	const swagger = textOf(fannedOut('integer', [status]));
	const findings = runRule(requiredInputAdded, { swagger, previous: { swagger: previous } });
	assert.deepEqual(
		findings.map((finding) => [finding.ruleId, finding.jsonPointer, finding.message]),
		[['breaking-required-input-added', '/paths/~1tree/get/parameters/0', "The required parameter has been added (parameter 'status' of GetTree)."]],
	);
	assert.deepEqual(changeData(findings[0]), { valuePath: 'operation/GetTree/parameter/status', operationId: 'GetTree', added: true });
	assert.equal(findings[0].data?.previous, undefined);
});

test('a fan-out within the budget is compared as any other schema, and keeps its fix', () => {
	const small = (leafType: string, parameters: object[]) => {
		const definitions: Record<string, object> = {
			Level0: { type: 'object', properties: { left: { $ref: '#/definitions/Level1' }, right: { $ref: '#/definitions/Level1' } } },
			Level1: { type: 'object', properties: { value: { type: leafType } } },
		};
		return swaggerWith({ '/tree': { get: { operationId: 'GetTree', summary: 'Get the tree', parameters, responses: { 200: { description: 'OK', schema: { $ref: '#/definitions/Level0' } } } } } }, { definitions });
	};
	const changed = runRule(outputTypeChanged, { swagger: textOf(small('integer', [])), previous: { swagger: small('string', []) } });
	assert.deepEqual(
		changed.map((finding) => finding.message),
		[
			"The type has been changed for the output field, from 'string' to 'integer' (output field 'left/value' of the 200 response of GetTree).",
			"The type has been changed for the output field, from 'string' to 'integer' (output field 'right/value' of the 200 response of GetTree).",
		],
	);
	const added = runRule(requiredInputAdded, { swagger: textOf(small('integer', [status])), previous: { swagger: small('string', []) } });
	assert.equal(added.length, 1);
	assert.ok(added[0].data?.previous, 'the previous operation is carried for the new-version fix');
});

test('a definition too wide to copy into each operation put back gets no fix, and the finding stays', () => {
	// 25,000 members that each reach a changed definition: counted by member, not by object, or one object is cheap.
	const wide = (valueType: string, parameters: object[]) =>
		swaggerWith(
			{ '/wide': { get: { operationId: 'GetWide', summary: 'Get the wide', parameters, responses: { 200: { description: 'OK', schema: { $ref: '#/definitions/Wide' } } } } } },
			{ definitions: { Wide: { type: 'object', properties: Object.fromEntries(Array.from({ length: 25_000 }, (_, i) => [`p${i}`, { $ref: '#/definitions/Item' }])) }, Item: { type: valueType } } },
		);
	const findings = runRule(requiredInputAdded, { swagger: textOf(wide('integer', [status])), previous: { swagger: wide('string', []) } });
	assert.deepEqual(findings.map((finding) => finding.message), ["The required parameter has been added (parameter 'status' of GetWide)."]);
	assert.equal(findings[0].data?.previous, undefined);
});
