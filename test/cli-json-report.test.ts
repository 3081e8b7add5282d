// `--format json` written a file at a time (JsonReportWriter): the CLI adds each file's entry as its connector's result
// arrives, and the report must come out byte for byte as `JSON.stringify(report, null, 2)` writes it, whichever files
// were added first, with or without updates.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { JsonReportWriter, type JsonReport } from '../server/src/cli/jsonFormat';
import type { CheckedFile, CheckRun, ReportedFinding } from '../server/src/commands/check';

const CWD = join('/', 'work', 'repo');

function finding(ruleId: string, severity: ReportedFinding['severity'], message: string, line: number, extra: Partial<ReportedFinding> = {}): ReportedFinding {
	return { ruleId, severity, message, file: 'swagger', jsonPointer: `/paths/~1a/get/${line}`, range: { start: { line, character: 2 }, end: { line, character: 9 } }, ...extra };
}

const DIRTY: CheckedFile = {
	absolutePath: join(CWD, 'connectors', 'A', 'apiDefinition.swagger.json'),
	kind: 'swagger',
	lineCount: 40,
	findings: [
		finding('op-summary-required', 'error', 'The operation has no "summary" (operation GetA).', 3),
		// Past ASCII, so the bytes are UTF-8 and not one byte per character.
		finding('value-must-be-in-english', 'warning', 'Le résumé — « Café » ’s 。', 7),
		finding('breaking-change', 'error', 'An operation was removed.', 9, { data: { valuePath: 'paths./a.get' } }),
	],
};
const CLEAN: CheckedFile = { absolutePath: join(CWD, 'connectors', 'A', 'apiProperties.json'), kind: 'apiProperties', lineCount: 12, findings: [] };
const OTHER: CheckedFile = {
	absolutePath: join(CWD, 'connectors', 'B', 'apiDefinition.swagger.json'),
	kind: 'swagger',
	lineCount: 5,
	findings: [finding('info-title-length', 'information', 'The title is long.', 1), finding('style-hint', 'hint', 'A hint.', 2)],
};

function run(files: readonly CheckedFile[], extra: Partial<CheckRun> = {}): CheckRun {
	return { files, connectors: 2, problems: [], ...extra };
}

/** The report as the contract describes it, by hand. */
function expectedReport(files: readonly CheckedFile[], extra: Partial<JsonReport> = {}): JsonReport {
	const count = (severity: string) => files.reduce((sum, file) => sum + file.findings.filter((f) => f.severity === severity).length, 0);
	return {
		version: 1,
		files: files.map((file) => ({
			path: file.absolutePath.slice(CWD.length + 1).split(/[\\/]/).join('/'),
			diagnostics: file.findings.map((f) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, range: f.range, jsonPointer: f.jsonPointer, ...(f.data ? { valuePath: f.data.valuePath } : {}) })),
		})),
		summary: { errors: count('error'), warnings: count('warning'), information: count('information'), hints: count('hint'), files: files.length },
		...extra,
	};
}

const text = (report: JsonReport) => JSON.stringify(report, null, 2) + '\n';

describe('the JSON report written a file at a time', () => {
	test('gives the bytes of JSON.stringify whether the files were added before, some of them, or none', () => {
		const files = [DIRTY, CLEAN, OTHER];
		const expected = Buffer.from(text(expectedReport(files)));
		for (const added of [[], [OTHER], [DIRTY, CLEAN, OTHER], [OTHER, CLEAN, DIRTY]]) {
			const writer = new JsonReportWriter(CWD);
			added.forEach((file) => writer.add(file));
			assert.deepEqual(writer.format(run(files)), expected, `added: ${added.map((file) => file.absolutePath).join(', ')}`);
		}
	});

	test('leaves out a file added but not in the run, and keeps the run order', () => {
		const writer = new JsonReportWriter(CWD);
		writer.add(CLEAN);
		writer.add(DIRTY);
		assert.equal(writer.format(run([OTHER, DIRTY])).toString('utf8'), text(expectedReport([OTHER, DIRTY])));
	});

	test('writes an empty list of files as JSON.stringify does', () => {
		const output = new JsonReportWriter(CWD).format(run([])).toString('utf8');
		assert.equal(output, text(expectedReport([])));
		assert.match(output, /"files": \[\],\n {2}"summary": \{/);
	});

	test('puts the updates after the summary, as before', () => {
		const updates = [{ absolutePath: join(CWD, 'connectors', 'A'), against: 'origin/main', update: { kind: 'major' as const, reviewTime: '4–5 weeks', changes: [{ file: 'swagger' as const, change: 'removed' as const, path: ['paths', '/a', 'get'], minor: false }] } }];
		const writer = new JsonReportWriter(CWD);
		writer.add(DIRTY);
		const report = JSON.parse(writer.format(run([DIRTY], { updates })).toString('utf8')) as JsonReport;
		assert.deepEqual(Object.keys(report), ['version', 'files', 'summary', 'updates']);
		assert.equal(writer.format(run([DIRTY], { updates })).toString('utf8'), text({ ...expectedReport([DIRTY]), updates: report.updates }));
		assert.deepEqual(
			report.updates?.map((update) => [update.path, update.against, update.kind, update.reviewTime, update.changes.map((change) => [change.jsonPointer, change.minor])]),
			[['connectors/A', 'origin/main', 'major', '4–5 weeks', [['/paths/~1a/get', false]]]],
		);
	});
});
