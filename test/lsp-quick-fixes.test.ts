/**
 * Every quick fix, over the protocol: for each Connector Certify diagnostic with a fix in a fixture that triggers every
 * fixable rule, and in real corpus connectors, the fix's edit (applied alone) removes that diagnostic, leaves valid
 * JSON, and changes no line outside the lines it edits. Fix-all on a real connector removes every finding that has a
 * fix and re-checking finds no new ones.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CodeActionRequest, CodeActionResolveRequest, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-protocol/node';
import { proposeFix } from '../server/src/engine/fixes';
import { parseText } from '../server/src/engine/parsedFile';
import { RULES } from '../server/src/rules/index';
import { LspClient } from './helpers/lspClient';
import { UPSTREAM } from './helpers/upstream';

const CORPUS = UPSTREAM;
const FIXTURE = path.resolve(__dirname, 'fixtures', 'editor', 'fixable');
const FIXABLE = new Set(RULES.filter((rule) => rule.fixable && rule.fix).map((rule) => rule.id));

function apply(text: string, uri: string, edits: TextEdit[]): string {
	return TextDocument.applyEdits(TextDocument.create(uri, 'json', 1, text), edits);
}

/** Lines before the first edited line and after the last one are the same (counted from each end). */
function assertOnlyEditedLinesChanged(before: string, after: string, edits: TextEdit[], label: string): void {
	const a = before.split('\n');
	const b = after.split('\n');
	const first = Math.min(...edits.map((edit) => edit.range.start.line));
	const last = Math.max(...edits.map((edit) => edit.range.end.line));
	assert.deepEqual(b.slice(0, first), a.slice(0, first), `${label}: lines above the edit are unchanged`);
	const tail = a.length - last - 1;
	assert.deepEqual(b.slice(b.length - tail), a.slice(a.length - tail), `${label}: lines below the edit are unchanged`);
}

describe('quick fixes over stdio', () => {
	let workspace: string;
	let client: LspClient;
	let version = 100;

	before(async () => {
		workspace = mkdtempSync(path.join(tmpdir(), 'connector-certify-fixes-'));
		for (const name of ['Encodian', 'Egnyte', 'SignNow']) {
			cpSync(path.join(CORPUS, name), path.join(workspace, name), { recursive: true });
		}
		cpSync(FIXTURE, path.join(workspace, 'fixable'), { recursive: true });
		client = await LspClient.start(workspace);
	});

	after(() => {
		client?.stop();
		rmSync(workspace, { recursive: true, force: true });
	});

	// The document is closed and opened again with the new text: an opened document is checked at once, where an edit
	// waits out the typing debounce, and this suite checks a hundred texts (the debounce has its own test in lsp.test.ts).
	async function diagnosticsOf(uri: string, text: string): Promise<Diagnostic[]> {
		const v = ++version;
		client.close(uri);
		client.open(uri, text, v);
		return (await client.diagnostics(uri, (p) => p.version === v)).diagnostics;
	}

	async function fixesFor(uri: string, diagnostic: Diagnostic): Promise<CodeAction | undefined> {
		const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
			textDocument: { uri },
			range: diagnostic.range,
			context: { diagnostics: [diagnostic], only: ['quickfix'] },
		})) as CodeAction[];
		return actions.find((action) => action.isPreferred && action.edit);
	}

	for (const [folder, file] of [
		['fixable', 'apiDefinition.swagger.json'],
		['fixable', 'apiProperties.json'],
		['Egnyte', 'apiDefinition.swagger.json'],
		['SignNow', 'apiDefinition.swagger.json'],
		['SignNow', 'apiProperties.json'],
	] as const) {
		it(`each quick fix in ${folder}/${file} removes its diagnostic and only edits its lines`, async () => {
			const full = path.join(workspace, folder, file);
			const uri = pathToFileURL(full).href;
			const text = readFileSync(full, 'utf8');
			client.open(uri, text, ++version);
			const diagnostics = (await client.diagnostics(uri, (p) => p.version === version)).diagnostics;
			// One diagnostic per rule that has a fix: each fix kind is exercised once per document.
			const seen = new Set<string>();
			let fixesTried = 0;
			let current = text;
			for (const diagnostic of diagnostics) {
				const ruleId = String(diagnostic.code);
				if (!FIXABLE.has(ruleId) || seen.has(ruleId)) {
					continue;
				}
				if (current !== text) {
					// Each fix is tried on the original text, so the diagnostic's range is the one the server knows.
					await diagnosticsOf(uri, text);
					current = text;
				}
				const action = await fixesFor(uri, diagnostic);
				if (!action) {
					continue;
				}
				seen.add(ruleId);
				fixesTried++;
				const edits = action.edit!.changes![uri] as TextEdit[];
				const fixed = apply(text, uri, edits);
				assert.ok(!parseText(fixed).doc.fatal, `${ruleId}: the fix leaves valid JSON`);
				assertOnlyEditedLinesChanged(text, fixed, edits, ruleId);
				const pointer = (diagnostic.data as { jsonPointer: string }).jsonPointer;
				const after = await diagnosticsOf(uri, fixed);
				current = fixed;
				assert.ok(
					!after.some((d) => d.code === ruleId && (d.data as { jsonPointer: string }).jsonPointer === pointer && d.message === diagnostic.message),
					`${ruleId}: the diagnostic at ${pointer} is gone`,
				);
			}
			if (folder === 'fixable') {
				assert.ok(fixesTried >= (file === 'apiProperties.json' ? 2 : 25), `the fixture exercises the fixes (${[...seen].join(', ')})`);
			}
			await diagnosticsOf(uri, text);
		});
	}

	it('fix-all on a real connector removes every finding that has a fix, and re-checking finds no new ones', async () => {
		const full = path.join(workspace, 'Encodian', 'apiDefinition.swagger.json');
		const uri = pathToFileURL(full).href;
		const text = readFileSync(full, 'utf8');
		client.open(uri, text, ++version);
		const before = (await client.diagnostics(uri, (p) => p.version === version)).diagnostics;
		const actions = (await client.connection.sendRequest(CodeActionRequest.type, {
			textDocument: { uri },
			range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
			context: { diagnostics: [], only: ['source.fixAll.connectorCertify'] },
		})) as CodeAction[];
		assert.equal(actions.length, 1);
		const resolved = await client.connection.sendRequest(CodeActionResolveRequest.type, actions[0]);
		const fixed = apply(text, uri, resolved.edit!.changes![uri] as TextEdit[]);
		const after = await diagnosticsOf(uri, fixed);
		// By rule and place: a finding whose numbers change (the file's size) is the same finding.
		const key = (d: Diagnostic) => `${d.code} ${(d.data as { jsonPointer: string }).jsonPointer}`;
		const beforeKeys = new Set(before.map(key));
		assert.deepEqual(after.filter((d) => !beforeKeys.has(key(d))).map(key), [], 'no new findings');
		// What is left either has no fix or has one that needs the author (a schema stub, contact details), which
		// fix-all deliberately does not write.
		const input = { swagger: parseText(fixed), apiProperties: parseText(readFileSync(path.join(workspace, 'Encodian', 'apiProperties.json'), 'utf8')) };
		for (const diagnostic of after) {
			if (FIXABLE.has(String(diagnostic.code))) {
				const proposal = proposeFix(RULES, { ruleId: String(diagnostic.code), file: 'swagger', jsonPointer: (diagnostic.data as { jsonPointer: string }).jsonPointer, data: diagnostic.data as Record<string, unknown> }, input);
				assert.ok(!proposal || proposal.requiresAuthor, `${key(diagnostic)} still has a mechanical fix after fix-all`);
			}
		}
		assert.ok(after.length < before.length, `fix-all removed findings (${before.length} → ${after.length})`);
	});
});
