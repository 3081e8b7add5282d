/**
 * `--format sarif`: SARIF 2.1.0 for code-scanning services. Regions are 1-based with UTF-16 columns and an exclusive
 * end column, URIs are relative to the working directory (`%SRCROOT%`), and the JSON pointer of each finding is kept
 * as its logical location and, hashed with the rule and file, as a partial fingerprint that survives line moves.
 */
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as sarif from 'sarif';
import { type Severity } from '../engine/index';
import { RULES } from '../rules/index';
import { toJsonUpdates } from './jsonFormat';
import { ruleDocsUrl } from '../engine/docs';
import { displayPath, type CheckRun, type ReportedFinding } from '../commands/check';
import { isJsonFileKind } from '../core/connector';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVELS: Record<Severity, sarif.ReportingConfiguration.level> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/** A relative path as a URI reference: each segment percent-encoded (connector folders have spaces). */
function relativeUri(posixPath: string): string {
	return posixPath.split('/').map(encodeURIComponent).join('/');
}

function fingerprint(ruleId: string, uri: string, finding: ReportedFinding): string {
	return createHash('sha256').update(`${ruleId}\u0000${uri}\u0000${finding.jsonPointer}\u0000${finding.message}`).digest('hex').slice(0, 32);
}

export function toSarifLog(run: CheckRun, cwd: string, version: string, executionSuccessful: boolean): sarif.Log {
	const ruleIndex = new Map(RULES.map((rule, index) => [rule.id, index]));
	const rules: sarif.ReportingDescriptor[] = RULES.map((rule) => ({
		id: rule.id,
		...(rule.msCode ? { name: rule.msCode } : {}),
		shortDescription: { text: rule.description },
		helpUri: ruleDocsUrl(rule.id),
		defaultConfiguration: { level: LEVELS[rule.severity] },
		properties: { profiles: [...rule.profiles], fixable: rule.fixable },
	}));
	const results: sarif.Result[] = [];
	for (const file of run.files) {
		const uri = relativeUri(displayPath(file.absolutePath, cwd, 'posix'));
		const artifactLocation: sarif.ArtifactLocation = path.isAbsolute(displayPath(file.absolutePath, cwd, 'native'))
			? { uri: pathToFileURL(file.absolutePath).href }
			: { uri, uriBaseId: '%SRCROOT%' };
		// With a baseline, the new findings and then those the baseline had, each marked (SARIF's baselineState).
		const marked = [...file.findings.map((finding) => [finding, 'new'] as const), ...(file.unchanged ?? []).map((finding) => [finding, 'unchanged'] as const)];
		for (const [finding, state] of marked) {
			const { start, end } = finding.range;
			const index = ruleIndex.get(finding.ruleId);
			results.push({
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
				...(run.baseline !== undefined ? { baselineState: state } : {}),
				...(isJsonFileKind(finding.file) ? { properties: { jsonPointer: finding.jsonPointer, ...(typeof finding.data?.valuePath === 'string' ? { valuePath: finding.data.valuePath } : {}) } } : {}),
			});
		}
	}
	return {
		$schema: SARIF_SCHEMA,
		version: '2.1.0',
		runs: [
			{
				tool: { driver: { name: 'connector-certify', version, semanticVersion: version, informationUri: 'https://github.com/connector-certify/connector-certify', rules } },
				originalUriBaseIds: { '%SRCROOT%': { uri: pathToFileURL(cwd).href.replace(/\/?$/, '/') } },
				columnKind: 'utf16CodeUnits',
				invocations: [{ executionSuccessful }],
				results,
				// Whether Microsoft will class the update minor or major (`--against`, `diff`): a property bag, as SARIF has no place for it.
				...(run.updates ? { properties: { updates: toJsonUpdates(run, cwd) } } : {}),
			},
		],
	};
}

export function formatSarif(run: CheckRun, cwd: string, version: string, executionSuccessful: boolean): string {
	return JSON.stringify(toSarifLog(run, cwd, version, executionSuccessful), null, 2) + '\n';
}
