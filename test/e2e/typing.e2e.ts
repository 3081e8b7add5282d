// Typing cost (issue 13): the keystroke echo in a large connector swagger against the same text in a plain JSON file,
// in the same window. The echo is what the author feels: from the key's event to the typed character in the editor's
// lines. Both files get the same edit (a key typed on a new line, so the JSON is incomplete while it is typed, as it is
// for every new key), in alternating rounds so that a slower moment of the machine falls on both.
//
// The figures go to the suite's output and to test-results/e2e/typing-echo.json. The target is an echo within 10 % of
// plain JSON; it is reported, not asserted, because it is not met in code-server (1.3 to 1.4 with Encodian's 625
// findings). With every rule off the same run gives 1.02: what remains is the findings' markers. In a browser-hosted
// VS Code the workbench sends every marker of a file to its web-worker extension host whenever any owner changes that
// file's markers (VS Code's JSON service does, on each pause in typing while the JSON is broken), so the cost grows
// with the file's finding count and is not ours to remove. What is asserted is the guard against a gross regression:
// the echo the issue started from was 1.9 times plain JSON's.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { stats } from '../../bench/stats';
import { builtVsix, DEADLINE_MS, prepareTools, processes, REPO_ROOT, RESULTS, VsCode, waitFor } from './vscode';

/** Encodian: 1.1 MB, 35,000 lines, the largest certified connector the project knows. */
const CONNECTOR = 'Encodian';
const PLAIN = { folder: 'plain', name: 'big.json' };
const SWAGGER = { folder: CONNECTOR, name: 'apiDefinition.swagger.json' };
/** What is typed in each round: a new extension key, as authors type them. */
const TYPED = '"x-ms-summary';
const ROUNDS = 8;
/** A brisk typist: one key every 100 ms, so checks and providers triggered by one key meet the next. */
const KEY_INTERVAL_MS = 100;
const TARGET_RATIO = 1.1;
/** Idle time that counts as quiet between rounds. */
const QUIET_MS = 1500;
const GUARD_RATIO = 2;

/**
 * Listens in the page: a key's event time, then the first change of the editor's lines after which a line reads what
 * has been typed so far (with the quote VS Code closes for it). Measured in the page, so the browser's remote control
 * adds nothing. Page code is a string: this project's TypeScript has no DOM types, and the page needs none of ours.
 */
const PROBE = `(() => {
	if (window.echoProbe) return;
	const probe = (window.echoProbe = { start: 0, expected: '', samples: [] });
	document.addEventListener('keydown', (event) => (probe.start = event.timeStamp), { capture: true });
	new MutationObserver(() => {
		if (!probe.expected) return;
		const editor = document.activeElement && document.activeElement.closest('.monaco-editor');
		const lines = editor ? Array.from(editor.querySelectorAll('.view-lines .view-line'), (line) => (line.textContent || '').replace(/\u00a0/g, ' ').trim()) : [];
		if (lines.includes(probe.expected) || lines.includes(probe.expected + '"')) {
			probe.samples.push(performance.now() - probe.start);
			probe.expected = '';
		}
	}).observe(document.body, { subtree: true, childList: true, characterData: true });
})()`;

/** Clock ticks of CPU the language server, the extension host and VS Code's JSON server have used (from /proc), to wait for them to go quiet. */
function extensionCpuTicks(): number {
	let ticks = 0;
	for (const { pid } of processes((args) => /dist\/server\.js|extensionHost|jsonServerMain/.test(args))) {
		try {
			const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
			ticks += Number(fields[11]) + Number(fields[12]);
		} catch {
			// The process ended between ps and the read.
		}
	}
	return ticks;
}

describe('Typing in a large connector swagger', () => {
	let scratch: string;
	let workspace: string;
	let vscode: VsCode;

	before(async () => {
		const tools = prepareTools();
		scratch = mkdtempSync(join(tmpdir(), 'connector-certify-e2e-typing-'));
		workspace = join(scratch, 'workspace');
		cpSync(join(REPO_ROOT, 'test', 'fixtures', 'upstream', CONNECTOR), join(workspace, CONNECTOR), { recursive: true });
		mkdirSync(join(workspace, PLAIN.folder));
		// The same bytes under a name no extension claims: VS Code's JSON support only.
		writeFileSync(join(workspace, PLAIN.folder, PLAIN.name), readFileSync(join(workspace, SWAGGER.folder, SWAGGER.name)));
		vscode = await VsCode.start(tools, builtVsix(), workspace, join(scratch, 'vscode'));
	});

	after(async () => {
		await vscode?.stop();
		if (scratch) {
			rmSync(scratch, { recursive: true, force: true });
		}
	});

	/**
	 * Waits until the extension host and the language servers have been idle for longer than the server holds
	 * diagnostics that only moved with the typing (1 s): the send that follows a round must not fall into the next one.
	 */
	async function quiet(): Promise<void> {
		let last = extensionCpuTicks();
		let idleSince = Date.now();
		await waitFor('the extension host and the language server to go quiet', () => {
			const now = extensionCpuTicks();
			if (now - last > 2) {
				idleSince = Date.now();
			}
			last = now;
			return Date.now() - idleSince >= QUIET_MS;
		});
	}

	/** Types TYPED on a new second line of the file, one key at a time, and returns each key's echo in ms. */
	async function typeRound(file: { folder: string; name: string }): Promise<number[]> {
		await vscode.openFile(file.folder, file.name);
		await quiet();
		const page = vscode.page;
		await page.keyboard.press('Control+Home');
		await page.keyboard.press('End');
		await page.keyboard.press('Enter');
		await page.evaluate(PROBE);
		await page.evaluate('window.echoProbe.samples = []');
		for (let index = 1; index <= TYPED.length; index++) {
			const pressed = Date.now();
			await page.evaluate(`window.echoProbe.expected = ${JSON.stringify(TYPED.slice(0, index))}`);
			await page.keyboard.press(TYPED[index - 1]);
			await page.waitForFunction(`window.echoProbe.samples.length >= ${index}`, undefined, { timeout: DEADLINE_MS, polling: 'raf' });
			// The typist's pace, not a wait for an outcome: the next key comes when it would, whatever the echo was.
			const rest = KEY_INTERVAL_MS - (Date.now() - pressed);
			if (rest > 0) {
				await page.waitForTimeout(rest);
			}
		}
		const samples = (await page.evaluate('window.echoProbe.samples')) as number[];
		await page.keyboard.press('Escape');
		await vscode.runCommand('File: Revert File');
		return samples;
	}

	test(`the echo in ${CONNECTOR}'s swagger against the same text in a plain JSON file (reported; guarded at ${GUARD_RATIO}x)`, async () => {
		try {
			// The connector is checked once before measuring: the first check is not typing.
			await vscode.openFile(SWAGGER.folder, SWAGGER.name);
			await waitFor('the connector\'s findings', () => vscode.connectorErrors());
			const ours: number[] = [];
			const plain: number[] = [];
			for (let round = 0; round < ROUNDS; round++) {
				// Alternating which goes first keeps any drift of the machine from favouring one file.
				const order = round % 2 ? [PLAIN, SWAGGER] : [SWAGGER, PLAIN];
				for (const file of order) {
					(file === SWAGGER ? ours : plain).push(...(await typeRound(file)));
				}
			}
			const oursStats = stats(ours);
			const plainStats = stats(plain);
			const report = {
				connector: { file: `${CONNECTOR}/${SWAGGER.name}`, keys: ours.length, medianMs: oursStats.median, p90Ms: oursStats.p90 },
				plain: { file: `${PLAIN.folder}/${PLAIN.name}`, keys: plain.length, medianMs: plainStats.median, p90Ms: plainStats.p90 },
				ratio: oursStats.median / plainStats.median,
				target: TARGET_RATIO,
			};
			mkdirSync(RESULTS, { recursive: true });
			writeFileSync(join(RESULTS, 'typing-echo.json'), `${JSON.stringify({ ...report, samples: { connector: ours, plain } }, undefined, '\t')}\n`);
			console.log(
				`  keystroke echo, median (p90) of ${ours.length} keys: ${CONNECTOR} swagger ${report.connector.medianMs.toFixed(1)} ms (${report.connector.p90Ms.toFixed(1)}),` +
					` plain JSON ${report.plain.medianMs.toFixed(1)} ms (${report.plain.p90Ms.toFixed(1)}); ratio ${report.ratio.toFixed(2)}` +
					` (target ${TARGET_RATIO.toFixed(2)}: ${report.ratio <= TARGET_RATIO ? 'met' : 'not met'})`,
			);
			assert.equal(ours.length, ROUNDS * TYPED.length);
			assert.equal(plain.length, ROUNDS * TYPED.length);
			assert.ok(report.ratio <= GUARD_RATIO, `the echo in the connector file is ${((report.ratio - 1) * 100).toFixed(0)} % slower than in plain JSON`);
			await vscode.screenshot('typing-echo');
		} catch (error) {
			await vscode?.screenshot('typing-echo-failure').catch(() => undefined);
			throw error;
		}
	});
});
