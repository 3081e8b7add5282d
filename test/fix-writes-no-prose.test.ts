// Fix-all never invents content: `connector-certify fix` (the editor's fix-all) writes no summary, description,
// x-ms-summary or x-ms-visibility the file did not have; the quick fixes for those findings are still offered one at a
// time, with the wording selected for the author to type over. test/corpus/fix-writes-no-prose.test.ts runs the CLI
// over the 80 dev connectors.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { proposeFix } from '../server/src/engine/fixes';
import { check, DEFAULT_CONFIG, parseText } from '../server/src/engine/index';
import { RULES } from '../server/src/rules/index';
import { REPO_ROOT, runCli } from './helpers/cli';
import { addedProse, addedProseBetween, jsonFilesUnder } from './helpers/prose';
import { applyEdits } from '../server/src/engine/edits';

const FIXABLE = join(REPO_ROOT, 'test', 'fixtures', 'editor', 'fixable');

test('addedProse tells new wording from a renamed key and from edits of existing wording', () => {
	assert.deepEqual(addedProse({ a: { 'x-ms-summery': 'Name' } }, { a: { 'x-ms-summary': 'Name' } }), []);
	assert.deepEqual(addedProse({ a: { summary: 'Get invoice.' } }, { a: { summary: 'Get invoice' } }), []);
	assert.deepEqual(addedProse({ a: [{ name: 'id' }] }, { a: [{ name: 'id', description: 'The ID.' }] }), ['/a/0/description: "The ID."']);
});

test('connector-certify fix writes no summary, description, x-ms-summary or x-ms-visibility on the fixtures and samples', () => {
	const work = mkdtempSync(join(tmpdir(), 'connector-certify-prose-'));
	try {
		cpSync(join(REPO_ROOT, 'test', 'fixtures'), join(work, 'fixtures'), { recursive: true });
		cpSync(join(REPO_ROOT, 'samples'), join(work, 'samples'), { recursive: true });
		const before = jsonFilesUnder(work);
		const result = runCli(['fix', 'fixtures', 'samples', '--profile', 'strict'], { cwd: work });
		assert.ok(result.status === 0 || result.status === 1, result.stderr);
		const after = jsonFilesUnder(work);
		assert.ok([...after].some(([file, text]) => before.get(file) !== text), 'fix changed some files (mechanical fixes still apply)');
		assert.deepEqual(addedProseBetween(before, after), []);
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
});

test('the findings whose fix writes wording still get it as a single quick fix, with the wording selected', () => {
	const apiProperties = parseText(readFileSync(join(FIXABLE, 'apiProperties.json'), 'utf8'));
	// An operation without x-ms-visibility, which the fixture does not have.
	const noVisibility = JSON.stringify({ swagger: '2.0', info: { title: 'Contoso', description: 'Invoices of the Contoso billing service.', version: '1.0' }, host: 'api.contoso.com', schemes: ['https'], paths: { '/invoices': { get: { operationId: 'ListInvoices', summary: 'List invoices', description: 'Lists the invoices.', responses: { 200: { description: 'OK' } } } } } }, null, 2);
	const offered = new Set<string>();
	for (const input of [{ swagger: parseText(readFileSync(join(FIXABLE, 'apiDefinition.swagger.json'), 'utf8')), apiProperties }, { swagger: parseText(noVisibility), apiProperties }]) {
		for (const finding of check(RULES, input, { ...DEFAULT_CONFIG, profile: 'strict' }).findings.swagger) {
			const proposal = proposeFix(RULES, { ruleId: finding.ruleId, file: 'swagger', jsonPointer: finding.jsonPointer, data: finding.data }, input);
			if (!proposal) {
				continue;
			}
			const added = addedProse(input.swagger.doc.value, parseText(applyEdits(input.swagger.doc.text, [...proposal.edits])).doc.value);
			if (added.length === 0) {
				continue;
			}
			offered.add(finding.ruleId);
			assert.equal(proposal.requiresAuthor, true, `${finding.ruleId} adds ${added.join(', ')}: only as a single quick fix`);
			assert.ok(proposal.placeholder && proposal.edits.some((edit) => edit.content.includes(proposal.placeholder!)), `${finding.ruleId}: the wording is selected for typing over`);
		}
	}
	for (const ruleId of ['op-summary-required', 'op-description-required', 'param-x-ms-summary-required', 'param-description-required', 'op-visibility-set', 'param-visibility-set']) {
		assert.ok(offered.has(ruleId), `the fixture exercises ${ruleId} (offered: ${[...offered].sort().join(', ')})`);
	}
});
