// Messages that stand alone (issue 13): in VS Code's Problems panel a row shows the rule and the message, so two
// findings of one rule with one message in one file cannot be told apart. Every rule names what it is about
// (`(parameter 'top' of ListInvoices)`), so over the repository's connectors no file has two such rows.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { check, parseText, type Finding } from '../server/src/engine/index';
import { RULES } from '../server/src/rules/index';
import { EVERY_RULE } from '../scripts/corpus-evidence';
import { checkedWithEveryRule } from './helpers/everyRule';

const ROOT = join(__dirname, '..');

/**
 * Rules whose rows may repeat, with the reason. json-syntax: VS Code shows its own syntax errors in JSON files and
 * ours are dropped there (the CLI keeps them); "A comma is expected." twice is two missing commas, told apart by line.
 */
const EXCEPTIONS: Readonly<Record<string, string>> = {
	'json-syntax': "VS Code lists its own JSON syntax errors instead of ours; each names no subject but its line's.",
};

/** `rule | message` for each finding that shares its rule and message with another finding of the same file. */
function indistinguishable(findings: readonly Finding[], label: string): string[] {
	const counts = new Map<string, number>();
	for (const finding of findings) {
		if (EXCEPTIONS[finding.ruleId] === undefined) {
			const key = `${label} ${finding.file}: ${finding.ruleId} | ${finding.message}`;
			counts.set(key, (counts.get(key) ?? 0) + 1);
		}
	}
	return [...counts].filter(([, count]) => count > 1).map(([key, count]) => `${key} (${count} rows)`);
}

test('exceptions name rules that exist', () => {
	const ids = new Set(RULES.map((rule) => rule.id));
	assert.deepEqual(Object.keys(EXCEPTIONS).filter((id) => !ids.has(id)), []);
});

test('over the fixtures and samples, no file has two findings of one rule with one message', async () => {
	const repeated: string[] = [];
	let connectors = 0;
	let findings = 0;
	for await (const checked of checkedWithEveryRule(RULES, [join(ROOT, 'test', 'fixtures'), join(ROOT, 'samples')])) {
		connectors++;
		findings += checked.findings.length;
		repeated.push(...indistinguishable(checked.findings, checked.folder.slice(ROOT.length + 1)));
	}
	// Egnyte, SignNow, Encodian and the other upstream connectors are among them: hundreds of findings of the same few rules.
	assert.ok(connectors >= 10 && findings >= 2000, `connectors: ${connectors}, findings: ${findings}`);
	assert.deepEqual(repeated, []);
});

test('over the swaggers of the upstream review pairs, before and after review, no two rows repeat', () => {
	const pairs = join(ROOT, 'test', 'fixtures', 'upstream', 'pairs');
	const repeated: string[] = [];
	for (const pair of readdirSync(pairs)) {
		for (const side of ['before.json', 'after.json']) {
			const swagger = parseText(readFileSync(join(pairs, pair, side), 'utf8'));
			repeated.push(...indistinguishable(Object.values(check(RULES, { swagger }, EVERY_RULE).findings).flat(), `${pair}/${side}`));
		}
	}
	assert.deepEqual(repeated, []);
});
