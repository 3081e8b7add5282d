// The packaged extension in a real VS Code (code-server + headless Chromium), driven as a user would: diagnostics in
// the editor and the Problems panel, a quick fix and fix-all, a snippet, the intro.md and package commands, rule links,
// the scope of checking and findings that hold while a key is half typed. scale.e2e.ts opens a fork-sized workspace.
// Each journey ends with a screenshot in test-results/e2e/, and a failing one leaves `<journey>-failure.png`.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test, type TestContext } from 'node:test';
import { unzipSync } from 'fflate';
import { builtVsix, DEADLINE_MS, prepareTools, REPO_ROOT, VsCode, waitFor } from './vscode';

describe('Connector Certify in VS Code', () => {
	let scratch: string;
	let workspace: string;
	let vscode: VsCode;

	before(async () => {
		const tools = prepareTools();
		scratch = mkdtempSync(join(tmpdir(), 'connector-certify-e2e-'));
		workspace = join(scratch, 'workspace');
		mkdirSync(workspace);
		// A copy of the sample (deliberate problems) and of a clean connector: the originals are never touched.
		cpSync(join(REPO_ROOT, 'samples', 'sample-connector'), join(workspace, 'Invoices'), { recursive: true });
		cpSync(join(REPO_ROOT, 'test', 'fixtures', 'cli', 'clean-connector'), join(workspace, 'Notes'), { recursive: true });
		// A real certified connector nobody opens: checked only by the workspace sweep (journey 7).
		cpSync(join(REPO_ROOT, 'test', 'fixtures', 'upstream', 'Egnyte'), join(workspace, 'Egnyte'), { recursive: true });
		// A certified connector in its own git repository, committed: what an update is compared with (journey 10).
		cpSync(join(REPO_ROOT, 'test', 'fixtures', 'cli', 'clean-connector'), join(workspace, 'Ledger'), { recursive: true });
		for (const args of [['init', '-q'], ['config', 'user.email', 'test@example.com'], ['config', 'user.name', 'Test'], ['add', '.'], ['commit', '-q', '-m', 'certified']]) {
			assert.equal(spawnSync('git', args, { cwd: join(workspace, 'Ledger') }).status, 0, `git ${args.join(' ')}`);
		}
		vscode = await VsCode.start(tools, builtVsix(), workspace, join(scratch, 'vscode'));
	});

	after(async () => {
		await vscode?.stop();
		if (scratch) {
			rmSync(scratch, { recursive: true, force: true });
		}
	});

	/** Runs a journey; on failure saves a screenshot named after it before rethrowing. */
	function journey(name: string, run: (t: TestContext) => Promise<void>): void {
		test(name, async (t) => {
			try {
				await run(t);
				await vscode.screenshot(name);
			} catch (error) {
				await vscode?.screenshot(`${name}-failure`).catch(() => undefined);
				throw error;
			}
		});
	}

	test('the .vsix ships only what runs', () => {
		const entries = Object.keys(unzipSync(readFileSync(builtVsix()))).filter((name) => name.startsWith('extension/'));
		const allowed = [
			/^extension\/dist\/(extension|server|swaggerSchemaExplainer|mcpClient)\.js$/,
			/^extension\/docs\/rules\/[a-z0-9-]+\.md$/,
			/^extension\/docs\/rules\/README\.md$/,
			/^extension\/snippets\/[A-Za-z.]+\.json$/,
			/^extension\/syntaxes\/[A-Za-z.-]+\.json$/,
			/^extension\/images\/icon\.png$/,
			/^extension\/(package\.json|readme\.md|changelog\.md|LICENSE\.txt)$/,
		];
		assert.deepEqual(entries.filter((name) => !allowed.some((pattern) => pattern.test(name))), []);
		for (const required of ['extension/dist/extension.js', 'extension/dist/server.js', 'extension/dist/swaggerSchemaExplainer.js', 'extension/dist/mcpClient.js', 'extension/package.json', 'extension/images/icon.png', 'extension/snippets/swagger.json']) {
			assert.ok(entries.includes(required), required);
		}
	});

	const SWAGGER = join('Invoices', 'apiDefinition.swagger.json');
	const swaggerText = () => readFileSync(join(workspace, SWAGGER), 'utf8');

	journey('1-diagnostics', async () => {
		await vscode.openFile('Invoices', 'apiDefinition.swagger.json');
		await vscode.page.locator('.squiggly-error').first().waitFor({ timeout: DEADLINE_MS });
		const rows = await waitFor('the Problems panel to list the three problems', async () => {
			const text = await vscode.problems();
			return ['op-summary-required', 'visibility-enum', 'auth-type-supported'].every((id) => text.some((row) => row.includes(id))) && text;
		});
		assert.ok(rows.some((row) => row.includes("The 'summary' property is required (operation ListInvoices).") && row.includes('connector-certify') && row.includes('op-summary-required')));
		assert.ok(rows.some((row) => row.includes('The property value must be one of the following: important, advanced, internal.') && row.includes('visibility-enum')));
		assert.ok(rows.some((row) => row.includes("The identity provider 'aadcertificate' signs in with a client certificate") && row.includes('auth-type-supported')));
	});

	journey('2-quick-fix-and-fix-all', async () => {
		await vscode.openFile('Invoices', 'apiDefinition.swagger.json');
		// The missing summary is reported on the "get" key of /invoices: line 26, column 7.
		await vscode.goTo(26, 8);
		const fix = vscode.page.locator('.action-widget').getByText('Add the summary "List invoices"', { exact: true }).first();
		// Ctrl+. right after the cursor moves can meet code actions not computed yet ("No code actions"): ask again.
		await waitFor('the quick fix in the Ctrl+. menu', async () => {
			await vscode.page.keyboard.press('Control+.');
			const shown = await fix.waitFor({ timeout: 5_000 }).then(() => true, () => false);
			if (!shown) {
				await vscode.page.keyboard.press('Escape');
			}
			return shown;
		});
		await fix.click();
		await vscode.page.locator('.action-widget').first().waitFor({ state: 'hidden', timeout: DEADLINE_MS });
		await waitFor('op-summary-required to leave the Problems panel', async () => !(await vscode.problems()).some((row) => row.includes('op-summary-required')));
		const before = await waitFor('the error count in the status bar', () => vscode.connectorErrors());
		// VS Code drops a Fix All whose code-action request meets a change of the file's markers (VS Code's JSON service
		// validates the file again a moment after the quick fix's edit): as a user would, run it again if nothing happened.
		const afterFixAll = await waitFor('fix-all to lower the error count', async () => {
			await vscode.runCommand('Fix All');
			return waitFor('the error count to drop', async () => {
				const errors = await vscode.connectorErrors();
				return errors !== undefined && errors < before && errors;
			}, 5_000).catch(() => undefined);
		});
		assert.ok(afterFixAll < before);
		await vscode.page.keyboard.press('Control+S');
		await waitFor('the fixes to be saved', () => swaggerText().includes('"summary": "List invoices"'));
	});

	journey('3-snippet', async () => {
		await vscode.openFile('Invoices', 'apiDefinition.swagger.json');
		// Line 25 is `"/invoices": {`: a new member of that path item goes on the line after it.
		await vscode.goTo(25, 1);
		await vscode.page.keyboard.press('End');
		await vscode.page.keyboard.press('Enter');
		// /invoices has get and post already, so the suggestions offer the other methods.
		await vscode.page.keyboard.type('"pu');
		await vscode.page.keyboard.press('Control+Space');
		const item = vscode.page.locator('.suggest-widget .monaco-list-row', { hasText: 'PUT operation' }).first();
		await item.waitFor({ timeout: DEADLINE_MS });
		await item.click();
		await vscode.page.keyboard.press('Escape');
		await vscode.page.keyboard.press('Control+S');
		const saved = await waitFor('the snippet to be saved', () => {
			const text = swaggerText();
			return /"\/invoices": \{\s*"put": \{/.test(text) && text;
		});
		assert.doesNotThrow(() => JSON.parse(saved), 'the file is still valid JSON');
	});

	journey('4-scaffold-intro', async () => {
		await vscode.openFile('Invoices', 'apiDefinition.swagger.json');
		await vscode.runCommand('Connector Certify: Scaffold intro.md');
		await vscode.activeTab('intro.md');
		const intro = join(workspace, 'Invoices', 'intro.md');
		const text = await waitFor('intro.md on disk', () => existsSync(intro) && readFileSync(intro, 'utf8'));
		assert.deepEqual(
			text.split('\n').filter((line) => line.startsWith('## ')),
			['## Prerequisites', '## How to get credentials', '## Get started with your connector', '## Known issues and limitations', '## Common errors and remedies', '## FAQ'],
		);
		await vscode.page.locator('.monaco-editor .view-line', { hasText: '## Prerequisites' }).first().waitFor({ timeout: DEADLINE_MS });
	});

	journey('6-rule-link', async () => {
		await vscode.openFile('Invoices', 'apiDefinition.swagger.json');
		// The rule id in a Problems row is a link; it opens the page shipped in the extension, in VS Code, with no prompt.
		await waitFor('the auth-type-supported row', async () => (await vscode.problems()).some((row) => row.includes('auth-type-supported')));
		const link = vscode.page.locator('.markers-panel .monaco-list-row').filter({ hasText: 'auth-type-supported' }).first().locator('a', { hasText: 'auth-type-supported' }).first();
		await link.click();
		await vscode.activeTab('auth-type-supported.md');
		// Rendered as a Markdown preview (the extension's editor association for its own pages): the heading is in the webview.
		const preview = vscode.page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
		await preview.locator('h1', { hasText: 'auth-type-supported' }).waitFor({ timeout: DEADLINE_MS });
		assert.notEqual(await vscode.connectorErrors(), undefined, 'the status bar still shows the connector while its rule page is in front');
		assert.equal(await vscode.page.locator('.monaco-dialog-box').count(), 0, 'no "open external website?" dialog');
	});

	journey('7-scope', async () => {
		await vscode.openFile('Invoices', 'apiDefinition.swagger.json');
		await waitFor('the Invoices findings', async () => (await vscode.problems()).some((row) => row.includes('auth-type-supported')));
		// Only the connectors with an open file are checked: Egnyte, never opened, has no row (the list is virtual, so
		// it is filtered to Egnyte's rows rather than read whole).
		const filter = vscode.page.locator('.markers-panel-action-filter input, .viewpane-filter input').first();
		await filter.fill('Egnyte');
		const egnyteRows = async () => (await vscode.page.locator('.markers-panel .monaco-list-row').allTextContents()).filter((row) => row.includes('Egnyte'));
		assert.deepEqual(await egnyteRows(), [], 'no Egnyte row before the sweep');
		await vscode.runCommand('Connector Certify: Check All Connectors in Workspace');
		await waitFor('the sweep to finish', async () => (await vscode.notifications()).some((text) => /checked 4 of 4 connectors/.test(text)));
		await waitFor('Egnyte in the Problems panel', async () => (await egnyteRows()).length > 0);
		await filter.fill('');
	});

	journey('8-steady-while-typing', async () => {
		await vscode.openFile('Invoices', 'apiDefinition.swagger.json');
		// The status bar counts what stops Package: our findings, and VS Code's syntax errors in the connector's files.
		const before = await waitFor('the error count in the status bar', () => vscode.connectorErrors());
		// Line 24 is `"paths": {`: a key half typed on a new line after it breaks the JSON for a moment.
		await vscode.goTo(24, 1);
		await vscode.page.keyboard.press('End');
		await vscode.page.keyboard.press('Enter');
		await vscode.page.keyboard.type('"x-ms-');
		try {
			const syntax = await waitFor('VS Code\'s JSON syntax error', async () => {
				const rows = (await vscode.problems()).filter((row) => !row.includes('connector-certify') && /expected|Unexpected|Colon|Value/i.test(row));
				return rows.length > 0 && rows;
			});
			// Listed once: by VS Code's JSON service (one or two rows while the string is open), never again by us.
			assert.ok(syntax.every((row) => row.includes('json')), syntax.join(' | '));
			assert.ok(!(await vscode.problems()).some((row) => row.includes('json-syntax')), 'no second report from Connector Certify');
			// Our findings stay through the server's check of the broken text (debounced 250 ms): no flicker is an
			// absence, so the count is watched over a second and a half rather than awaited. It never drops below the
			// count before the edit (the syntax errors come on top).
			const seen: number[] = [];
			for (const end = Date.now() + 1_500; Date.now() < end; ) {
				seen.push((await vscode.connectorErrors()) ?? -1);
				await vscode.page.waitForTimeout(100);
			}
			assert.ok(Math.min(...seen) >= before, `the error count held: ${before} before, then ${[...new Set(seen)].join(', ')}`);
		} finally {
			await vscode.runCommand('File: Revert File');
		}
	});

	journey('5-package', async () => {
		await vscode.openFile('Invoices', 'apiDefinition.swagger.json');
		await vscode.runCommand('Connector Certify: Package for Certification');
		const refusal = await waitFor('the refusal message', async () => (await vscode.notifications()).find((text) => text.includes('Invoices was not packaged')));
		assert.match(refusal, /Invoices was not packaged: \d+ errors? must be fixed first\. Nothing was written\./);
		// One count everywhere: the refusal's and the status bar's (readme.md and intro.md findings included in both).
		const refused = Number(/: (\d+) errors?/.exec(refusal)![1]);
		assert.equal(refused, await vscode.connectorErrors());
		assert.equal(existsSync(join(workspace, 'Invoices-certification.zip')), false);
		// "Show Errors" lists those errors, that connector's only, and picking one goes to it.
		await vscode.page.locator('.notifications-toasts .notification-toast').filter({ hasText: 'Invoices was not packaged' }).getByRole('button', { name: 'Show Errors' }).click();
		const picker = vscode.page.locator('.quick-input-widget');
		await picker.locator('.quick-input-title', { hasText: `the ${refused} error${refused === 1 ? '' : 's'} that stopped Invoices` }).waitFor({ timeout: DEADLINE_MS });
		const row = picker.locator('.quick-input-list .monaco-list-row').filter({ hasText: 'auth-type-supported' }).first();
		await row.waitFor({ timeout: DEADLINE_MS });
		assert.match((await row.textContent()) ?? '', /Invoices\/apiProperties\.json:\d+:\d+/);
		await row.click();
		await vscode.activeTab('apiProperties.json');
		await picker.waitFor({ state: 'hidden', timeout: DEADLINE_MS });

		// The clean connector is packaged from the Explorer's context menu on its folder.
		await vscode.openFile('Notes', 'apiDefinition.swagger.json');
		await vscode.explorerMenu('Notes', 'Package for Certification');
		const zip = join(workspace, 'Notes-certification.zip');
		await waitFor('the zip on disk', () => existsSync(zip));
		await waitFor('the success message, after the progress notification', async () => {
			const toasts = await vscode.notifications();
			return toasts.some((text) => text.includes('packaged Notes-certification.zip')) && !toasts.some((text) => text.includes('checking and packaging'));
		});
		assert.deepEqual(Object.keys(unzipSync(readFileSync(zip))), ['apiDefinition.swagger.json', 'apiProperties.json', 'icon.png']);
	});

	journey('10-breaking-change', async () => {
		await vscode.openFile('Ledger', 'apiDefinition.swagger.json');
		// Lines 25 to 64 are the "/notes/{noteId}" path item and its one operation, GetNote, as committed: delete them.
		await vscode.goTo(25, 1);
		for (let line = 25; line <= 64; line++) {
			await vscode.page.keyboard.press('Shift+ArrowDown');
		}
		await vscode.page.keyboard.press('Delete');
		await waitFor('the breaking change in the Problems panel', async () => (await vscode.problems()).some((row) => row.includes('breaking-operation-deleted') && row.includes('GetNote')));
		// The update is now major: the language status links to what makes it so, listed in the output.
		await vscode.runCommand('Connector Certify: Show What Makes This Update Major');
		await waitFor('the major update in the output', async () => {
			const text = await vscode.outputText();
			return text.includes('apiDefinition.swagger.json against HEAD: major') && text.includes('removed path /notes/{noteId}');
		});
		// It is reported on the "paths" key, line 24: the deprecate quick fix puts the operation back, deprecated.
		await vscode.goTo(24, 4);
		const keep = vscode.page.locator('.action-widget').getByText('Keep GetNote as a deprecated operation', { exact: true }).first();
		await waitFor('the deprecate fix in the Ctrl+. menu', async () => {
			await vscode.page.keyboard.press('Control+.');
			const shown = await keep.waitFor({ timeout: 5_000 }).then(() => true, () => false);
			if (!shown) {
				await vscode.page.keyboard.press('Escape');
			}
			return shown;
		});
		await keep.click();
		await waitFor('the breaking change to leave the Problems panel', async () => !(await vscode.problems()).some((row) => row.includes('breaking-operation-deleted')));
		await vscode.page.keyboard.press('Control+S');
		const saved = await waitFor('the deprecated operation on disk', () => {
			const text = readFileSync(join(workspace, 'Ledger', 'apiDefinition.swagger.json'), 'utf8');
			return text.includes('"deprecated": true') && text;
		});
		const operation = (JSON.parse(saved) as { paths: Record<string, Record<string, Record<string, unknown>>> }).paths['/notes/{noteId}'].get;
		assert.equal(operation.summary, 'Get a note (deprecated)');
		assert.equal(operation['x-ms-visibility'], 'internal');
	});
});
