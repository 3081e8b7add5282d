// The 40 real updates of ../shared/corpus/updates (unlabelled: old.json and new.json one upstream commit apart): the
// breaking-change rules compare every pair without a rule failing, put every finding inside the new file, and find
// nothing when a version is compared with itself. What six of them break is checked by hand in test/cli-diff.test.ts.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { CHANGE_RULES } from '../../server/src/commands/diff';
import { check, parseText } from '../../server/src/engine/index';

const UPDATES = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'updates');
const names = existsSync(UPDATES) ? readdirSync(UPDATES).filter((name) => /^\d\d-/.test(name)) : [];

test('the corpus has its 40 updates', () => {
	assert.equal(names.length, 40);
});

for (const name of names) {
	test(`${name}: compared without a failure, findings inside the new file, nothing against itself`, () => {
		const old = parseText(readFileSync(join(UPDATES, name, 'old.json'), 'utf8'));
		const now = parseText(readFileSync(join(UPDATES, name, 'new.json'), 'utf8'));
		const failures: string[] = [];
		const onRuleError = (ruleId: string, error: unknown) => failures.push(`${ruleId}: ${String(error)}`);
		const result = check(CHANGE_RULES, { swagger: now, previous: { swagger: old } }, { profile: 'strict' }, { onRuleError });
		assert.deepEqual(failures, []);
		for (const finding of result.findings.swagger) {
			assert.ok(finding.range.end.line < now.doc.lines.lineCount, `${finding.ruleId} at line ${finding.range.start.line}`);
			assert.match(String(finding.data?.valuePath), /^operation\/|^securityDefinitions\//);
		}
		const itself = check(CHANGE_RULES, { swagger: now, previous: { swagger: now } }, { profile: 'strict' }, { onRuleError });
		assert.deepEqual(itself.findings.swagger, []);
	});
}
