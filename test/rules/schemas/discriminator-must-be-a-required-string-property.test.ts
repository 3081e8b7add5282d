import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/schemas/discriminator-must-be-a-required-string-property';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

const MESSAGE = "The 'discriminator' value must be the name of a required string property.";

test('discriminator-must-be-a-required-string-property fires on a missing, optional or non-string property', () => {
	const swagger = textOf(
		swaggerWith({}, {
			definitions: {
				Pet: { type: 'object', discriminator: 'petType', properties: { name: { type: 'string' } } },
				Shape: { type: 'object', discriminator: 'kind', properties: { kind: { type: 'string' } } },
				Event: { type: 'object', discriminator: 'code', required: ['code'], properties: { code: { type: 'integer' } } },
			},
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'discriminator-must-be-a-required-string-property', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"petType"'), jsonPointer: '/definitions/Pet/discriminator' },
		{ ruleId: 'discriminator-must-be-a-required-string-property', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"kind"'), jsonPointer: '/definitions/Shape/discriminator' },
		{ ruleId: 'discriminator-must-be-a-required-string-property', file: 'swagger', message: MESSAGE, range: rangeOf(swagger, '"code"'), jsonPointer: '/definitions/Event/discriminator' },
	]);
});

test('discriminator-must-be-a-required-string-property does not fire on a required string property, own or from allOf', () => {
	const swagger = swaggerWith({}, {
		definitions: {
			Pet: { type: 'object', discriminator: 'petType', required: ['petType'], properties: { petType: { $ref: '#/definitions/PetType' } } },
			PetType: { type: 'string' },
			Base: { type: 'object', required: ['kind'], properties: { kind: { type: 'string' } } },
			Shape: { discriminator: 'kind', allOf: [{ $ref: '#/definitions/Base' }] },
		},
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});
