// Steady diagnostics while typing: a key half typed (`"x-ms-` on a new line) breaks the JSON for a moment; the
// findings the model rules made on the whole text stay, moved with the edit, beside one syntax error, instead of
// dropping out until the JSON is whole again. An editor with its own JSON service (VS Code) gets no syntax error from
// us for its open documents.
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient } from './helpers/lspClient';

const FIXTURE = path.resolve(__dirname, 'fixtures', 'lsp', 'invoices');
const INSERT_AFTER = '"schemes": ["https"],\n';

const summary = (diagnostics: readonly Diagnostic[]) => diagnostics.filter((d) => d.code !== 'json-syntax').map((d) => `${String(d.code)} ${d.range.start.line}:${d.range.start.character} ${d.message}`).sort();

describe('steady diagnostics while the JSON is broken', () => {
	let workspace: string;
	let uri: string;
	let text: string;
	let broken: string;
	/** The line of the insertion: findings below it move one line down. */
	let insertedLine: number;

	before(() => {
		workspace = mkdtempSync(path.join(tmpdir(), 'connector-certify-steady-'));
		cpSync(FIXTURE, path.join(workspace, 'invoices'), { recursive: true });
		const file = path.join(workspace, 'invoices', 'apiDefinition.swagger.json');
		uri = pathToFileURL(file).href;
		text = readFileSync(file, 'utf8');
		const at = text.indexOf(INSERT_AFTER) + INSERT_AFTER.length;
		broken = `${text.slice(0, at)}  "x-ms-\n${text.slice(at)}`;
		insertedLine = text.slice(0, at).split('\n').length - 1;
	});

	after(() => rmSync(workspace, { recursive: true, force: true }));

	for (const editorReportsSyntax of [false, true]) {
		it(editorReportsSyntax ? 'leaves the syntax error to an editor that reports it, and keeps the findings' : 'keeps the findings, moved with the edit, beside the syntax error', async () => {
			const client = await LspClient.start(workspace, {}, editorReportsSyntax ? { jsonSyntaxErrors: 'editor' } : {});
			try {
				client.open(uri, text, 1);
				const whole = (await client.diagnostics(uri, (p) => p.version === 1)).diagnostics;
				assert.ok(whole.length >= 1, 'the fixture has findings');
				client.change(uri, broken, 2);
				const typing = (await client.diagnostics(uri, (p) => p.version === 2)).diagnostics;
				const moved = whole.map((d) => ({ ...d, range: { ...d.range, start: { ...d.range.start, line: d.range.start.line + (d.range.start.line >= insertedLine ? 1 : 0) } } }));
				assert.deepEqual(summary(typing), summary(moved));
				const syntax = typing.filter((d) => d.code === 'json-syntax').length;
				assert.ok(editorReportsSyntax ? syntax === 0 : syntax > 0, `${syntax} syntax errors`);
				// Whole again: a real check, the same findings as before.
				client.change(uri, text, 3);
				assert.deepEqual(summary((await client.diagnostics(uri, (p) => p.version === 3)).diagnostics), summary(whole));
			} finally {
				client.stop();
			}
		});
	}
});
