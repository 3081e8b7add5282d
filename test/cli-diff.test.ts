// `connector-certify diff <old> <new>`: the breaking-change rules over two versions of a connector, through the built
// CLI. Real updates from the upstream history (test/fixtures/upstream/updates, each old.json and new.json one commit
// apart, read by hand to confirm what they break), and folders made here for the apiProperties side and the errors.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { JsonReport } from '../server/src/cli/jsonFormat';
import { runCli } from './helpers/cli';

const UPDATES = join(__dirname, 'fixtures', 'upstream', 'updates');

/** `diff` of one real update as JSON: the exit code and each finding as [rule, 0-based line, ValuePath, message]. */
function diffUpdate(name: string): { status: number | null; rows: [string, number, string | undefined, string][]; report: JsonReport } {
	const result = runCli(['diff', join(UPDATES, name, 'old.json'), join(UPDATES, name, 'new.json'), '--format', 'json']);
	assert.equal(result.stderr, '');
	const report = JSON.parse(result.stdout) as JsonReport;
	assert.equal(report.files.length, 1);
	return { status: result.status, rows: report.files[0].diagnostics.map((d) => [d.ruleId, d.range.start.line, d.valuePath, d.message]), report };
}

function countByRule(rows: readonly [string, ...unknown[]][]): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const [ruleId] of rows) {
		counts[ruleId] = (counts[ruleId] ?? 0) + 1;
	}
	return counts;
}

describe('diff on real updates', () => {
	test('dox42 #3122 moved its calls to another path and a query parameter into a header', () => {
		const { status, rows } = diffUpdate('34-dox42');
		assert.equal(status, 1);
		assert.deepEqual(rows, [
			['breaking-path-changed', 20, 'operation/Dox42Call', 'The path template has been changed for the operation (operation Dox42Call, was GET /dox42RestService.ashx).'],
			['breaking-path-changed', 20, 'operation/Dox42CallPost', 'The path template has been changed for the operation (operation Dox42CallPost, was POST /dox42RestService.ashx).'],
			['breaking-parameter-location-changed', 44, 'operation/Dox42Call/parameter/querystring', "The location has been changed for the parameter, from 'query' to 'header' (parameter 'querystring' of Dox42Call)."],
			['breaking-parameter-location-changed', 82, 'operation/Dox42CallPost/parameter/querystring', "The location has been changed for the parameter, from 'query' to 'header' (parameter 'querystring' of Dox42CallPost)."],
		]);
	});

	test('Abstract Timezones #3325 changed two output fields from integer to number', () => {
		const { status, rows } = diffUpdate('37-Abstract_Timezones');
		assert.equal(status, 1);
		assert.deepEqual(rows, [
			['breaking-output-type-changed', 126, 'operation/ConvertTime/responses/200/schema/base_location/gmt_offset/type', "The type has been changed for the output field, from 'integer' to 'number' (output field 'base_location/gmt_offset' of the 200 response of ConvertTime)."],
			['breaking-output-type-changed', 181, 'operation/ConvertTime/responses/200/schema/target_location/gmt_offset/type', "The type has been changed for the output field, from 'integer' to 'number' (output field 'target_location/gmt_offset' of the 200 response of ConvertTime)."],
		]);
	});

	test('RegEx Matching #1729 changed an input from integer to string', () => {
		const { status, rows } = diffUpdate('40-RegEx_Matching');
		assert.equal(status, 1);
		assert.deepEqual(rows, [['breaking-input-type-changed', 279, 'operation/RegexPattern/parameter/text/type', "The type has been changed for the input field, from 'integer' to 'string' (parameter 'text' of RegexPattern)."]]);
	});

	test('MyHospitals #1495 wrapped its responses in { result, version_information }: the old top-level output fields are gone', () => {
		// One list became an object: its type change is reported once, not again for each field of its items.
		const { status, rows } = diffUpdate('39-MyHospitals_by_AIHW');
		assert.equal(status, 1);
		assert.deepEqual(countByRule(rows), { 'breaking-output-deleted': 43, 'breaking-parameter-deleted': 1, 'breaking-output-type-changed': 1, 'breaking-made-internal': 2 });
		// GetCaveat returned a CaveatModel; now the model is under `result`.
		assert.deepEqual(rows[0], ['breaking-output-deleted', 55, 'operation/GetCaveat/responses/200/schema/caveat_code', "The output field has been deleted. This change breaks existing flows (output field 'caveat_code' of the 200 response of GetCaveat)."]);
		// A deleted parameter is reported on the operation's parameters, not on the parameter that took its place.
		assert.deepEqual(
			rows.find((row) => row[0] === 'breaking-parameter-deleted'),
			['breaking-parameter-deleted', 529, 'operation/GetReportedMeasures/parameter/reported_measure_category_code', "The input field has been deleted. This change breaks existing flows (parameter 'reported_measure_category_code' of GetReportedMeasures)."],
		);
	});

	test('absentify #3622 removed deprecated fields from two webhook triggers\' notifications: warnings', () => {
		const { status, rows } = diffUpdate('33-absentify');
		assert.equal(status, 1);
		assert.deepEqual(countByRule(rows), { 'breaking-notification-schema-changed': 10 });
		assert.deepEqual(rows[0].slice(0, 3), ['breaking-notification-schema-changed', 127, 'operation/TriggerRequestCreated/responses/x-ms-notification-content/schema/details/approver_member']);
	});

	test('touchSMS #3395 only renamed the connector: nothing breaks, exit 0', () => {
		const { status, rows, report } = diffUpdate('36-touchSMS');
		assert.equal(status, 0);
		assert.deepEqual(rows, []);
		assert.deepEqual(report.summary, { errors: 0, warnings: 0, information: 0, hints: 0, files: 1 });
	});
});

describe('diff on connector folders', () => {
	let scratch: string;

	const swagger = (operations: Record<string, unknown>) => ({
		swagger: '2.0',
		info: { title: 'Invoices', version: '1.0' },
		host: 'api.example.com',
		paths: { '/invoices': operations },
	});
	const apiProperties = (parameters: Record<string, unknown>) => ({ properties: { connectionParameters: parameters } });
	const connector = (name: string, files: { swagger?: object; apiProperties?: object }): string => {
		const folder = join(scratch, name);
		mkdirSync(folder, { recursive: true });
		if (files.swagger) {
			writeFileSync(join(folder, 'apiDefinition.swagger.json'), JSON.stringify(files.swagger, null, 2));
		}
		if (files.apiProperties) {
			writeFileSync(join(folder, 'apiProperties.json'), JSON.stringify(files.apiProperties, null, 2));
		}
		return folder;
	};

	before(() => {
		scratch = mkdtempSync(join(tmpdir(), 'connector-certify-diff-'));
	});
	after(() => rmSync(scratch, { recursive: true, force: true }));

	test('compares both files of two folders and reports into the new ones, with text output and exit 1', () => {
		const list = { operationId: 'ListInvoices', responses: { 200: { description: 'OK' } } };
		const apiKey = { type: 'securestring', uiDefinition: { constraints: { required: 'true' } } };
		const old = connector('old', { swagger: swagger({ get: list, post: { operationId: 'CreateInvoice', responses: { 200: { description: 'OK' } } } }), apiProperties: apiProperties({ api_key: apiKey }) });
		const now = connector('new', { swagger: swagger({ get: list }), apiProperties: apiProperties({ token: apiKey }) });
		const result = runCli(['diff', old, now], { cwd: scratch });
		assert.equal(result.stderr, '');
		assert.equal(result.status, 1);
		assert.equal(
			result.stdout,
			[
				"new/apiDefinition.swagger.json:9:5 error breaking-operation-deleted The operation has been deleted. This change breaks existing flows (operation CreateInvoice, POST /invoices).",
				"new/apiProperties.json:3:5 warning breaking-connection-changed The connection parameter has been deleted: existing connections stop working (connection parameter 'api_key').",
				"new/apiProperties.json:4:7 warning breaking-connection-changed A required connection parameter has been added: existing connections do not have it (connection parameter 'token').",
				'',
				"Update against old: major (Microsoft's review: about 6–10 weeks); 3 changes are outside Microsoft's minor-update list:",
				'  removed operation POST /invoices',
				'  removed properties/connectionParameters/api_key in apiProperties.json',
				'  added properties/connectionParameters/token in apiProperties.json',
				'1 error, 2 warnings, 0 information, 0 hints in 2 files (1 connector).',
				'',
			].join('\n'),
		);
	});

	test('an update that only rewords descriptions and summaries is minor; a new script.csx makes it major', () => {
		const list = (summary: string, description: string) => ({ operationId: 'ListInvoices', summary, description, responses: { 200: { description: 'OK' } } });
		connector('reworded-old', { swagger: swagger({ get: list('List invoices', 'Lists the invoices.') }) });
		const now = connector('reworded-new', { swagger: { ...swagger({ get: list('List all invoices', 'Lists every invoice.') }), info: { title: 'Invoices', version: '1.0', description: 'Invoices of Contoso.' } } });
		const minor = runCli(['diff', 'reworded-old', 'reworded-new'], { cwd: scratch });
		assert.equal(minor.status, 0);
		assert.equal(minor.stdout, "Update against reworded-old: minor (Microsoft's review: about 4–5 weeks); every change is on Microsoft's minor-update list (3 changes).\nNo problems found in 1 file (1 connector).\n");
		writeFileSync(join(now, 'script.csx'), 'public class Script : ScriptBase { }\n');
		const major = runCli(['diff', 'reworded-old', 'reworded-new', '--format', 'json'], { cwd: scratch });
		assert.equal(major.status, 0);
		assert.deepEqual((JSON.parse(major.stdout) as JsonReport).updates, [
			{
				path: 'reworded-new',
				against: 'reworded-old',
				kind: 'major',
				reviewTime: '6–10 weeks',
				changes: [
					{ file: 'script', change: 'added', jsonPointer: '', minor: false, description: 'added script.csx' },
					{ file: 'swagger', change: 'added', jsonPointer: '/info/description', minor: true, description: 'added info/description' },
					{ file: 'swagger', change: 'changed', jsonPointer: '/paths/~1invoices/get/summary', minor: true, description: 'changed summary of GET /invoices' },
					{ file: 'swagger', change: 'changed', jsonPointer: '/paths/~1invoices/get/description', minor: true, description: 'changed description of GET /invoices' },
				],
			},
		]);
	});

	test('an unchanged connector compared with itself reports nothing, exit 0', () => {
		const folder = connector('same', { swagger: swagger({ get: { operationId: 'ListInvoices', responses: { 200: { description: 'OK' } } } }) });
		const result = runCli(['diff', folder, folder, '--format', 'sarif']);
		assert.equal(result.status, 0);
		assert.deepEqual((JSON.parse(result.stdout) as { runs: { results: unknown[] }[] }).runs[0].results, []);
	});

	test('a named pipe called script.csx is passed over, not read for ever', () => {
		// fs.readFile on a FIFO waits for a writer that never comes: the run timed out here before.
		const folder = connector('piped', { swagger: swagger({ get: { operationId: 'ListInvoices', responses: { 200: { description: 'OK' } } } }) });
		execFileSync('mkfifo', [join(folder, 'script.csx')]);
		const result = runCli(['diff', 'piped', 'piped'], { cwd: scratch, timeoutMs: 10_000 });
		assert.equal(result.stderr, '');
		assert.equal(result.status, 0);
		assert.equal(result.stdout, 'Update against piped: no change to the definition files.\nNo problems found in 1 file (1 connector).\n');
	});

	test('a side that is missing, not a connector or not valid JSON is exit 2 with one line saying which', () => {
		const good = connector('good', { swagger: swagger({}) });
		const empty = join(scratch, 'empty');
		mkdirSync(empty, { recursive: true });
		const broken = join(scratch, 'broken.json');
		writeFileSync(broken, '{ "swagger": ');
		const cases: [string[], string][] = [
			[['diff', good], 'connector-certify: diff takes two versions: diff <old> <new> (each a connector folder or a swagger file) (see connector-certify --help).\n'],
			[['diff', good, join(scratch, 'missing')], `connector-certify: cannot read the new version "${join(scratch, 'missing')}": the path does not exist.\n`],
			[['diff', empty, good], `connector-certify: the old version "${empty}" is not a connector folder (no apiDefinition.swagger.json or apiProperties.json in it).\n`],
			[['diff', broken, good], 'connector-certify: cannot compare: the old version\'s "broken.json" is not valid JSON (check it first).\n'],
			[['diff', good, good, '--profile', 'strict'], 'connector-certify: diff takes only --format and --rule (see connector-certify --help).\n'],
		];
		for (const [args, stderr] of cases) {
			const result = runCli(args, { cwd: scratch });
			assert.equal(result.status, 2, args.join(' '));
			assert.equal(result.stderr, stderr);
			assert.equal(result.stdout, '');
		}
	});
});

describe('check --against a git ref', () => {
	let repo: string;
	const git = (...args: string[]) => {
		const result = spawnSync('git', args, { cwd: repo, encoding: 'utf8' });
		assert.equal(result.status, 0, result.stderr);
		return result.stdout;
	};
	/** The breaking-change findings of `check <args>` as JSON: [rule, ValuePath]. */
	const breaking = (args: string[], cwd: string) => {
		const result = runCli(['check', ...args, '--format', 'json', '--rule', '*=off', '--rule', 'breaking-*=error'], { cwd });
		const report = JSON.parse(result.stdout) as JsonReport;
		return { status: result.status, stderr: result.stderr, rows: report.files.flatMap((file) => file.diagnostics.map((d) => [d.ruleId, d.valuePath])) };
	};

	before(() => {
		repo = mkdtempSync(join(tmpdir(), 'connector-certify-against-'));
		git('init', '-q');
		git('config', 'user.email', 'test@example.com');
		git('config', 'user.name', 'Test');
		mkdirSync(join(repo, 'dox42'));
		cpSync(join(UPDATES, '34-dox42', 'old.json'), join(repo, 'dox42', 'apiDefinition.swagger.json'));
		git('add', '.');
		git('commit', '-q', '-m', 'first');
		cpSync(join(UPDATES, '34-dox42', 'new.json'), join(repo, 'dox42', 'apiDefinition.swagger.json'));
		git('commit', '-q', '-a', '-m', 'second');
	});
	after(() => rmSync(repo, { recursive: true, force: true }));

	test('HEAD~1 is the previous version: its breaking changes join the findings, and git is only read', () => {
		const { status, stderr, rows } = breaking(['dox42', '--against', 'HEAD~1'], repo);
		assert.equal(stderr, '');
		assert.equal(status, 1);
		assert.deepEqual(rows, [
			['breaking-path-changed', 'operation/Dox42Call'],
			['breaking-path-changed', 'operation/Dox42CallPost'],
			['breaking-parameter-location-changed', 'operation/Dox42Call/parameter/querystring'],
			['breaking-parameter-location-changed', 'operation/Dox42CallPost/parameter/querystring'],
		]);
		assert.equal(git('status', '--porcelain'), '');
		// Against the commit the file is at, nothing changed.
		assert.deepEqual(breaking(['dox42', '--against', 'HEAD'], repo).rows, []);
	});

	test('the update against the ref is classed minor or major, with what makes it major', () => {
		const major = runCli(['check', 'dox42', '--against', 'HEAD~1', '--rule', '*=off'], { cwd: repo });
		assert.equal(major.stdout, [
			"Update against HEAD~1: major (Microsoft's review: about 6–10 weeks); 2 changes are outside Microsoft's minor-update list:",
			'  removed path /dox42RestService.ashx',
			'  added path /',
			'No problems found in 1 file (1 connector).',
			'',
		].join('\n'));
		const same = runCli(['check', 'dox42', '--against', 'HEAD', '--rule', '*=off', '--format', 'json'], { cwd: repo });
		assert.deepEqual((JSON.parse(same.stdout) as JsonReport).updates, [{ path: 'dox42', against: 'HEAD', kind: 'unchanged', changes: [] }]);
		// Without --against there is nothing to class.
		assert.equal((JSON.parse(runCli(['check', 'dox42', '--rule', '*=off', '--format', 'json'], { cwd: repo }).stdout) as JsonReport).updates, undefined);
	});

	test('a ref the repository lacks, or a folder outside any repository, compares nothing and says so once', () => {
		const missing = breaking(['dox42', '--against', 'no-such-branch'], repo);
		assert.deepEqual(missing.rows, []);
		assert.equal(missing.status, 0);
		assert.equal(missing.stderr, 'connector-certify: no breaking-change check of "dox42" against no-such-branch: the repository has no commit "no-such-branch".\n');
		const outside = mkdtempSync(join(tmpdir(), 'connector-certify-no-git-'));
		try {
			cpSync(join(repo, 'dox42'), join(outside, 'dox42'), { recursive: true });
			const result = breaking(['dox42', '--against', 'HEAD'], outside);
			assert.deepEqual(result.rows, []);
			assert.equal(result.status, 0);
			assert.equal(result.stderr, 'connector-certify: no breaking-change check of "dox42" against HEAD: the folder is not in a git repository.\n');
		} finally {
			rmSync(outside, { recursive: true, force: true });
		}
	});
});

describe('check --baseline a git ref', () => {
	let repo: string;
	const git = (...args: string[]) => assert.equal(spawnSync('git', args, { cwd: repo }).status, 0, `git ${args.join(' ')}`);
	const file = () => join(repo, 'notes', 'apiDefinition.swagger.json');

	before(() => {
		repo = mkdtempSync(join(tmpdir(), 'connector-certify-baseline-'));
		cpSync(join(__dirname, 'fixtures', 'cli', 'clean-connector'), join(repo, 'notes'), { recursive: true });
		// The committed version's noteId parameter already lacks its x-ms-summary: an old problem.
		const swagger = JSON.parse(readFileSync(file(), 'utf8'));
		delete swagger.paths['/notes/{noteId}'].get.parameters[0]['x-ms-summary'];
		writeFileSync(file(), JSON.stringify(swagger, null, 2));
		git('init', '-q');
		git('config', 'user.email', 'test@example.com');
		git('config', 'user.name', 'Test');
		git('add', '.');
		git('commit', '-q', '-m', 'old');
		// The working tree adds a problem (the operation loses its summary) and a parameter above noteId, which moves it
		// from parameters/0 to parameters/1: its old problem must still be recognised as old.
		const get = swagger.paths['/notes/{noteId}'].get;
		delete get.summary;
		get.parameters.unshift({ name: 'format', in: 'query', type: 'string', required: false, 'x-ms-summary': 'Format', description: 'The format of the note.', 'x-ms-visibility': 'advanced' });
		writeFileSync(file(), JSON.stringify(swagger, null, 2));
	});
	after(() => rmSync(repo, { recursive: true, force: true }));

	const rules = (report: JsonReport) => report.files.flatMap((f) => f.diagnostics.map((d) => d.ruleId));

	test('only the findings the ref did not have are reported, and exit 1 rests on them', () => {
		const all = runCli(['check', 'notes', '--format', 'json'], { cwd: repo });
		assert.deepEqual(rules(JSON.parse(all.stdout) as JsonReport).sort(), ['op-summary-required', 'param-x-ms-summary-required']);
		const fresh = runCli(['check', 'notes', '--format', 'json', '--baseline', 'HEAD'], { cwd: repo });
		assert.equal(fresh.stderr, '');
		assert.equal(fresh.status, 1);
		assert.deepEqual(rules(JSON.parse(fresh.stdout) as JsonReport), ['op-summary-required']);
	});

	test('SARIF marks the new result new and lists the old one as unchanged', () => {
		const sarif = JSON.parse(runCli(['check', 'notes', '--format', 'sarif', '--baseline', 'HEAD'], { cwd: repo }).stdout) as { runs: { results: { ruleId: string; baselineState: string }[] }[] };
		assert.deepEqual(
			sarif.runs[0].results.map((result) => [result.ruleId, result.baselineState]),
			[
				['op-summary-required', 'new'],
				['param-x-ms-summary-required', 'unchanged'],
			],
		);
	});

	test('without a usable baseline every finding is reported, with a note', () => {
		const result = runCli(['check', 'notes', '--format', 'json', '--baseline', 'no-such-ref'], { cwd: repo });
		assert.deepEqual(rules(JSON.parse(result.stdout) as JsonReport).sort(), ['op-summary-required', 'param-x-ms-summary-required']);
		assert.equal(result.stderr, 'connector-certify: no baseline for "notes" at no-such-ref: the repository has no commit "no-such-ref"; every finding is reported.\n');
	});
});
