/**
 * `npm run corpus-report -- <folder> [--out report.md] [--json report.json]`
 * `npm run corpus-report -- --precision [<dev corpus>]`: errors on swaggers Microsoft accepted, per profile and rule.
 * `npm run corpus-report -- --evidence [<dev corpus>]`: rewrites docs/rules/evidence.json and the rule pages' Evidence.
 *
 * Checks every connector under a folder with every rule (each at its default severity, whatever its profiles) and
 * reports, per rule, how many findings it makes and on what share of the connectors it fires, and per connector its
 * counts by rule. This is how rules are calibrated against real connectors: an error that fires on most certified
 * connectors needs evidence that Microsoft enforces it now, or a correction.
 */
import { existsSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { JSON_FILE_KINDS } from '../server/src/core/connector';
import { DEFAULT_CONFIG, check, parseText, type Finding, type Profile } from '../server/src/engine/index';
import { RULES } from '../server/src/rules/index';
import { fixAll } from '../server/src/engine/fixes';
import { findConnectorFolders, loadConnector } from '../server/src/host/nodeConnector';
import { DEV_CORPUS, EVERY_RULE, EVIDENCE_PATH, evidenceFile, measureCorpus, renderEvidenceFile, renderPrecision } from './corpus-evidence';
import { writeRulePages } from './rules-index';

export interface CorpusReport {
	readonly root: string;
	readonly connectors: readonly { readonly name: string; readonly counts: Readonly<Record<string, number>> }[];
	readonly rules: readonly { readonly id: string; readonly severity: string; readonly profiles: readonly Profile[]; readonly connectors: number; readonly findings: number }[];
	/** With the default profile: findings before and after fix-all (in memory; nothing is written). */
	readonly fixAll: { readonly before: number; readonly after: number; readonly byRule: Readonly<Record<string, number>> };
	readonly elapsedMs: number;
}

export async function buildReport(root: string): Promise<CorpusReport> {
	const started = performance.now();
	const folders = await findConnectorFolders(root);
	const connectors: { name: string; counts: Record<string, number> }[] = [];
	const fixAllTotals = { before: 0, after: 0, byRule: {} as Record<string, number> };
	for (const folder of folders) {
		const loaded = await loadConnector(folder);
		// Every rule runs at its own default severity, so strict-only rules are measured too.
		const result = check(RULES, loaded.input, EVERY_RULE);
		// What fix-all would remove under the default profile, both files in turn as the CLI does.
		const countOf = (input: typeof loaded.input) => Object.values(check(RULES, input, DEFAULT_CONFIG).findings).flat().length;
		let fixed = loaded.input;
		fixAllTotals.before += countOf(fixed);
		for (const kind of JSON_FILE_KINDS) {
			const file = fixed[kind];
			if (file && !file.doc.fatal) {
				const outcome = fixAll(RULES, fixed, kind, DEFAULT_CONFIG);
				for (const [id, count] of Object.entries(outcome.byRule)) {
					fixAllTotals.byRule[id] = (fixAllTotals.byRule[id] ?? 0) + count;
				}
				fixed = { ...fixed, [kind]: parseText(outcome.text) };
			}
		}
		fixAllTotals.after += countOf(fixed);
		const counts: Record<string, number> = {};
		for (const finding of Object.values(result.findings).flat() as Finding[]) {
			counts[finding.ruleId] = (counts[finding.ruleId] ?? 0) + 1;
		}
		connectors.push({ name: path.relative(root, folder.folder) || path.basename(folder.folder), counts });
	}
	const rules = RULES.map((rule) => ({
		id: rule.id,
		severity: rule.severity,
		profiles: rule.profiles,
		connectors: connectors.filter((connector) => connector.counts[rule.id]).length,
		findings: connectors.reduce((sum, connector) => sum + (connector.counts[rule.id] ?? 0), 0),
	})).sort((a, b) => b.connectors - a.connectors || b.findings - a.findings || a.id.localeCompare(b.id));
	return { root, connectors, rules, fixAll: fixAllTotals, elapsedMs: performance.now() - started };
}

function percent(part: number, whole: number): string {
	return whole ? `${((100 * part) / whole).toFixed(0)}%` : '—';
}

export function renderMarkdown(report: CorpusReport): string {
	const total = report.connectors.length;
	const firing = report.rules.filter((rule) => rule.connectors > 0);
	const lines = [
		`# Corpus report: ${report.root}`,
		'',
		`${total} connectors, ${RULES.length} rules (each at its default severity), ${report.rules.reduce((s, r) => s + r.findings, 0)} findings, checked in ${(report.elapsedMs / 1000).toFixed(1)} s.`,
		`${firing.length} rules fire on at least one connector; ${RULES.length - firing.length} fire on none.`,
		'',
		`Fix-all (default profile, in memory): ${report.fixAll.before} findings before, ${report.fixAll.after} after: ${percent(report.fixAll.before - report.fixAll.after, report.fixAll.before)} removed (${Object.entries(report.fixAll.byRule)
			.sort((a, b) => b[1] - a[1])
			.map(([id, n]) => `${id} ${n}`)
			.join(', ') || 'no fixes'}).`,
		'',
		'## Rules',
		'',
		'| Rule | Severity | Profiles | Connectors | Share | Findings |',
		'|---|---|---|---:|---:|---:|',
		...firing.map((rule) => `| ${rule.id} | ${rule.severity} | ${rule.profiles.join(', ')} | ${rule.connectors} | ${percent(rule.connectors, total)} | ${rule.findings} |`),
		'',
		`Rules that fire on no connector: ${report.rules.filter((rule) => rule.connectors === 0).map((rule) => rule.id).join(', ') || 'none'}.`,
		'',
		'## Connectors',
		'',
		'| Connector | Errors | Warnings | Information | Findings by rule |',
		'|---|---:|---:|---:|---|',
	];
	const severityOf = new Map(RULES.map((rule) => [rule.id, rule.severity]));
	for (const connector of report.connectors) {
		const entries = Object.entries(connector.counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
		const by = (severity: string) => entries.filter(([id]) => severityOf.get(id) === severity).reduce((s, [, n]) => s + n, 0);
		lines.push(`| ${connector.name} | ${by('error')} | ${by('warning')} | ${by('information')} | ${entries.map(([id, n]) => `${id} ${n}`).join(', ')} |`);
	}
	return `${lines.join('\n')}\n`;
}

async function main(): Promise<void> {
	const { values, positionals } = parseArgs({
		allowPositionals: true,
		options: { out: { type: 'string' }, json: { type: 'string' }, precision: { type: 'boolean' }, evidence: { type: 'boolean' } },
	});
	if (values.precision || values.evidence) {
		const corpus = positionals[0] ? path.resolve(positionals[0]) : DEV_CORPUS;
		if (!existsSync(path.join(corpus, 'SWAGGER-DATES.md'))) {
			throw new Error(`${corpus} is not the dev corpus (no SWAGGER-DATES.md): clone ../shared beside the repository or name the folder`);
		}
		const measure = await measureCorpus(corpus);
		if (values.precision) {
			process.stdout.write(renderPrecision(measure));
		}
		if (values.evidence) {
			writeFileSync(EVIDENCE_PATH, renderEvidenceFile(evidenceFile(measure)));
			const pages = writeRulePages();
			console.error(`Wrote ${path.relative(process.cwd(), EVIDENCE_PATH)} and the Evidence sections of ${pages} rule pages.`);
		}
		return;
	}
	if (positionals.length !== 1) {
		throw new Error('usage: npm run corpus-report -- <folder> [--out report.md] [--json report.json] | --precision [<dev corpus>] | --evidence [<dev corpus>]');
	}
	const report = await buildReport(path.resolve(positionals[0]));
	const markdown = renderMarkdown(report);
	if (values.out) {
		writeFileSync(values.out, markdown);
		console.error(`Wrote ${values.out}.`);
	} else {
		process.stdout.write(markdown);
	}
	if (values.json) {
		writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
		console.error(`Wrote ${values.json}.`);
	}
}

if (require.main === module) {
	main().catch((error: unknown) => {
		console.error(`corpus-report: ${error instanceof Error ? error.message : String(error)}`);
		process.exit(2);
	});
}
