/**
 * A real VS Code for the end-to-end suite: code-server (the VS Code workbench and a real Node extension host) with
 * the packaged `.vsix` installed into a throwaway profile on a loopback port, driven in headless Chromium through
 * playwright-core. See ../shared/spec/vscode-e2e.md for why this and not @vscode/test-electron here.
 *
 * Every wait is on a condition (a selector, a file, a count) with a deadline that fails the test; nothing sleeps.
 * `stop()` ends the browser and the whole code-server process group, and is safe to call after any failure.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { waitFor } from '../helpers/waitFor';

export { waitFor };

export interface Tools {
	readonly node: string;
	readonly codeServer: string;
	readonly chromium: string;
}

export const REPO_ROOT = join(__dirname, '..', '..');
export const RESULTS = join(REPO_ROOT, 'test-results', 'e2e');
/** How long one condition may take before the test fails (the first activation starts the language server). */
export const DEADLINE_MS = 60_000;

/** Runs scripts/e2e-prepare.mjs (installs on the first run, reuses the cache after) and returns the tools' paths. */
export function prepareTools(): Tools {
	const result = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'e2e-prepare.mjs')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], timeout: 15 * 60_000 });
	if (result.status !== 0) {
		throw new Error(`scripts/e2e-prepare.mjs failed (exit ${result.status ?? result.signal})`);
	}
	return JSON.parse(result.stdout.trim().split('\n').pop()!) as Tools;
}

function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer();
		server.once('error', reject);
		server.listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
		});
	});
}

export class VsCode {
	readonly page: Page;
	readonly log: string[];
	readonly #browser: Browser;
	readonly #server: ChildProcess;

	private constructor(page: Page, browser: Browser, server: ChildProcess, log: string[]) {
		this.page = page;
		this.#browser = browser;
		this.#server = server;
		this.log = log;
	}

	/** Installs the `.vsix` into a fresh profile under `scratch`, starts code-server on `workspace` and opens it. */
	static async start(tools: Tools, vsix: string, workspace: string, scratch: string): Promise<VsCode> {
		const extensions = join(scratch, 'extensions');
		const userData = join(scratch, 'user-data');
		mkdirSync(join(userData, 'User'), { recursive: true });
		// A quiet workbench: no welcome page, no chat side bar, no update or marketplace traffic (there is none to reach).
		writeFileSync(
			join(userData, 'User', 'settings.json'),
			JSON.stringify({
				'workbench.startupEditor': 'none',
				'workbench.secondarySideBar.defaultVisibility': 'hidden',
				'chat.disableAIFeatures': true,
				'extensions.autoCheckUpdates': false,
				'extensions.autoUpdate': false,
				'telemetry.telemetryLevel': 'off',
				'update.mode': 'none',
				'workbench.tips.enabled': false,
				'editor.acceptSuggestionOnEnter': 'on',
				// Files change on disk only when a journey saves them.
				'files.autoSave': 'off',
			}),
		);
		// code-server writes its config under XDG_CONFIG_HOME: keep it in the scratch folder, not the user's home.
		const env = { ...process.env, XDG_CONFIG_HOME: join(scratch, 'config'), XDG_DATA_HOME: join(scratch, 'data') };
		const install = spawnSync(tools.node, [tools.codeServer, '--extensions-dir', extensions, '--user-data-dir', userData, '--install-extension', vsix], { encoding: 'utf8', env });
		if (install.status !== 0 || !/successfully installed/.test(install.stdout)) {
			throw new Error(`Installing ${vsix} into code-server failed:\n${install.stdout}\n${install.stderr}`);
		}
		const port = await freePort();
		const log: string[] = [];
		const server = spawn(
			tools.node,
			[tools.codeServer, '--auth', 'none', '--bind-addr', `127.0.0.1:${port}`, '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--user-data-dir', userData, '--extensions-dir', extensions, workspace],
			{ detached: true, stdio: ['ignore', 'pipe', 'pipe'], env },
		);
		server.stdout!.on('data', (chunk: Buffer) => log.push(chunk.toString('utf8')));
		server.stderr!.on('data', (chunk: Buffer) => log.push(chunk.toString('utf8')));
		let browser: Browser | undefined;
		try {
			await waitFor('code-server to listen', () => log.join('').includes(`http://127.0.0.1:${port}/`) || (server.exitCode !== null ? Promise.reject(new Error(`code-server exited: ${log.join('')}`)) : false));
			browser = await chromium.launch({
				executablePath: tools.chromium,
				args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
			});
			const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
			await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
			await page.waitForSelector('.monaco-workbench', { timeout: DEADLINE_MS });
			return new VsCode(page, browser, server, log);
		} catch (error) {
			await browser?.close().catch(() => undefined);
			killGroup(server);
			throw error;
		}
	}

	/** Opens a workspace file with Quick Open (`Ctrl+P`), and waits until the breadcrumbs show its folder and name. */
	async openFile(folder: string, name: string): Promise<void> {
		await this.page.keyboard.press('Control+P');
		const input = this.page.locator('.quick-input-widget input');
		await input.waitFor({ timeout: DEADLINE_MS });
		await input.fill(`${folder}/${name}`);
		// Rows show the file name and its folder; the recently opened list can show others first, so click the match.
		const row = this.page.locator('.quick-input-list .monaco-list-row').filter({ hasText: name }).filter({ hasText: folder }).first();
		await row.waitFor({ timeout: DEADLINE_MS });
		await row.click();
		await waitFor(`${folder}/${name} in the editor`, async () => {
			const crumbs = await this.page.locator('.breadcrumbs-control .monaco-breadcrumb-item').allTextContents();
			if (crumbs[0]?.trim() === folder && crumbs[1]?.trim() === name) {
				return true;
			}
			// A click that met the list while it re-rendered is lost, and the picker stays open on the match: take it.
			if (await this.page.locator('.quick-input-widget').isVisible()) {
				await this.page.keyboard.press('Enter');
			}
			return false;
		});
	}

	/**
	 * Runs `entry` from the Explorer's context menu on the tree item `treeItem`, and waits until the menu has closed. A
	 * click the menu did not take leaves it open with the entry highlighted (a CI run stopped so after 60 s waiting
	 * for the zip, its screenshot showing the open menu): click again, as goTo presses Enter again, only when the menu
	 * is still open at the next poll, so an entry that was taken is never run twice.
	 */
	async explorerMenu(treeItem: string, entry: string): Promise<void> {
		await this.page.getByRole('treeitem', { name: treeItem, exact: true }).click({ button: 'right' });
		const item = this.page.getByRole('menuitem', { name: entry });
		await item.waitFor({ timeout: DEADLINE_MS });
		await item.click();
		let stuck = false;
		await waitFor(`the context menu to close after "${entry}"`, async () => {
			const open = await item.isVisible();
			if (open && stuck) {
				await item.click();
				stuck = false;
				return false;
			}
			stuck = open;
			return !open;
		});
	}

	/** Waits until the active editor tab is `name`. */
	async activeTab(name: string): Promise<void> {
		await this.page.locator('.tabs-container .tab.active', { hasText: name }).first().waitFor({ timeout: DEADLINE_MS });
	}

	/** Runs a command from the command palette by its full title, as a user would: type it, pick that exact row. */
	async runCommand(title: string): Promise<void> {
		await this.page.keyboard.press('Control+Shift+P');
		const input = this.page.locator('.quick-input-widget input');
		await input.waitFor({ timeout: DEADLINE_MS });
		await input.fill(`>${title}`);
		const row = this.page.locator('.quick-input-list .monaco-list-row').filter({ has: this.page.getByText(title, { exact: true }) }).first();
		await row.waitFor({ timeout: DEADLINE_MS });
		await row.click();
		await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: DEADLINE_MS });
	}

	/** Moves the cursor to a 1-based line and column with Go to Line. */
	async goTo(line: number, column: number): Promise<void> {
		await this.page.keyboard.press('Control+G');
		const input = this.page.locator('.quick-input-widget input');
		await input.waitFor({ timeout: DEADLINE_MS });
		await input.fill(`:${line}:${column}`);
		await this.page.keyboard.press('Enter');
		// An Enter the picker did not take leaves it open on the line, the cursor where it was (a CI run stopped so after
		// 60 s, its screenshot showing "Press 'Enter' to go to line 25 at column 1."): take it, as openFile does. Only
		// when it is still so at the next poll, so an Enter is never sent as the picker closes, into the editor.
		let stuck = false;
		await waitFor(`the cursor at Ln ${line}, Col ${column}`, async () => {
			const picker = await this.page.locator('.quick-input-widget').isVisible();
			if ((await this.statusText('status.editor.selection')).includes(`Ln ${line}, Col ${column}`)) {
				return !picker;
			}
			if (picker && stuck) {
				await this.page.keyboard.press('Enter');
				stuck = false;
				return false;
			}
			stuck = picker;
			return false;
		});
	}

	/** The text of a status bar entry by its id (for ours: `connector-certify.connector-certify.<item id>`). */
	async statusText(id: string): Promise<string> {
		const item = this.page.locator(`[id="${id}"]`);
		return (await item.count()) ? ((await item.getAttribute('aria-label')) ?? (await item.textContent()) ?? '') : '';
	}

	/** Connector Certify's error count for the active connector, from its status bar entry. */
	async connectorErrors(): Promise<number | undefined> {
		const label = await this.statusText('connector-certify.connector-certify.connectorCertify.status');
		const match = /error\s+(\d+)/.exec(label);
		return match ? Number(match[1]) : undefined;
	}

	/** Opens the Problems panel and returns its rows' text (message, source and rule id of each). */
	async problems(): Promise<string[]> {
		const panel = this.page.locator('.markers-panel');
		if (!(await panel.isVisible())) {
			await this.page.keyboard.press('Control+Shift+M');
			await panel.waitFor({ timeout: DEADLINE_MS });
		}
		return this.page.locator('.markers-panel .monaco-list-row').allTextContents();
	}

	/** The text of the output channel shown in the panel (its visible lines). */
	async outputText(): Promise<string> {
		// The output view is the panel's one editor while it is shown.
		const lines = this.page.locator('.part.panel .monaco-editor .view-lines .view-line');
		// Monaco renders spaces as no-break spaces.
		return (await lines.allTextContents()).join('\n').replace(/\u00a0/g, ' ');
	}

	/** The visible notification toasts' text. */
	async notifications(): Promise<string[]> {
		return this.page.locator('.notifications-toasts .notification-toast').allTextContents();
	}

	async screenshot(name: string): Promise<string> {
		mkdirSync(RESULTS, { recursive: true });
		const file = join(RESULTS, `${name}.png`);
		await this.page.screenshot({ path: file });
		return file;
	}

	/** Ends the browser and code-server (its whole process group), whatever state they are in. */
	async stop(): Promise<void> {
		await this.#browser.close().catch(() => undefined);
		killGroup(this.#server);
	}
}

function killGroup(child: ChildProcess): void {
	if (child.pid !== undefined && child.exitCode === null && child.signalCode === null) {
		try {
			process.kill(-child.pid, 'SIGTERM');
		} catch {
			// Already gone.
		}
	}
}

/** The running processes whose command line `matches`, from `ps`: their pid and resident memory. */
export function processes(matches: (args: string) => boolean): { readonly pid: number; readonly rssKb: number; readonly args: string }[] {
	return spawnSync('ps', ['-eo', 'pid=,rss=,args='], { encoding: 'utf8' })
		.stdout.split('\n')
		.map((line) => /^\s*(\d+)\s+(\d+)\s+(.*)$/.exec(line))
		.filter((match) => match !== null && matches(match[3]))
		.map((match) => ({ pid: Number(match![1]), rssKb: Number(match![2]), args: match![3] }));
}

/** The `.vsix` that `npm run package` built for this version. */
export function builtVsix(): string {
	const { name, version } = require(join(REPO_ROOT, 'package.json')) as { name: string; version: string };
	const file = join(REPO_ROOT, `${name}-${version}.vsix`);
	if (!existsSync(file)) {
		throw new Error(`${file} is missing: run \`npm run package\` first (npm run test:e2e does).`);
	}
	return file;
}
