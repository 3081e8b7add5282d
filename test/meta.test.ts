// The catalogue stays honest: every registered rule has a test file and a doc page named by its id, the page's
// description equals the rule's, ids are unique kebab-case, and every rule declares complete metadata.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { RULES } from '../server/src/rules/index';
import { PROFILES, SEVERITIES } from '../server/src/engine/types';
import { INDEX_PATH, PACKAGE_PATH, changelogTopSection, pageWithEvidence, readEvidenceFile, renderEvidenceSection, renderIndex, ruleOptionsSchema } from '../scripts/rules-index';
import { SEVERITY_BASES, SOURCES } from '../server/src/engine/evidence';

const root = join(__dirname, '..');
const RULES_DIR = join(root, 'server/src/rules');

/** Rule files by id, with the area folder each sits in (`rules/<area>/<id>.ts`; `_*.ts` are an area's helpers, `shared/` holds helpers used by several areas). */
const ruleFiles = new Map<string, string[]>();
for (const area of readdirSync(RULES_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory() && entry.name !== 'shared')) {
	for (const file of readdirSync(join(RULES_DIR, area.name)).filter((f) => f.endsWith('.ts') && !f.startsWith('_'))) {
		ruleFiles.set(file.slice(0, -3), [...(ruleFiles.get(file.slice(0, -3)) ?? []), area.name]);
	}
}

test('rule ids are unique kebab-case', () => {
	const ids = RULES.map((rule) => rule.id);
	assert.equal(new Set(ids).size, ids.length);
	for (const id of ids) {
		assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
	}
});

const evidence = readEvidenceFile();

for (const rule of RULES) {
	test(`${rule.id}: its severity rests on evidence that allows it, and its page shows that evidence`, () => {
		const basis = SEVERITY_BASES[rule.evidence.basis];
		assert.ok(basis, `basis "${rule.evidence.basis}"`);
		assert.ok(basis.severities.includes(rule.severity), `a ${rule.severity} cannot rest on "${rule.evidence.basis}"`);
		assert.ok(rule.evidence.sources.every((id) => id in SOURCES), 'known sources');
		assert.ok(rule.evidence.sources.length > 0 || rule.evidence.basis === 'heuristic', 'a rule names its sources unless it is our own heuristic');
		assert.ok(evidence.rules[rule.id], 'docs/rules/evidence.json measures it: run `npm run corpus-report -- --evidence`');
		const page = readFileSync(join(root, 'docs/rules', `${rule.id}.md`), 'utf8');
		assert.equal(page, pageWithEvidence(page, renderEvidenceSection(rule, evidence)), 'the Evidence section is current: run `npm run rules:index`');
	});

	test(`${rule.id}: metadata, source file, test file and doc page`, () => {
		assert.ok(SEVERITIES.includes(rule.severity));
		assert.ok(rule.profiles.length > 0 && rule.profiles.every((p) => PROFILES.includes(p)));
		assert.match(rule.description, /^[A-Z].*\.$/);
		const areas = ruleFiles.get(rule.id) ?? [];
		assert.equal(areas.length, 1, `one source file, server/src/rules/<area>/${rule.id}.ts (found in: ${areas.join(', ') || 'none'})`);
		assert.ok(existsSync(join(root, 'test/rules', areas[0], `${rule.id}.test.ts`)), `test file beside it: test/rules/${areas[0]}/${rule.id}.test.ts`);
		const docPath = join(root, 'docs/rules', `${rule.id}.md`);
		assert.ok(existsSync(docPath), 'doc page');
		const doc = readFileSync(docPath, 'utf8');
		const description = /^---\ndescription: (.*)\n---/.exec(doc)?.[1];
		assert.equal(description, rule.description);
		for (const heading of ['## What it checks', '## Why', '## Evidence', '### ❌ Fires', '### ✅ Does not fire', '## How to fix']) {
			assert.ok(doc.includes(heading), `doc has "${heading}"`);
		}
		// The page's metadata table says what the code says (a cell may add a note after the value).
		const row = (name: string) => new RegExp(`^\\| ${name} \\| (.*) \\|$`, 'm').exec(doc)?.[1].trim() ?? '';
		const starts = (name: string, value: string) => assert.ok(row(name) === value || row(name).startsWith(`${value} (`), `${name} row: "${row(name)}" should be "${value}"`);
		starts('Microsoft code', rule.msCode ? `\`${rule.msCode}\`` : 'none');
		starts('Default severity', rule.severity);
		starts('Profiles', rule.profiles.join(', '));
		starts('Fixable', rule.fixable ? 'yes' : 'no');
		// "Fixable" is a promise: a rule says so exactly when it has a quick fix.
		assert.equal(typeof rule.fix === 'function', rule.fixable, 'fixable ⇔ the rule has a fix');
		for (const option of Object.keys(rule.options ?? {})) {
			assert.ok(doc.includes(`\`${option}\``), `doc mentions the option \`${option}\``);
		}
	});
}

test('the rules index (docs/rules/README.md) is generated from the registry: run `npm run rules:index` when this fails', () => {
	assert.equal(readFileSync(INDEX_PATH, 'utf8'), renderIndex());
});

test('the connectorCertify.ruleOptions setting schema in package.json matches the rules\' options: run `npm run rules:index`', () => {
	const manifest = JSON.parse(readFileSync(PACKAGE_PATH, 'utf8'));
	assert.deepEqual(manifest.contributes.configuration.properties['connectorCertify.ruleOptions'], ruleOptionsSchema());
});

test('every rule source file is registered', () => {
	const ids = new Set(RULES.map((rule) => rule.id));
	assert.deepEqual([...ruleFiles.keys()].filter((id) => !ids.has(id)), []);
	assert.deepEqual(readdirSync(RULES_DIR).filter((f) => f.endsWith('.ts') && f !== 'index.ts'), [], 'rule files sit in an area folder');
});

test("the README's rule and fix counts are the registry's: run `npm run rules:index` when this fails", () => {
	const readme = readFileSync(join(root, 'README.md'), 'utf8');
	assert.equal(/It has (\d+) rules/.exec(readme)?.[1], String(RULES.length));
	assert.equal(/Quick fixes\*\* \(`Ctrl\+\.` on a squiggle\) for the (\d+) fixable rules/.exec(readme)?.[1], String(RULES.filter((rule) => rule.fix).length));
});

test("the CHANGELOG's top section counts the registry's rules and fixes: run `npm run rules:index` when this fails", () => {
	const changelog = readFileSync(join(root, 'CHANGELOG.md'), 'utf8');
	const { start, end } = changelogTopSection(changelog);
	const top = changelog.slice(start, end);
	assert.equal(/^- (\d+) rules:/m.exec(top)?.[1], String(RULES.length));
	assert.equal(/Quick fixes for (\d+) rules/.exec(top)?.[1], String(RULES.filter((rule) => rule.fix).length));
});
