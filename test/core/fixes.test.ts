import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixAll, proposeFix } from '../../server/src/engine/fixes';
import { parseText } from '../../server/src/engine/parsedFile';
import { RULES } from '../../server/src/rules/index';

const swagger = JSON.stringify(
	{
		swagger: '2.0',
		info: { title: 'Contoso', description: 'Contoso invoices for teams.', version: '1.0' },
		host: 'api.contoso.com',
		paths: { '/invoices': { get: { operationId: 'ListInvoices', description: 'Lists invoices.', responses: { default: { description: 'Error' } } } } },
	},
	null,
	2,
);

test('fix-all applies mechanical fixes and leaves fixes that need the author to the quick fix', () => {
	const input = { swagger: parseText(swagger) };
	const result = fixAll(RULES, input, 'swagger', { profile: 'certification' });
	assert.ok(result.byRule['op-summary-required'] === 1, 'the summary is added');
	assert.equal(result.byRule['response-not-default-only'], undefined, 'the response stub is not written unreviewed');
	assert.ok(!parseText(result.text).doc.fatal);
	// The same response fix is still offered for one finding.
	const proposal = proposeFix(RULES, { ruleId: 'response-not-default-only', file: 'swagger', jsonPointer: '/paths/~1invoices/get/responses', data: { method: 'get' } }, input);
	assert.equal(proposal?.requiresAuthor, true);
});

test('fix-all stops on a file with fatal syntax errors and returns it unchanged', () => {
	const broken = '{ "swagger": "2.0", "paths": {';
	assert.deepEqual(fixAll(RULES, { swagger: parseText(broken) }, 'swagger', { profile: 'certification' }), { text: broken, fixed: 0, byRule: {} });
});
