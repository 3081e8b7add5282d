import assert from 'node:assert/strict';
import { test } from 'node:test';
import rule from '../../../server/src/rules/paths/invalid-form-data-parameter-name';
import { rangeOf, runRule, summarize, swaggerWith, textOf } from '../../helpers/ruleTester';

test('invalid-form-data-parameter-name fires on a formData name with a non-ASCII character', () => {
	const swagger = textOf(swaggerWith({ '/upload': { post: { consumes: ['multipart/form-data'], parameters: [{ name: 'fichier_numéro', in: 'formData', type: 'string' }], responses: {} } } }));
	assert.deepEqual(summarize(runRule(rule, { swagger })), [
		{
			ruleId: rule.id,
			file: 'swagger',
			message: "The form data parameter name 'fichier_numéro' is invalid. All characters must be part of the US-ASCII character set.",
			range: rangeOf(swagger, '"fichier_numéro"'),
			jsonPointer: '/paths/~1upload/post/parameters/0/name',
		},
	]);
});

test('invalid-form-data-parameter-name does not fire on ASCII names or on non-formData parameters', () => {
	const swagger = swaggerWith({
		'/upload': { post: { parameters: [{ name: 'file_number', in: 'formData', type: 'string' }, { name: 'numéro', in: 'query', type: 'string' }], responses: {} } },
	});
	assert.deepEqual(runRule(rule, { swagger }), []);
});
