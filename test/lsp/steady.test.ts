import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '../../server/src/engine/index';
import { rangeMover, silencedBy, steadyFindings } from '../../server/src/lsp/steady';

const at = (line: number, character: number, endLine = line, endCharacter = character + 1) => ({ start: { line, character }, end: { line: endLine, character: endCharacter } });
const finding = (ruleId: string, range: Finding['range']): Finding => ({ ruleId, severity: 'error', message: ruleId, file: 'swagger', path: [], jsonPointer: '', range, docsUrl: '' });

test('rangeMover keeps ranges before an edit, shifts those after it, and puts those inside it at its start', () => {
	const before = '{\n  "a": 1,\n  "b": 2\n}\n';
	const after = '{\n  "a": 1,\n  "x-ms-\n  "b": 2\n}\n';
	const move = rangeMover(before, after);
	assert.deepEqual(move(at(1, 2, 1, 5)), at(1, 2, 1, 5), 'before the edit');
	assert.deepEqual(move(at(2, 2, 2, 5)), at(3, 2, 3, 5), '"b" is one line down');
	assert.deepEqual(rangeMover(before, before)(at(2, 2)), at(2, 2));
	// A range over deleted text lands where the deletion was.
	const deleted = rangeMover('abcdef', 'abf');
	assert.deepEqual(deleted(at(0, 3, 0, 4)), at(0, 2, 0, 2));
	assert.deepEqual(deleted(at(0, 5, 0, 6)), at(0, 2, 0, 3));
});

test('rangeMover shifts later text on the edit\'s own line by columns, later lines by lines, in CRLF text and past many blocks', () => {
	// Typed on the line of "b": "b" moves right, the next line only down by the lines typed.
	const move = rangeMover('{\r\n  "b": 2,\r\n  "c": 3\r\n}', '{\r\n  "x",\r\n  "y", "b": 2,\r\n  "c": 3\r\n}');
	assert.deepEqual(move(at(1, 2, 1, 5)), at(2, 7, 2, 10));
	assert.deepEqual(move(at(2, 2, 2, 5)), at(3, 2, 3, 5));
	assert.deepEqual(move(at(0, 0, 0, 1)), at(0, 0, 0, 1));
	// An edit in the middle of a text many compare blocks long, on both sides.
	const lines = Array.from({ length: 5000 }, (_, i) => `  "key${i}": ${i},`);
	const before = lines.join('\n');
	const after = [...lines.slice(0, 2500), '  "x-ms-', ...lines.slice(2500)].join('\n');
	const far = rangeMover(before, after);
	assert.deepEqual(far(at(2499, 2, 2499, 9)), at(2499, 2, 2499, 9));
	assert.deepEqual(far(at(2500, 2, 4999, 9)), at(2501, 2, 5000, 9));
});

test('steadyFindings adds the silenced rules\' last good findings, moved, to the fresh ones; the rest stay fresh', () => {
	const good = { text: 'line0\nline1\n', findings: [finding('op-summary-required', at(1, 0)), finding('json-strict', at(0, 0))] };
	const fresh = [finding('json-syntax', at(0, 2))];
	const result = steadyFindings(fresh, good, 'inserted\nline0\nline1\n', new Set(['op-summary-required']));
	assert.deepEqual(result.map((f) => [f.ruleId, f.range.start.line]), [['json-syntax', 0], ['op-summary-required', 2]]);
	assert.deepEqual(steadyFindings(fresh, undefined, 'x', new Set(['op-summary-required'])), fresh, 'nothing to carry before a first good check');
	// A silenced rule that reported afresh (it reads the broken file only in part) is not carried twice.
	const again = [finding('op-summary-required', at(1, 0))];
	assert.deepEqual(steadyFindings(again, good, good.text, new Set(['op-summary-required'])), again);
});

test('silencedBy names the rules that need a whole tree of a broken file, not the JSON-level ones', () => {
	const silenced = silencedBy(['swagger']);
	assert.ok(silenced.has('op-summary-required'));
	assert.ok(!silenced.has('json-syntax') && !silenced.has('json-duplicate-key'));
	assert.ok(!silenced.has('conn-param-type'), 'an apiProperties-only rule still runs');
});
