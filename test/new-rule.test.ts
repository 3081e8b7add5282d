// `npm run new-rule` adds a rule in one command: run as a child process on a temporary copy of the files it reads and
// edits (never the repository itself), it writes the rule, its test and its page, registers the rule at the end of its
// area's section, marks it not measured in evidence.json and regenerates the index and the counts; it refuses a bad
// call in one line with exit code 2. The refusals, the registry edit and the templates are also checked in-process.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { Refusal, identifierOf, parseCommandLine, register, ruleSource, testSource, type RuleSpec } from '../scripts/new-rule';

const REPO = join(__dirname, '..');
const SCRIPT = join(REPO, 'scripts', 'new-rule.ts');

/** What the script reads or writes, besides the folders it creates; server/src whole, since the regeneration loads the registry. */
const COPIED = ['server/src', 'scripts/rules-index.ts', 'scripts/corpus-evidence.ts', 'docs/rules', 'package.json', 'README.md', 'CHANGELOG.md'];

interface Run {
	readonly status: number | null;
	readonly stdout: string;
	readonly stderr: string;
}

function newRule(args: readonly string[]): Promise<Run> {
	return new Promise((resolve, reject) => {
		const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, ...args], { cwd: REPO });
		let stdout = '';
		let stderr = '';
		child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
		child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
		child.on('error', reject);
		child.on('close', (status) => resolve({ status, stdout, stderr }));
	});
}

const read = (root: string, path: string) => readFileSync(join(root, path), 'utf8');
const count = (text: string, pattern: RegExp) => Number(pattern.exec(text)?.[1]);

describe('npm run new-rule on a copy of the repository', () => {
	let root: string;
	let added: Promise<Run>;
	let refused: Promise<Run>;
	const id = 'no-placeholder-host';
	const REFUSED: readonly (readonly [readonly string[], RegExp])[] = [
		[['Not_Kebab', '--area', 'metadata'], /^new-rule: 'Not_Kebab' is not a kebab-case id/],
		[['schemes-https', '--area', 'metadata'], /^new-rule: 'schemes-https' already exists: server\/src\/rules\/metadata\/schemes-https\.ts$/],
		[['some-check'], /^new-rule: --area is required; the areas are: auth, /],
		[['some-check', '--area', 'content', '--profiles', 'validator,strict'], /^new-rule: profiles nest/],
	];

	before(() => {
		root = mkdtempSync(join(tmpdir(), 'connector-certify-new-rule-'));
		for (const path of COPIED) {
			cpSync(join(REPO, path), join(root, path), { recursive: true });
		}
		// The copied rules import npm packages; the copy resolves them from the repository's node_modules.
		symlinkSync(realpathSync(join(REPO, 'node_modules')), join(root, 'node_modules'), 'dir');
		// Side by side: each run pays a TypeScript loader start (the other refusals are checked in this process).
		added = newRule([id, '--area', 'metadata', '--root', root]);
		refused = newRule(['some-check', '--area', 'nowhere', '--root', root]);
	});
	after(() => rmSync(root, { recursive: true, force: true }));

	test('writes the rule, its test and its page from the templates', async () => {
		const run = await added;
		assert.equal(run.status, 0, run.stderr);
		assert.match(run.stdout, /^Added no-placeholder-host \(metadata, warning in certification, strict, reads swagger\)/);
		const rule = read(root, `server/src/rules/metadata/${id}.ts`);
		for (const line of [`\tid: '${id}',`, "\tseverity: 'warning',", '\tprofiles: FROM_CERTIFICATION,', "\tevidence: { sources: [], basis: 'heuristic' },", "\tfiles: ['swagger'],", '\tfixable: false,']) {
			assert.ok(rule.includes(`\n${line}\n`), line);
		}
		const ruleTest = read(root, `test/rules/metadata/${id}.test.ts`);
		assert.ok(ruleTest.includes(`import rule from '../../../server/src/rules/metadata/${id}';`));
		assert.ok(ruleTest.includes(`test('${id} fires on`) && ruleTest.includes(`test('${id} does not fire on`));
		const page = read(root, `docs/rules/${id}.md`);
		assert.ok(page.startsWith("---\ndescription: The host should not be the placeholder 'example.com'.\n---\n\n# no-placeholder-host\n"));
		for (const heading of ['## What it checks', '## Why', '## Evidence', '### ❌ Fires', '### ✅ Does not fire', '## How to fix', '| Microsoft code | none |', '| Default severity | warning |', '| Profiles | certification, strict |', '| Fixable | no |']) {
			assert.ok(page.includes(`\n${heading}\n`), heading);
		}
		assert.ok(page.includes('- **Accepted connectors**: Not measured yet: `npm run corpus-report -- --evidence`'), 'the Evidence section is generated');
		assert.ok(!existsSync(join(REPO, `server/src/rules/metadata/${id}.ts`)) && !existsSync(join(REPO, `docs/rules/${id}.md`)), 'the repository is untouched');
	});

	test('registers it after the last metadata import and at the end of the metadata section', async () => {
		assert.equal((await added).status, 0);
		const original = read(REPO, 'server/src/rules/index.ts').split('\n');
		const edited = read(root, 'server/src/rules/index.ts').split('\n');
		const importAt = edited.indexOf(`import noPlaceholderHost from './metadata/${id}';`);
		const entryAt = edited.indexOf('\tnoPlaceholderHost,');
		assert.deepEqual([...edited.slice(0, importAt), ...edited.slice(importAt + 1, entryAt), ...edited.slice(entryAt + 1)], original, 'two lines added, nothing else changed');
		assert.match(edited[importAt - 1], /^import \w+ from '\.\/metadata\//);
		assert.doesNotMatch(edited[importAt + 1], /^import \w+ from '\.\/metadata\//);
		assert.match(edited[entryAt + 1], /^\t\/\/ /, 'last of its section');
		assert.match(edited.slice(0, entryAt).reverse().find((line) => line.startsWith('\t// ')) ?? '', /^\t\/\/ Metadata, host, schemes/);
	});

	test('marks it not measured in evidence.json, in registry order, and regenerates the index and the counts', async () => {
		assert.equal((await added).status, 0);
		const original = JSON.parse(read(REPO, 'docs/rules/evidence.json'));
		const edited = JSON.parse(read(root, 'docs/rules/evidence.json'));
		assert.deepEqual(edited.rules[id], { flags: [], exceptions: [], notMeasured: true });
		assert.deepEqual({ ...edited, rules: undefined }, { ...original, rules: undefined });
		const ids = Object.keys(edited.rules);
		assert.deepEqual(ids.filter((other) => other !== id), Object.keys(original.rules));
		const index = read(root, 'server/src/rules/index.ts');
		const listedBefore = /\n\t(\w+),\n\tnoPlaceholderHost,/.exec(index)![1];
		assert.match(index, new RegExp(`\\nimport ${listedBefore} from '\\./[a-z]+/${ids[ids.indexOf(id) - 1]}';\\n`), 'right after the rule listed before it');
		assert.ok(read(root, 'docs/rules/README.md').includes(`\n| [${id}](${id}.md) |`));
		for (const [file, pattern] of [['README.md', /It has (\d+) rules/], ['CHANGELOG.md', /^- (\d+) rules:/m], ['docs/rules/README.md', /Connector Certify has (\d+) rules/]] as const) {
			assert.equal(count(read(root, file), pattern), count(read(REPO, file), pattern) + 1, file);
		}
	});

	test('refuses in one line with exit code 2, writing nothing', async () => {
		const run = await refused;
		assert.equal(run.status, 2);
		assert.equal(run.stdout, '');
		assert.equal(run.stderr, "new-rule: unknown area 'nowhere'; the areas are: auth, changes, content, dynamic, files, icon, json, mcp, metadata, operations, paths, policies, schemas, script, swagger, triggers\n");
		assert.ok(!existsSync(join(root, 'server/src/rules/content/some-check.ts')));
	});

	test('refuses a bad id, an existing rule, a missing area and profiles that do not nest', () => {
		for (const [args, message] of REFUSED) {
			assert.throws(() => parseCommandLine(args, root), (error: unknown) => error instanceof Refusal && message.test(`new-rule: ${error.message}`), args.join(' '));
		}
	});
});

const spec = (changes: Partial<RuleSpec> = {}): RuleSpec => ({ id: 'some-check', area: 'content', severity: 'warning', profiles: ['certification', 'strict'], file: 'swagger', description: 'Some check.', ...changes });

test('register: the section holding most of the area\'s rules (the later on a tie), or a new one for an area not listed yet', () => {
	const index = [
		"import type { Rule } from '../engine/types';",
		"import a1 from './a/a1';",
		"import b1 from './b/b1';",
		"import a2 from './a/a2';",
		"import a3 from './a/a3';",
		'',
		'export const RULES: readonly Rule[] = [',
		'\t// One',
		'\ta1,',
		'\tb1,',
		'\t// Two',
		'\ta2,',
		'\ta3,',
		'];',
		'',
	].join('\n');
	const a = register(index, 'new-a', 'a');
	assert.equal(a.section, 'Two');
	assert.equal(a.text, index.replace("a3 from './a/a3';\n", "a3 from './a/a3';\nimport newA from './a/new-a';\n").replace('\ta3,\n', '\ta3,\n\tnewA,\n'));
	assert.equal(register(index, 'new-b', 'b').text, index.replace("b1 from './b/b1';\n", "b1 from './b/b1';\nimport newB from './b/new-b';\n").replace('\tb1,\n', '\tb1,\n\tnewB,\n'));
	const c = register(index, 'new-c', 'c');
	assert.equal(c.section, 'c');
	assert.equal(c.text, index.replace("a3 from './a/a3';\n", "a3 from './a/a3';\nimport newC from './c/new-c';\n").replace('\ta3,\n];', '\ta3,\n\t// c\n\tnewC,\n];'));
	assert.throws(() => register(index, 'a-1', 'a'), /already imports a rule as a1/);
});

test('identifiers, profiles and the error template', () => {
	assert.equal(identifierOf('response-2xx-schema'), 'response2xxSchema');
	assert.equal(identifierOf('2xx-first'), 'rule2xxFirst');
	assert.deepEqual(parseCommandLine(['some-check', '--area', 'content', '--profiles', 'strict,certification'], REPO).spec.profiles, ['certification', 'strict']);
	assert.throws(() => parseCommandLine(['some-check', '--area', 'content', '--description', 'no capital.'], REPO), /sentence case/);
	const error = ruleSource(spec({ severity: 'error', profiles: ['validator', 'certification', 'strict'], file: 'apiProperties', description: "The 'x' isn't \"y\"." }));
	assert.ok(error.includes("\tevidence: { sources: ['SVR'], basis: 'validator-rejects' },\n"));
	assert.ok(error.includes('\tprofiles: FROM_VALIDATOR,\n'));
	assert.ok(error.includes("\tdescription: 'The \\'x\\' isn\\'t \"y\".',\n"));
	assert.ok(error.includes("context.apiProperties!.properties.publisher === 'Example'"));
	assert.ok(testSource(spec({ file: 'apiProperties' })).includes("const apiProperties = textOf({ properties: { publisher: 'Example' } });"));
});
