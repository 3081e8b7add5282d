// `npm run corpus:expect`: writes test/corpus/expected/dev-findings.json, the digest of `check ../shared/corpus/dev
// --format json` that test/corpus/findings-unchanged.test.ts compares with. Refresh it only together with an intended
// change of findings (a rule change), in the same commit, so speed work can be shown to change none.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JsonReport } from '../server/src/cli/jsonFormat';
import { digestOf } from '../test/helpers/findingsDigest';

const ROOT = join(__dirname, '..');
const result = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'check', '../shared/corpus/dev', '--format', 'json'], { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
if (result.status !== 0 && result.status !== 1) {
	console.error(`the CLI exited ${result.status}: ${result.stderr}`);
	process.exit(2);
}
const digest = digestOf(JSON.parse(result.stdout) as JsonReport);
const target = join(ROOT, 'test', 'corpus', 'expected', 'dev-findings.json');
writeFileSync(target, JSON.stringify(digest, null, '\t') + '\n');
console.log(`Wrote ${target}: ${Object.keys(digest).length} files, ${Object.values(digest).reduce((sum, file) => sum + file.findings, 0)} findings.`);
