/**
 * A digest of the CLI's JSON over a corpus, small enough to keep in the repository: per file, the number of findings,
 * each rule's count, and a hash of the findings themselves (rule, severity, message, range, pointer, in order). Any
 * change to a finding changes the hash; the counts say where to look.
 */
import { createHash } from 'node:crypto';
import type { JsonReport } from '../../server/src/cli/jsonFormat';

export interface FileDigest {
	readonly findings: number;
	readonly rules: Record<string, number>;
	readonly sha256: string;
}

export type CorpusDigest = Record<string, FileDigest>;

export function digestOf(report: JsonReport): CorpusDigest {
	const digest: CorpusDigest = {};
	for (const file of [...report.files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
		const rules: Record<string, number> = {};
		for (const diagnostic of file.diagnostics) {
			rules[diagnostic.ruleId] = (rules[diagnostic.ruleId] ?? 0) + 1;
		}
		const sorted = Object.fromEntries(Object.entries(rules).sort(([a], [b]) => (a < b ? -1 : 1)));
		digest[file.path] = { findings: file.diagnostics.length, rules: sorted, sha256: createHash('sha256').update(JSON.stringify(file.diagnostics)).digest('hex') };
	}
	return digest;
}
