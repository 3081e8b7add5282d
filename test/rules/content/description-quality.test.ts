import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/content/description-quality';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('description-quality fires on a repeated name, an identifier and a one-word operation description', () => {
	const swagger = textOf(
		swaggerWith({
			'/files': {
				get: {
					operationId: 'ListFiles',
					summary: 'List files',
					description: 'Files',
					parameters: [
						{ name: 'folder', in: 'query', type: 'string', 'x-ms-summary': 'Folder', description: 'folder' },
						{ name: 'size', in: 'query', type: 'integer', 'x-ms-summary': 'Page Size', description: 'pageSize' },
					],
					responses: {},
				},
			},
		}),
	);
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{ ruleId: 'description-quality', file: 'swagger', message: "The description 'Files' is a single word; describe what the operation does in a sentence (operation ListFiles).", range: rangeOf(swagger, '"Files"'), jsonPointer: '/paths/~1files/get/description' },
		{ ruleId: 'description-quality', file: 'swagger', message: "The description 'folder' only repeats the name 'folder'; say what the value means (parameter 'folder' of ListFiles).", range: rangeOf(swagger, '"folder"', 1), jsonPointer: '/paths/~1files/get/parameters/0/description' },
		{
			ruleId: 'description-quality',
			file: 'swagger',
			message: "The description 'pageSize' is an identifier (CaMel or snake_case strings are not translated); write it in words (parameter 'size' of ListFiles).",
			range: rangeOf(swagger, '"pageSize"'),
			jsonPointer: '/paths/~1files/get/parameters/1/description',
		},
	]);
});

test('description-quality does not fire on descriptive text or single ordinary words for parameters', () => {
	const swagger = swaggerWith({
		'/files': {
			get: {
				summary: 'List files',
				description: 'Lists the files in a folder.',
				parameters: [
					{ name: 'folder', in: 'query', type: 'string', 'x-ms-summary': 'Folder', description: 'The folder path, such as /Documents.' },
					{ name: 'q', in: 'query', type: 'string', 'x-ms-summary': 'Query', description: 'Keywords' },
				],
				responses: {},
			},
		},
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});
