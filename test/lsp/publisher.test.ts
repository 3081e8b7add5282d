// What the publisher sends while an author types: diagnostics that changed go out at once; diagnostics that only moved
// with the typing (or not at all) wait until it pauses (VS Code moves its squiggles with the text itself, and a thousand
// diagnostics sent again on every check cost the editor for nothing).
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, mock, test } from 'node:test';
import type { PublishDiagnosticsParams } from 'vscode-languageserver';
import type { Finding } from '../../server/src/engine/index';
import type { Job } from '../../server/src/lsp/jobs';
import { DiagnosticsPublisher } from '../../server/src/lsp/publisher';
import type { Unit } from '../../server/src/lsp/units';

const URI = 'file:///c/apiDefinition.swagger.json';
const SETTLE_MS = 500;

/** A text of these lines, each long enough for the findings' range (characters 4 to 9). */
const lines = (...names: string[]) => names.map((name) => `${name}: the line`).join('\n') + '\n';

function finding(line: number, message = 'The operation has no summary (operation ListInvoices).'): Finding {
	return {
		ruleId: 'op-summary-required',
		severity: 'warning',
		message,
		file: 'swagger',
		path: ['paths', '/invoices', 'get'],
		jsonPointer: '/paths/~1invoices/get',
		range: { start: { line, character: 4 }, end: { line, character: 9 } },
		docsUrl: 'https://example.invalid/op-summary-required',
	};
}

describe('publishing diagnostics while typing', () => {
	let sent: PublishDiagnosticsParams[];
	let publisher: DiagnosticsPublisher;
	const unit: Unit = { key: '/c', folder: '/c', published: new Map(), artifactKeys: new Set() };

	/** A check of the open swagger at `version` with `text`, finding `findings`. */
	function check(version: number, text: string, findings: Finding[]): void {
		const job: Job = { swagger: { key: '/c/apidefinition.swagger.json', uri: URI, open: { uri: URI, version, text } } };
		publisher.outcome(unit, job, {
			kind: 'done',
			response: { type: 'result', id: version, cancelled: false, findings: { swagger: findings, apiProperties: [], icon: [], script: [], readme: [], intro: [] }, unreadable: {}, elapsedMs: 1 },
		});
	}

	beforeEach(() => {
		mock.timers.enable({ apis: ['setTimeout'] });
		sent = [];
		unit.published.clear();
		publisher = new DiagnosticsPublisher({ send: (params) => sent.push(params), uriOf: (file) => `file://${file}`, docsBase: () => undefined, editorReportsSyntax: () => true, log: console, settleMs: SETTLE_MS });
	});

	afterEach(() => mock.timers.reset());

	const linesOf = (params: PublishDiagnosticsParams) => params.diagnostics.map((diagnostic) => diagnostic.range.start.line);

	test("links each diagnostic to its rule's public page when the client ships none (the checker sends no URL)", () => {
		check(1, lines('a', 'b', 'c'), [finding(2)]);
		assert.equal(sent[0].diagnostics[0].codeDescription?.href, 'https://github.com/connector-certify/connector-certify/blob/main/docs/rules/op-summary-required.md');
	});

	test('sends findings that changed at once', () => {
		check(1, lines('a', 'b', 'c'), [finding(2)]);
		check(2, lines('a', 'b', 'c'), [finding(2), finding(1)]);
		assert.deepEqual(sent.map((params) => [params.version, linesOf(params)]), [[1, [2]], [2, [2, 1]]]);
		check(3, lines('a', 'b', 'c'), [finding(2, 'Another message (operation ListInvoices).')]);
		assert.equal(sent.length, 3);
		assert.equal(sent[2].diagnostics[0].message, 'Another message (operation ListInvoices).');
		// What a quick fix reads changed, the text and place did not.
		check(4, lines('a', 'b', 'c'), [{ ...finding(2, 'Another message (operation ListInvoices).'), data: { operationId: 'ListInvoices' } }]);
		check(5, lines('a', 'b', 'c'), [{ ...finding(2, 'Another message (operation ListInvoices).'), data: { operationId: 'GetInvoices' } }]);
		assert.deepEqual(sent.slice(3).map((params) => [params.version, params.diagnostics[0].data]), [
			[4, { operationId: 'ListInvoices', ruleId: 'op-summary-required', jsonPointer: '/paths/~1invoices/get' }],
			[5, { operationId: 'GetInvoices', ruleId: 'op-summary-required', jsonPointer: '/paths/~1invoices/get' }],
		]);
	});

	test('holds findings that only moved with the typing until it pauses, then sends the latest', () => {
		check(1, lines('a', 'b', 'c'), [finding(2)]);
		check(2, lines('a', 'x', 'b', 'c'), [finding(3)]);
		check(3, lines('a', 'x', 'y', 'b', 'c'), [finding(4)]);
		assert.equal(sent.length, 1, 'nothing sent while typing');
		mock.timers.tick(SETTLE_MS - 1);
		assert.equal(sent.length, 1);
		mock.timers.tick(1);
		assert.deepEqual(sent.map((params) => [params.version, linesOf(params)]), [[1, [2]], [3, [4]]]);
	});

	test('holds findings that did not move at all the same way: one send, with the latest version, once the typing pauses', () => {
		check(1, lines('a', 'b', 'c'), [finding(0)]);
		// Typed below the finding: the same range.
		check(2, lines('a', 'b', 'c', 'd'), [finding(0)]);
		check(3, lines('a', 'b', 'c', 'd', 'e'), [finding(0)]);
		assert.equal(sent.length, 1);
		mock.timers.tick(SETTLE_MS);
		assert.deepEqual(sent.map((params) => [params.version, linesOf(params)]), [[1, [0]], [3, [0]]]);
	});

	test('a change while a moved send is held goes out at once and replaces it', () => {
		check(1, lines('a', 'b', 'c'), [finding(2)]);
		check(2, lines('a', 'x', 'b', 'c'), [finding(3)]);
		check(3, lines('a', 'x', 'b', 'c'), []);
		mock.timers.tick(SETTLE_MS * 2);
		assert.deepEqual(sent.map((params) => [params.version, linesOf(params)]), [[1, [2]], [3, []]]);
	});

	test('files that are not open are sent every time', () => {
		const job: Job = { swagger: { key: '/c/apidefinition.swagger.json', uri: URI, path: '/c/apiDefinition.swagger.json' } };
		const done = (findings: Finding[]) =>
			publisher.outcome(unit, job, { kind: 'done', response: { type: 'result', id: 1, cancelled: false, findings: { swagger: findings, apiProperties: [], icon: [], script: [], readme: [], intro: [] }, unreadable: {}, elapsedMs: 1 } });
		done([finding(2)]);
		done([finding(2)]);
		assert.equal(sent.length, 2);
	});
});
