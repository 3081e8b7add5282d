import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixAll, proposeFix } from '../../server/src/engine/fixes';
import { check } from '../../server/src/engine/index';
import { parseText } from '../../server/src/engine/parsedFile';
import { RULES } from '../../server/src/rules/index';

const swagger = JSON.stringify(
	{
		swagger: '2.0',
		info: { title: 'Contoso', description: 'Contoso invoices for teams.', version: '1.0' },
		host: 'api.contoso.com',
		schemes: ['http'],
		paths: { '/invoices': { get: { operationId: 'ListInvoices', description: 'Lists invoices.', responses: { default: { description: 'Error' } } } } },
	},
	null,
	2,
);

test('fix-all applies mechanical fixes and leaves fixes that need the author to the quick fix', () => {
	const input = { swagger: parseText(swagger) };
	const result = fixAll(RULES, input, 'swagger', { profile: 'certification' });
	assert.equal(result.byRule['schemes-https'], 1, 'https, fully determined by the file, is applied');
	assert.equal(result.byRule['op-summary-required'], undefined, 'a summary is wording for the author, not written unreviewed');
	assert.equal(result.byRule['response-not-default-only'], undefined, 'the response stub is not written unreviewed');
	assert.ok(!parseText(result.text).doc.fatal);
	// The same fixes are still offered one finding at a time, with the wording selected for typing over.
	const response = proposeFix(RULES, { ruleId: 'response-not-default-only', file: 'swagger', jsonPointer: '/paths/~1invoices/get/responses', data: { method: 'get' } }, input);
	assert.equal(response?.requiresAuthor, true);
	const finding = check(RULES, input, { profile: 'certification' }).findings.swagger.find((candidate) => candidate.ruleId === 'op-summary-required')!;
	const summary = proposeFix(RULES, { ruleId: finding.ruleId, file: 'swagger', jsonPointer: finding.jsonPointer, data: finding.data }, input);
	assert.deepEqual({ requiresAuthor: summary?.requiresAuthor, placeholder: summary?.placeholder }, { requiresAuthor: true, placeholder: 'List invoices' });
});

test('fix-all stops on a file with fatal syntax errors and returns it unchanged', () => {
	const broken = '{ "swagger": "2.0", "paths": {';
	assert.deepEqual(fixAll(RULES, { swagger: parseText(broken) }, 'swagger', { profile: 'certification' }), { text: broken, fixed: 0, byRule: {} });
});
