/**
 * `npm run test:vscode`: the extension's tests inside a VS Code desktop build downloaded by @vscode/test-electron.
 * For machines that can reach Microsoft's update servers (a contributor's laptop, a hosted CI under xvfb: see
 * .github/workflows/vscode.yml). Air-gapped hosts cannot download VS Code; there `npm run test:e2e` drives a real
 * VS Code (code-server) instead.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runTests } from '@vscode/test-electron';

const root = join(__dirname, '..', '..');

async function main(): Promise<void> {
	const scratch = mkdtempSync(join(tmpdir(), 'connector-certify-vscode-'));
	const workspace = join(scratch, 'workspace');
	// Copies: the tests package and fix, and must never touch the repository's own sample or fixtures.
	cpSync(join(root, 'samples', 'sample-connector'), join(workspace, 'Invoices'), { recursive: true });
	cpSync(join(root, 'test', 'fixtures', 'cli', 'clean-connector'), join(workspace, 'Notes'), { recursive: true });
	try {
		await runTests({
			extensionDevelopmentPath: root,
			extensionTestsPath: join(root, 'dist', 'test', 'vscode-suite.js'),
			launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--user-data-dir', join(scratch, 'user-data')],
		});
	} catch (error) {
		process.stderr.write(
			`test:vscode failed: ${error instanceof Error ? error.message : String(error)}\n` +
				'(It downloads VS Code from update.code.visualstudio.com; without internet access use `npm run test:e2e`.)\n',
		);
		process.exitCode = 1;
	} finally {
		rmSync(scratch, { recursive: true, force: true });
	}
}

void main();
