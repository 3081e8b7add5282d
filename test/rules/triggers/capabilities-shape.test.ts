import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/triggers/capabilities-shape';
import { rangeOf, runRule, summarize, textOf, swaggerWith } from '../../helpers/ruleTester';

const paths = { '/files': { post: { operationId: 'Upload', 'x-ms-capabilities': { chunkTransfer: 'yes' }, responses: { '200': { description: 'OK' } } } } };

test('capabilities-shape fires on unknown keys, a missing operationId and a non-boolean chunkTransfer', () => {
	const swagger = textOf(swaggerWith(paths, { 'x-ms-capabilities': { testConnection: { parameters: {} }, chunkTransfer: true } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'capabilities-shape', file: 'swagger', message: "The type of the property is incorrect. Expected type 'boolean', but value is of type 'string'.", range: rangeOf(swagger, '"yes"'), jsonPointer: '/paths/~1files/post/x-ms-capabilities/chunkTransfer' },
		{ ruleId: 'capabilities-shape', file: 'swagger', message: "The 'operationId' property is required.", range: rangeOf(swagger, '"testConnection"'), jsonPointer: '/x-ms-capabilities/testConnection/operationId' },
		{ ruleId: 'capabilities-shape', file: 'swagger', message: "The property 'chunkTransfer' is not allowed and must be removed.", range: rangeOf(swagger, '"chunkTransfer"', 1), jsonPointer: '/x-ms-capabilities/chunkTransfer' },
	]);
});

test('capabilities-shape does not fire on the documented shapes', () => {
	const swagger = swaggerWith(
		{ '/files': { post: { operationId: 'Upload', 'x-ms-capabilities': { chunkTransfer: true }, responses: { '200': { description: 'OK' } } } } },
		{
			'x-ms-capabilities': {
				testConnection: { operationId: 'Upload', parameters: {} },
				'file-picker': { open: { operationId: 'ListRoot' }, browse: { operationId: 'ListFolder', parameters: { id: { 'value-property': 'Id' } } }, 'value-title': 'Name' },
			},
		},
	);
	assert.deepEqual(runRule(rule, { swagger }), []);
});
