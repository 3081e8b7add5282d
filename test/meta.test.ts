// The catalogue stays honest: every registered rule has a test file and a doc page named by its id, the page's
// description equals the rule's, ids are unique kebab-case, and every rule declares complete metadata.
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { RULES } from '../server/src/rules/index';
import { PROFILES, SEVERITIES } from '../server/src/engine/types';

const root = join(__dirname, '..');

test('rule ids are unique kebab-case', () => {
	const ids = RULES.map((rule) => rule.id);
	assert.equal(new Set(ids).size, ids.length);
	for (const id of ids) {
		assert.match(id, /^[a-z0-9]+(-[a-z0-9]+)*$/);
	}
});

for (const rule of RULES) {
	test(`${rule.id}: metadata, source file, test file and doc page`, () => {
		assert.ok(SEVERITIES.includes(rule.severity));
		assert.ok(rule.profiles.length > 0 && rule.profiles.every((p) => PROFILES.includes(p)));
		assert.match(rule.description, /^[A-Z].*\.$/);
		assert.ok(existsSync(join(root, 'server/src/rules', `${rule.id}.ts`)), 'source file');
		assert.ok(existsSync(join(root, 'test/rules', `${rule.id}.test.ts`)), 'test file');
		const docPath = join(root, 'docs/rules', `${rule.id}.md`);
		assert.ok(existsSync(docPath), 'doc page');
		const doc = readFileSync(docPath, 'utf8');
		const description = /^---\ndescription: (.*)\n---/.exec(doc)?.[1];
		assert.equal(description, rule.description);
		for (const heading of ['## What it checks', '## Why', '### ❌ Fires', '### ✅ Does not fire', '## How to fix']) {
			assert.ok(doc.includes(heading), `doc has "${heading}"`);
		}
	});
}

test('every rule source file is registered', () => {
	const files = readdirSync(join(root, 'server/src/rules')).filter((f) => f.endsWith('.ts') && f !== 'index.ts' && !f.startsWith('_'));
	const ids = new Set(RULES.map((rule) => rule.id));
	assert.deepEqual(files.map((f) => f.slice(0, -3)).filter((id) => !ids.has(id)), []);
});
