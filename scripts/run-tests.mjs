// Runs every test file under the given folders with node's test runner, TypeScript loaded through tsx.
// (Node 20's --test takes no globs, so the files are listed here.) test/corpus, which reads ../shared/corpus, runs only
// when named: `npm run test:corpus`.
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const roots = process.argv.slice(2).length ? process.argv.slice(2) : ['test'];
const files = [];
const walk = (dir) => {
	for (const name of readdirSync(dir).sort()) {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) {
			if (name !== 'fixtures' && name !== 'e2e' && name !== 'vscode' && (name !== 'corpus' || roots.includes(path))) walk(path);
		} else if (name.endsWith('.test.ts')) {
			files.push(path);
		}
	}
};
for (const root of roots) {
	statSync(root).isDirectory() ? walk(root) : files.push(root);
}
const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], { stdio: 'inherit' });
process.exit(result.status ?? 1);
