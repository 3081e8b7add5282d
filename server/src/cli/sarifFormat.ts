/**
 * `--format sarif`: SARIF 2.1.0 for code-scanning services. Regions are 1-based with UTF-16 columns and an exclusive
 * end column, URIs are relative to the working directory (`%SRCROOT%`), and the JSON pointer of each finding is kept
 * as its logical location and, hashed with the rule and file, as a partial fingerprint that survives line moves.
 */
import type * as Crypto from 'node:crypto';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as sarif from 'sarif';
import { type Severity } from '../engine/index';
import { RULES } from '../rules/index';
import { toJsonUpdates } from './jsonFormat';
import { ruleDocsUrl } from '../engine/docs';
import { displayPath, type CheckedFile, type CheckRun, type ReportedFile, type ReportedFinding } from '../commands/check';
import { FileByFileReport, JsonListSplice } from './reportWriter';
import { isJsonFileKind } from '../core/connector';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVELS: Record<Severity, sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** A relative path as a URI reference: each segment percent-encoded (connector folders have spaces). */
function relativeUri(posixPath: string): string {
	return posixPath.split('/').map(encodeURIComponent).join('/');
}

/** Loaded when first needed: node:crypto costs every CLI run 2.5 ms, and only SARIF output hashes. */
let crypto: typeof Crypto | undefined;

function fingerprint(ruleId: string, uri: string, finding: ReportedFinding): string {
	crypto ??= require('node:crypto') as typeof Crypto;
	return crypto.createHash('sha256').update(`${ruleId}\u0000${uri}\u0000${finding.jsonPointer}\u0000${finding.message}`).digest('hex').slice(0, 32);
}

/** Each rule's index in the log's `rules`, which lists RULES in order. */
let ruleIndexes: Map<string, number> | undefined;

/** `file`'s results; `baseline` marks each new or unchanged (a run with `--baseline`). */
function fileResults(file: CheckedFile, cwd: string, baseline: boolean): sarif.Result[] {
	const indexes = (ruleIndexes ??= new Map(RULES.map((rule, index) => [rule.id, index])));
	const uri = relativeUri(displayPath(file.absolutePath, cwd, 'posix'));
	const artifactLocation: sarif.ArtifactLocation = path.isAbsolute(displayPath(file.absolutePath, cwd, 'native')) ? { uri: pathToFileURL(file.absolutePath).href } : { uri, uriBaseId: '%SRCROOT%' };
	// With a baseline, the new findings and then those the baseline had, each marked (SARIF's baselineState).
	const marked = [...file.findings.map((finding) => [finding, 'new'] as const), ...(file.unchanged ?? []).map((finding) => [finding, 'unchanged'] as const)];
	return marked.map(([finding, state]) => {
		const { start, end } = finding.range;
		const index = indexes.get(finding.ruleId);
		return {
			ruleId: finding.ruleId,
			...(index !== undefined ? { ruleIndex: index } : {}),
			level: LEVELS[finding.severity],
			message: { text: finding.message },
			locations: [
				{
					physicalLocation: {
						artifactLocation,
						region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
					},
					// Findings on the icon, script.csx, readme.md or intro.md are about text or bytes, not a JSON node.
					...(isJsonFileKind(finding.file) ? { logicalLocations: [{ fullyQualifiedName: finding.jsonPointer, kind: 'object' }] } : {}),
				},
			],
			partialFingerprints: { 'connectorCertify/jsonPointer/v1': fingerprint(finding.ruleId, uri, finding) },
			...(baseline ? { baselineState: state } : {}),
			...(isJsonFileKind(finding.file) ? { properties: { jsonPointer: finding.jsonPointer, ...(typeof finding.data?.valuePath === 'string' ? { valuePath: finding.data.valuePath } : {}) } } : {}),
		};
	});
}

/** The log without its results, which `RESULTS` fills in. */
function emptyLog(run: CheckRun<ReportedFile>, cwd: string, version: string): sarif.Log {
	const rules: sarif.ReportingDescriptor[] = RULES.map((rule) => ({
		id: rule.id,
		...(rule.msCode ? { name: rule.msCode } : {}),
		shortDescription: { text: rule.description },
		helpUri: ruleDocsUrl(rule.id),
		defaultConfiguration: { level: LEVELS[rule.severity] },
		properties: { profiles: [...rule.profiles], fixable: rule.fixable },
	}));
	return {
		$schema: SARIF_SCHEMA,
		version: '2.1.0',
		runs: [
			{
				tool: { driver: { name: 'connector-certify', version, semanticVersion: version, informationUri: 'https://github.com/connector-certify/connector-certify', rules } },
				originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd).href.replace(/\/?$/, '/') } },
				columnKind: 'utf16CodeUnits',
				// The run is successful when every connector could be read and checked.
				invocations: [{ executionSuccessful: run.problems.length === 0 }],
				results: [],
				// Whether Microsoft will class the update minor or major (`--against`, `diff`): a property bag, as SARIF has no place for it.
				...(run.updates ? { properties: { updates: toJsonUpdates(run, cwd) } } : {}),
			},
		],
	};
}

/** `runs[0].results`, in the log as JSON.stringify indents it. */
const RESULTS = new JsonListSplice('results', 3);

/** `--format sarif`, written a file at a time (see ReportWriter). `baseline`: whether the run compares with one. */
export class SarifReportWriter extends FileByFileReport {
	readonly #version: string;
	readonly #baseline: boolean;

	constructor(cwd: string, version: string, baseline: boolean) {
		super(cwd);
		this.#version = version;
		this.#baseline = baseline;
	}

	filePart(file: CheckedFile): Buffer | undefined {
		return RESULTS.encode(fileResults(file, this.cwd, this.#baseline));
	}

	report(run: CheckRun<ReportedFile>): Buffer[] {
		if ((run.baseline !== undefined) !== this.#baseline) {
			throw new Error('the SARIF report was set up for another baseline than the run had');
		}
		return RESULTS.fill(JSON.stringify(emptyLog(run, this.cwd, this.#version), null, 2) + '\n', this.parts(run));
	}
}
