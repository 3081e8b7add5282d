// The reports written a file at a time (cli/reportWriter.ts): the CLI adds each file's part as its connector's result
// arrives, and each report must come out byte for byte as writing it all at the end gives, whichever files were added
// first: for JSON and SARIF, as `JSON.stringify(report, null, 2)` indents it; for text, the lines in the run's order.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type * as sarif from 'sarif';
import { JsonReportWriter, type JsonReport } from '../server/src/cli/jsonFormat';
import { JsonListSplice, type ReportWriter } from '../server/src/cli/reportWriter';
import { SarifReportWriter } from '../server/src/cli/sarifFormat';
import { TextReportWriter } from '../server/src/cli/textFormat';
import { summarize, type CheckedFile, type CheckRun, type ReportedFile, type ReportedFinding, type WrittenFile } from '../server/src/commands/check';
import { reportWriter, type ReportSpec } from '../server/src/cli/reportFormat';

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

/** A report's pieces as one text. */
const joined = (pieces: readonly Buffer[]): string => Buffer.concat(pieces).toString('utf8');

/** The orders of adding files a test tries: none, some, all, all in another order. */
const ADDED = [[], [OTHER], [DIRTY, CLEAN, OTHER], [OTHER, CLEAN, DIRTY]];

/** `make()`'s report of `checked` is the same bytes whichever of its files were added before. */
function assertSameWhateverAdded(make: () => ReportWriter, checked: CheckRun): string {
	const expected = joined(make().report(checked));
	for (const added of ADDED) {
		const writer = make();
		added.forEach((file) => writer.add(file));
		assert.equal(joined(writer.report(checked)), expected, `added: ${added.map((file) => file.absolutePath).join(', ')}`);
	}
	return expected;
}

describe('a list spliced into a JSON document', () => {
	const document = (items: unknown[]) => ({ name: 'ü', runs: [{ tool: { results: ['not this one'] }, results: items, after: [1, [2]] }] });
	const items = [{ results: [] }, { message: 'Le résumé — ’\nline', n: -0 }, [], 'x', null];

	test('gives the bytes of JSON.stringify, however the items are split into parts', () => {
		const splice = new JsonListSplice('results', 3);
		const empty = JSON.stringify(document([]), null, 2);
		for (const cut of [[5], [1, 5], [2, 3, 5], [1, 2, 3, 4, 5]]) {
			const parts = cut.map((end, index) => splice.encode(items.slice(index > 0 ? cut[index - 1] : 0, end)));
			assert.equal(joined(splice.fill(empty, [undefined, ...parts, splice.encode([])])), JSON.stringify(document(items), null, 2), `cut at ${cut.join()}`);
		}
		assert.equal(joined(splice.fill(empty, [undefined])), empty);
	});

	test('refuses a document without the empty list where it says, rather than write it elsewhere', () => {
		assert.throws(() => new JsonListSplice('results', 2).fill(JSON.stringify(document([]), null, 2), []), /exactly one empty "results" list at depth 2/);
		assert.throws(() => new JsonListSplice('results', 3).fill(JSON.stringify(document(['a']), null, 2), []), /exactly one empty "results" list/);
	});
});

describe('the JSON report written a file at a time', () => {
	test('gives the bytes of JSON.stringify whether the files were added before, some of them, or none', () => {
		const files = [DIRTY, CLEAN, OTHER];
		assert.equal(assertSameWhateverAdded(() => new JsonReportWriter(CWD), run(files)), text(expectedReport(files)));
	});

	test('leaves out a file added but not in the run, and keeps the run order', () => {
		const writer = new JsonReportWriter(CWD);
		writer.add(CLEAN);
		writer.add(DIRTY);
		assert.equal(joined(writer.report(run([OTHER, DIRTY]))), text(expectedReport([OTHER, DIRTY])));
	});

	test('writes an empty list of files as JSON.stringify does', () => {
		const output = joined(new JsonReportWriter(CWD).report(run([])));
		assert.equal(output, text(expectedReport([])));
		assert.match(output, /"files": \[\],\n {2}"summary": \{/);
	});

	test('puts the updates after the summary, as before', () => {
		const updates = [{ absolutePath: join(CWD, 'connectors', 'A'), against: 'origin/main', update: { kind: 'major' as const, reviewTime: '4–5 weeks', changes: [{ file: 'swagger' as const, change: 'removed' as const, path: ['paths', '/a', 'get'], minor: false }] } }];
		const writer = new JsonReportWriter(CWD);
		writer.add(DIRTY);
		const report = JSON.parse(joined(writer.report(run([DIRTY], { updates })))) as JsonReport;
		assert.deepEqual(Object.keys(report), ['version', 'files', 'summary', 'updates']);
		assert.equal(joined(writer.report(run([DIRTY], { updates }))), text({ ...expectedReport([DIRTY]), updates: report.updates }));
		assert.deepEqual(
			report.updates?.map((update) => [update.path, update.against, update.kind, update.reviewTime, update.changes.map((change) => [change.jsonPointer, change.minor])]),
			[['connectors/A', 'origin/main', 'major', '4–5 weeks', [['/paths/~1a/get', false]]]],
		);
	});
});

describe('the SARIF report written a file at a time', () => {
	test('is the same bytes whichever files were added, indented as JSON.stringify does, with every result in order', () => {
		const output = assertSameWhateverAdded(() => new SarifReportWriter(CWD, '1.2.3', false), run([DIRTY, CLEAN, OTHER]));
		const log = JSON.parse(output) as sarif.Log;
		assert.equal(output, JSON.stringify(log, null, 2) + '\n');
		const [only] = log.runs;
		assert.deepEqual(Object.keys(only), ['tool', 'originalUriBaseIds', 'columnKind', 'invocations', 'results']);
		assert.deepEqual(only.invocations, [{ executionSuccessful: true }]);
		assert.deepEqual(
			only.results!.map((result) => [result.ruleId, result.level, result.message.text, result.locations![0].physicalLocation!.artifactLocation!.uri, result.locations![0].physicalLocation!.region!.startLine]),
			[...DIRTY.findings, ...OTHER.findings].map((f) => [f.ruleId, { error: 'error', warning: 'warning', information: 'note', hint: 'note' }[f.severity], f.message, OTHER.findings.includes(f) ? 'connectors/B/apiDefinition.swagger.json' : 'connectors/A/apiDefinition.swagger.json', f.range.start.line + 1]),
		);
		assert.ok(only.results!.every((result) => result.baselineState === undefined));
	});

	test('marks new and unchanged results with a baseline, and refuses a run whose baseline it was not set up for', () => {
		const withBaseline: CheckedFile = { ...DIRTY, findings: DIRTY.findings.slice(0, 1), unchanged: DIRTY.findings.slice(1) };
		const checked = run([withBaseline, CLEAN], { baseline: 'HEAD~1', problems: ['cannot read "x": permission denied.'] });
		const log = JSON.parse(assertSameWhateverAdded(() => new SarifReportWriter(CWD, '1.2.3', true), checked)) as sarif.Log;
		assert.deepEqual(log.runs[0].results!.map((result) => result.baselineState), ['new', 'unchanged', 'unchanged']);
		assert.deepEqual(log.runs[0].invocations, [{ executionSuccessful: false }]);
		assert.throws(() => new SarifReportWriter(CWD, '1.2.3', false).report(checked), /another baseline/);
	});

	test('writes an empty list of results when nothing was found', () => {
		const log = JSON.parse(joined(new SarifReportWriter(CWD, '1.2.3', false).report(run([CLEAN])))) as sarif.Log;
		assert.deepEqual(log.runs[0].results, []);
	});
});

describe('a report of files whose parts a check thread wrote', () => {
	const withBaseline: CheckedFile = { ...DIRTY, findings: DIRTY.findings.slice(0, 1), unchanged: DIRTY.findings.slice(1) };
	const SPECS: ReportSpec[] = [
		{ format: 'json', cwd: CWD, version: '1.2.3', baseline: false },
		{ format: 'sarif', cwd: CWD, version: '1.2.3', baseline: false },
		{ format: 'sarif', cwd: CWD, version: '1.2.3', baseline: true },
		{ format: 'text', cwd: CWD, version: '1.2.3', baseline: false },
	];

	/** `file` as a check thread sends it: its part written by a writer of its own (as in another thread), its findings counted. */
	function written(file: CheckedFile, spec: ReportSpec): WrittenFile {
		const counts = { error: 0, warning: 0, information: 0, hint: 0 };
		file.findings.forEach((finding) => counts[finding.severity]++);
		const part = reportWriter(spec).filePart(file);
		return { absolutePath: file.absolutePath, kind: file.kind, lineCount: file.lineCount, counts, part: part && new Uint8Array(part) };
	}

	for (const spec of SPECS) {
		test(`is the same bytes as the report of the findings (${spec.format}${spec.baseline ? ' with a baseline' : ''}), added or not, mixed with files sent with their findings`, () => {
			const checked = spec.baseline ? [withBaseline, CLEAN, OTHER] : [DIRTY, CLEAN, OTHER];
			const extra: Partial<CheckRun> = spec.baseline ? { baseline: 'HEAD~1' } : {};
			const expected = joined(reportWriter(spec).report(run(checked, extra)));
			const mixed: ReportedFile[] = [written(checked[0], spec), checked[1], written(checked[2], spec)];
			for (const added of [[], mixed, [mixed[2]]]) {
				const writer = reportWriter(spec);
				added.forEach((file) => writer.add(file));
				assert.equal(joined(writer.report({ files: mixed, connectors: 2, problems: [], ...extra })), expected, `added ${added.length}`);
			}
		});
	}

	test("takes a written part as it is, and counts a written file's findings from its counts", () => {
		const spec: ReportSpec = { format: 'text', cwd: CWD, version: '1.2.3', baseline: false };
		const file: WrittenFile = { absolutePath: join(CWD, 'connectors', 'C', 'apiProperties.json'), kind: 'apiProperties', lineCount: 3, counts: { error: 2, warning: 0, information: 1, hint: 0 }, part: new TextEncoder().encode('as the thread wrote it\n') };
		assert.equal(joined(reportWriter(spec).report({ files: [file, OTHER], connectors: 2, problems: [] })).split('\n')[0], 'as the thread wrote it');
		assert.deepEqual(summarize([file, OTHER, CLEAN]), { error: 2, warning: 0, information: 2, hint: 1, files: 3 });
	});
});

describe('the text report written a file at a time', () => {
	test('lists the findings in the run order whichever files were added, then a blank line and the summary', () => {
		const output = assertSameWhateverAdded(() => new TextReportWriter(CWD), run([DIRTY, CLEAN, OTHER]));
		const a = join('connectors', 'A', 'apiDefinition.swagger.json');
		const b = join('connectors', 'B', 'apiDefinition.swagger.json');
		assert.equal(
			output,
			[
				`${a}:4:3 error op-summary-required The operation has no "summary" (operation GetA).`,
				`${a}:8:3 warning value-must-be-in-english Le résumé — « Café » ’s 。`,
				`${a}:10:3 error breaking-change An operation was removed.`,
				`${b}:2:3 information info-title-length The title is long.`,
				`${b}:3:3 hint style-hint A hint.`,
				'',
				'2 errors, 1 warning, 1 information, 1 hint in 3 files (2 connectors).',
				'',
			].join('\n'),
		);
	});

	test('says when nothing was found, without a blank line', () => {
		assert.equal(joined(new TextReportWriter(CWD).report(run([CLEAN], { connectors: 1 }))), 'No problems found in 1 file (1 connector).\n');
	});
});
