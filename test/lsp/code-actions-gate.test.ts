// The light bulb asks for code actions at every cursor move: the server answers at once, without reading the
// connector, when the request cannot have any (none of our diagnostics in its context and fix-all not asked for).
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CodeActionParams, Diagnostic } from 'vscode-languageserver';
import { mayHaveCodeActions } from '../../server/src/lsp/codeActions';

const range = { start: { line: 3, character: 4 }, end: { line: 3, character: 9 } };
const ours: Diagnostic = { range, message: 'x', source: 'connector-certify', code: 'op-summary-required' };
const json: Diagnostic = { range, message: 'Colon expected', source: 'json', code: 514 };

function params(diagnostics: Diagnostic[], only?: string[]): CodeActionParams {
	return { textDocument: { uri: 'file:///c/apiDefinition.swagger.json' }, range, context: { diagnostics, only } };
}

describe('mayHaveCodeActions', () => {
	test('one of our diagnostics in the context: there may be fixes', () => {
		assert.equal(mayHaveCodeActions(params([ours])), true);
		assert.equal(mayHaveCodeActions(params([json, ours], ['quickfix'])), true);
	});

	test('fix-all asked for by kind, with or without diagnostics', () => {
		for (const only of [['source'], ['source.fixAll'], ['source.fixAll.connectorCertify']]) {
			assert.equal(mayHaveCodeActions(params([], only)), true, only[0]);
		}
	});

	test('nothing of ours and fix-all not asked for: nothing to compute', () => {
		assert.equal(mayHaveCodeActions(params([])), false);
		assert.equal(mayHaveCodeActions(params([json])), false);
		assert.equal(mayHaveCodeActions(params([], ['quickfix'])), false);
		assert.equal(mayHaveCodeActions(params([], ['source.organizeImports'])), false);
		assert.equal(mayHaveCodeActions(params([], ['source.fixAll.eslint'])), false);
	});
});
