import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyEdits } from '../../server/src/engine/edits';
import { fixAll, proposeFix } from '../../server/src/engine/fixes';
import { check } from '../../server/src/engine/index';
import { parseText } from '../../server/src/engine/parsedFile';
import { RULES } from '../../server/src/rules/index';
import { swaggerWith } from '../helpers/ruleTester';

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

// An info object and an operation that are `$ref`s: the title (derived from the host) and the operationId would be
// written beside the $ref, where additional-property-not-allowed-adjacent-to-ref reports them and its fix removes them.
const besideRefs = JSON.stringify(
	{
		swagger: '2.0',
		info: { $ref: '#/definitions/Info' },
		host: 'api.contoso.com',
		basePath: '/',
		schemes: ['http'],
		paths: { '/invoices': { get: { $ref: '#/definitions/Operation' } } },
		definitions: { Info: { type: 'object' }, Operation: { type: 'object' } },
	},
	null,
	2,
);

test('fix-all adds no key beside a $ref, so a second fix-all changes nothing', () => {
	const result = fixAll(RULES, { swagger: parseText(besideRefs) }, 'swagger', { profile: 'certification' });
	assert.deepEqual({ fixed: result.fixed, byRule: result.byRule }, { fixed: 1, byRule: { 'schemes-https': 1 } });
	assert.equal(result.text, besideRefs.replace('"http"', '"https"'));
	assert.deepEqual(fixAll(RULES, { swagger: parseText(result.text) }, 'swagger', { profile: 'certification' }), { text: result.text, fixed: 0, byRule: {} });
});

test('beside a $ref the findings stay, without a quick fix', () => {
	const input = { swagger: parseText(besideRefs) };
	const findings = check(RULES, input, { profile: 'certification' }).findings.swagger.filter((finding) => finding.ruleId === 'info-title-required' || finding.ruleId === 'operation-id-required');
	assert.deepEqual(
		findings.map((finding) => [finding.ruleId, finding.jsonPointer]),
		[
			['info-title-required', '/info/title'],
			['operation-id-required', '/paths/~1invoices/get/operationId'],
		],
	);
	for (const finding of findings) {
		assert.equal(proposeFix(RULES, { ruleId: finding.ruleId, file: 'swagger', jsonPointer: finding.jsonPointer, data: finding.data }, input), undefined, finding.ruleId);
	}
});

/** Milliseconds of CPU that `run` takes (not the clock: the test shards beside this one do not count). */
function cpuMs(run: () => void): number {
	const started = process.cpuUsage();
	run();
	const used = process.cpuUsage(started);
	return (used.user + used.system) / 1000;
}

test('fix-all on a minified definition of 160 KB with an operation missing its responses is quick', () => {
	const paths: Record<string, object> = {};
	for (let i = 0; i < 400; i++) {
		const parameter = { name: 'id', in: 'path', required: true, type: 'string', 'x-ms-summary': 'Invoice ID', description: 'The invoice.', 'x-ms-url-encoding': 'single' };
		const responses = { '200': { description: 'OK', schema: { type: 'object', properties: { id: { type: 'string', description: 'The id.' } } } } };
		paths[`/invoices${i}/{id}`] = { get: { operationId: `GetInvoice${i}`, summary: `Get invoice ${i}`, description: 'Gets one invoice.', parameters: [parameter], ...(i === 200 ? {} : { responses }) } };
	}
	const text = JSON.stringify({ swagger: '2.0', info: { title: 'Contoso', description: 'Contoso invoices.', version: '1.0' }, host: 'api.contoso.com', basePath: '/', schemes: ['http'], paths });
	assert.ok(text.length > 160_000 && !text.includes('\n'));
	const input = { swagger: parseText(text) };
	// The missing responses' fix (a stub for the author) has no place in the tree: it went through jsonc-parser's
	// modify, whose formatting copied the whole text once per token of the one line (11 s, against 0.6 s now).
	let result!: ReturnType<typeof fixAll>;
	const elapsed = cpuMs(() => (result = fixAll(RULES, input, 'swagger', { profile: 'certification' })));
	assert.deepEqual({ fixed: result.fixed, byRule: result.byRule }, { fixed: 1, byRule: { 'schemes-https': 1 } });
	assert.equal(result.text, text.replace('"schemes":["http"]', '"schemes":["https"]'));
	assert.ok(elapsed < 2000, `fix-all took ${elapsed.toFixed(0)} ms`);
	// The stub is still offered as a quick fix, as quickly.
	let proposal: ReturnType<typeof proposeFix>;
	const quickElapsed = cpuMs(() => (proposal = proposeFix(RULES, { ruleId: 'operation-must-have-response', file: 'swagger', jsonPointer: '/paths/~1invoices200~1{id}/get/responses' }, input)));
	assert.equal(proposal?.requiresAuthor, true);
	assert.deepEqual((JSON.parse(applyEdits(text, proposal!.edits)) as { paths: Record<string, { get: { responses: unknown } }> }).paths['/invoices200/{id}'].get.responses, { '200': { description: 'OK', schema: { type: 'object', properties: {} } } });
	assert.ok(quickElapsed < 2000, `the quick fix took ${quickElapsed.toFixed(0)} ms`);
});

test('fix-all removing 10,000 keys from a minified definition is quick, and a second fix-all changes nothing', () => {
	// Found by npm run fuzz (fix-all case 4194 of seed 20261203): siblings of a $ref, removed one by one, each
	// removal read its whole line (the file) for the indentation, each chosen fix was compared with every other, and
	// the edits were applied by rebuilding the text once each: 60 s for 38,000 removals there, 1.7 s now; 4.4 s
	// for the 10,000 here, now well under a second.
	const siblings = Object.fromEntries(Array.from({ length: 10_000 }, (_, i) => [`extra${i}`, 'x']));
	const text = JSON.stringify(
		swaggerWith(
			{ '/invoices': { get: { operationId: 'ListInvoices', summary: 'List invoices', description: 'Lists the invoices.', responses: { '200': { description: 'OK', schema: { $ref: '#/definitions/Invoice', ...siblings } } } } } },
			{ definitions: { Invoice: { type: 'object', properties: { id: { type: 'string', description: 'The id.' } } } } },
		),
	);
	let result!: ReturnType<typeof fixAll>;
	const elapsed = cpuMs(() => (result = fixAll(RULES, { swagger: parseText(text) }, 'swagger', { profile: 'certification' })));
	assert.deepEqual({ fixed: result.fixed, byRule: result.byRule }, { fixed: 10_000, byRule: { 'additional-property-not-allowed-adjacent-to-ref': 10_000 } });
	assert.equal(result.text, text.replace(/,"extra\d+":"x"/g, ''));
	assert.ok(elapsed < 2000, `fix-all took ${elapsed.toFixed(0)} ms`);
	assert.equal(fixAll(RULES, { swagger: parseText(result.text) }, 'swagger', { profile: 'certification' }).fixed, 0);
});
