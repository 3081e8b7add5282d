/**
 * `npm run new-rule <id> -- --area <area> [--severity error|warning|information|hint] [--profiles validator,certification,strict]
 * [--file swagger|apiProperties] [--description "One line."] [--root <dir>]`: adds a rule in one command.
 *
 * Writes the rule, its test and its page from the templates below, registers the rule in server/src/rules/index.ts at
 * the end of its area's section, gives it a "not measured yet" entry in docs/rules/evidence.json (so `npm test` passes
 * without the corpus), then regenerates what `npm run rules:index` writes. The templates are one small working rule
 * (a placeholder value in the host or the publisher) whose check, message, test cases and page the author replaces:
 * the generated test already asserts the exact message, range and pointer, so the next step is to change them.
 * `--root` runs it on another copy of the repository (test/new-rule.test.ts uses a temporary one).
 *
 * Nothing here imports the registry: it is required from the root only after it has been edited, with the generators
 * that read it, so they see the new rule.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { SeverityBasis, SourceId } from '../server/src/engine/evidence';
import { PROFILES, SEVERITIES, type Profile, type Severity } from '../server/src/engine/types';
import type * as CorpusEvidence from './corpus-evidence';
import type * as Registry from '../server/src/rules/index';
import type * as RulesIndex from './rules-index';

/** A mistake in how the script was called: one line on stderr, exit code 2. */
export class Refusal extends Error {}

export type RuleFile = 'swagger' | 'apiProperties';

export interface RuleSpec {
	readonly id: string;
	readonly area: string;
	readonly severity: Severity;
	readonly profiles: readonly Profile[];
	readonly file: RuleFile;
	readonly description: string;
}

const REPO_ROOT = join(__dirname, '..');
const KEBAB = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const FILES: readonly RuleFile[] = ['swagger', 'apiProperties'];

/** The example each template checks: one placeholder value, so the rule reports nothing on real connectors until it is written. */
const EXAMPLES = {
	swagger: {
		description: "The host should not be the placeholder 'example.com'.",
		condition: "context.swagger!.root.host === 'example.com'",
		path: "['host']",
		message: "The 'host' value 'example.com' is a placeholder.",
		fires: { code: "textOf(swaggerWith({}, { host: 'example.com' }))", helpers: ['swaggerWith', 'textOf'], needle: '"example.com"', pointer: '/host', what: 'the placeholder host' },
		clean: { code: 'swaggerWith({})', what: 'a real host' },
		checks: 'The root `host` when it is `example.com`.',
		why: "`example.com` is reserved for documentation (RFC 2606): no service answers there for the connector, so every action it offers fails.",
		firesJson: '"host": "example.com"',
		cleanJson: '"host": "api.contoso.com"',
		fix: 'Set `host` to the host name of the service the connector calls.',
	},
	apiProperties: {
		description: "The publisher should not be the placeholder 'Example'.",
		condition: "context.apiProperties!.properties.publisher === 'Example'",
		path: "['properties', 'publisher']",
		message: "The 'publisher' value 'Example' is a placeholder.",
		fires: { code: "textOf({ properties: { publisher: 'Example' } })", helpers: ['textOf'], needle: '"Example"', pointer: '/properties/publisher', what: 'the placeholder publisher' },
		clean: { code: "{ properties: { publisher: 'Contoso' } }", what: 'a real publisher' },
		checks: '`properties.publisher` in `apiProperties.json` when it is `Example`.',
		why: 'A publisher left at a placeholder tells users and reviewers nothing about who publishes the connector.',
		firesJson: '{ "properties": { "publisher": "Example" } }',
		cleanJson: '{ "properties": { "publisher": "Contoso" } }',
		fix: 'Set `publisher` to the name of the company or person who publishes the connector.',
	},
} as const;

/** The JavaScript identifier the registry imports a rule as: `op-summary-max-80` → `opSummaryMax80`. */
export function identifierOf(id: string): string {
	const camel = id.replace(/-([a-z0-9])/g, (_, c: string) => c.toUpperCase());
	return /^[0-9]/.test(camel) ? `rule${camel}` : camel;
}

/** A TypeScript string literal in the repository's style: single quotes unless the text has one. */
function tsString(text: string): string {
	const escaped = text.replace(/\\/g, '\\\\');
	if (!text.includes("'")) {
		return `'${escaped}'`;
	}
	return text.includes('"') ? `'${escaped.replace(/'/g, "\\'")}'` : `"${escaped}"`;
}

/** The profile constant of engine/types for a nested profile list. */
function profilesConstant(profiles: readonly Profile[]): string {
	return profiles.length === 3 ? 'FROM_VALIDATOR' : profiles.length === 2 ? 'FROM_CERTIFICATION' : 'STRICT_ONLY';
}

/** A starting evidence the meta test accepts for the severity; the comment above it in the rule says what to replace. */
function defaultEvidence(severity: Severity): { sources: readonly SourceId[]; basis: SeverityBasis } {
	return severity === 'error' ? { sources: ['SVR'], basis: 'validator-rejects' } : { sources: [], basis: 'heuristic' };
}

export function ruleSource(spec: RuleSpec): string {
	const example = EXAMPLES[spec.file];
	const evidence = defaultEvidence(spec.severity);
	const constant = profilesConstant(spec.profiles);
	return [
		`import { ${constant}, defineRule } from '../../engine/types';`,
		'',
		'/** Where the check comes from (a rules.md section, a Microsoft page or a validator message) and what it asks. */',
		'export default defineRule({',
		`\tid: '${spec.id}',`,
		"\t// msCode: 'PascalCase', when Microsoft's validator has a code for the same check (the page's table repeats it).",
		`\tseverity: '${spec.severity}',`,
		`\tprofiles: ${constant},`,
		spec.severity === 'error'
			? "\t// An error promises that Microsoft rejects it: name the sources that show it (engine/evidence.ts SOURCES) and the basis (SEVERITY_BASES); SVR is the Swagger Validator rules page."
			: "\t// Our own check until Microsoft's sources are named (engine/evidence.ts SOURCES) with the basis they support (SEVERITY_BASES); a heuristic is never an error.",
		`\tevidence: { sources: [${evidence.sources.map((source) => `'${source}'`).join(', ')}], basis: '${evidence.basis}' },`,
		`\tdescription: ${tsString(spec.description)},`,
		'\tfixable: false,',
		`\tfiles: ['${spec.file}'],`,
		'\tcheck(context) {',
		'\t\t// The example to replace: find what is wrong and report its JSON path; the engine turns the path into the range.',
		`\t\tif (${example.condition}) {`,
		`\t\t\tcontext.report({ file: '${spec.file}', path: ${example.path}, message: ${tsString(example.message)} });`,
		'\t\t}',
		'\t},',
		'});',
		'',
	].join('\n');
}

export function testSource(spec: RuleSpec): string {
	const example = EXAMPLES[spec.file];
	const variable = spec.file;
	const helpers = ['rangeOf', 'runRule', 'summarize', ...example.fires.helpers].sort();
	return [
		'import assert from \'node:assert/strict\';',
		'import { test } from \'node:test\';',
		`import rule from '../../../server/src/rules/${spec.area}/${spec.id}';`,
		`import { ${helpers.join(', ')} } from '../../helpers/ruleTester';`,
		'',
		'// Each finding is asserted whole (message, range, pointer): a changed message or squiggle fails here.',
		`const MESSAGE = ${tsString(example.message)};`,
		'',
		`test('${spec.id} fires on ${example.fires.what}', () => {`,
		`\tconst ${variable} = ${example.fires.code};`,
		`\tassert.deepEqual(summarize(runRule(rule, { ${variable} })), [`,
		`\t\t{ ruleId: '${spec.id}', file: '${spec.file}', message: MESSAGE, range: rangeOf(${variable}, '${example.fires.needle}'), jsonPointer: '${example.fires.pointer}' },`,
		'\t]);',
		'});',
		'',
		`test('${spec.id} does not fire on ${example.clean.what}', () => {`,
		`\tassert.deepEqual(runRule(rule, { ${variable}: ${example.clean.code} }), []);`,
		'});',
		'',
	].join('\n');
}

export function pageSource(spec: RuleSpec): string {
	const example = EXAMPLES[spec.file];
	return [
		'---',
		`description: ${spec.description}`,
		'---',
		'',
		`# ${spec.id}`,
		'',
		'| | |',
		'|---|---|',
		'| Microsoft code | none |',
		`| Default severity | ${spec.severity} |`,
		`| Profiles | ${spec.profiles.join(', ')} |`,
		'| Fixable | no |',
		'',
		'## What it checks',
		'',
		`${example.checks} The message is \`${example.message}\` and the squiggle is on the value.`,
		'',
		'## Why',
		'',
		example.why,
		'',
		'## Evidence',
		'',
		'## Examples',
		'',
		'### ❌ Fires',
		'',
		'```json',
		example.firesJson,
		'```',
		'',
		'### ✅ Does not fire',
		'',
		'```json',
		example.cleanJson,
		'```',
		'',
		'## How to fix',
		'',
		example.fix,
		'',
	].join('\n');
}

/**
 * The registry with the rule imported after the last import of its area and listed at the end of its area's section
 * of RULES. The sections (`// …` comments) follow rules.md, not the folders, so the area's section is the one that
 * lists most of its rules (the later on a tie); an area with no rule listed yet gets a section of its own at the end.
 */
export function register(index: string, id: string, area: string): { text: string; section: string } {
	const lines = index.split('\n');
	const identifier = identifierOf(id);
	const areaOf = new Map<string, string>();
	let lastImport = -1;
	let lastAreaImport = -1;
	lines.forEach((line, i) => {
		const match = /^import (\w+) from '\.\/([\w-]+)\/[\w-]+';$/.exec(line);
		if (match) {
			areaOf.set(match[1], match[2]);
			lastImport = i;
			lastAreaImport = match[2] === area ? i : lastAreaImport;
		}
	});
	const open = lines.indexOf('export const RULES: readonly Rule[] = [');
	const close = lines.indexOf('];', open);
	if (lastImport < 0 || open < 0 || close < 0) {
		throw new Error('server/src/rules/index.ts no longer has the rule imports and the RULES array this script edits');
	}
	if (areaOf.has(identifier)) {
		throw new Refusal(`the registry already imports a rule as ${identifier}; choose another id`);
	}
	const sections: { title: string; last: number; count: number }[] = [];
	for (let i = open + 1; i < close; i++) {
		const comment = /^\t\/\/ (.*)$/.exec(lines[i]);
		const entry = /^\t(\w+),$/.exec(lines[i]);
		if (comment) {
			sections.push({ title: comment[1], last: i, count: 0 });
		} else if (entry && sections.length > 0) {
			const section = sections[sections.length - 1];
			section.last = i;
			section.count += areaOf.get(entry[1]) === area ? 1 : 0;
		}
	}
	const chosen = sections.reduce<(typeof sections)[number] | undefined>((best, section) => (section.count > 0 && section.count >= (best?.count ?? 0) ? section : best), undefined);
	// The entry first: it lies below the imports, so inserting it leaves the import positions as they are.
	if (chosen) {
		lines.splice(chosen.last + 1, 0, `\t${identifier},`);
	} else {
		lines.splice(close, 0, `\t// ${area}`, `\t${identifier},`);
	}
	lines.splice((lastAreaImport >= 0 ? lastAreaImport : lastImport) + 1, 0, `import ${identifier} from './${area}/${id}';`);
	return { text: lines.join('\n'), section: chosen?.title ?? area };
}

/** The area folders of server/src/rules (`shared` holds helpers of several areas, not rules). */
export function knownAreas(root: string): string[] {
	return readdirSync(join(root, 'server/src/rules'), { withFileTypes: true })
		.filter((entry) => entry.isDirectory() && entry.name !== 'shared')
		.map((entry) => entry.name)
		.sort();
}

/** Reads the command line into a spec, or refuses with the reason. */
export function parseCommandLine(argv: readonly string[], defaultRoot: string): { spec: RuleSpec; root: string } {
	let parsed;
	try {
		parsed = parseArgs({
			args: [...argv],
			allowPositionals: true,
			options: { area: { type: 'string' }, severity: { type: 'string' }, profiles: { type: 'string' }, file: { type: 'string' }, description: { type: 'string' }, root: { type: 'string' } },
		});
	} catch (error) {
		throw new Refusal((error as Error).message.split('\n')[0]);
	}
	const { values, positionals } = parsed;
	const root = values.root ?? defaultRoot;
	if (positionals.length !== 1) {
		throw new Refusal('usage: npm run new-rule <id> -- --area <area> [--severity error|warning|information|hint] [--profiles validator,certification,strict] [--file swagger|apiProperties] [--description "One line."]');
	}
	const id = positionals[0];
	if (!KEBAB.test(id)) {
		throw new Refusal(`'${id}' is not a kebab-case id: lowercase letters and digits joined by single hyphens, e.g. op-summary-max-80`);
	}
	const areas = knownAreas(root);
	if (values.area === undefined || !areas.includes(values.area)) {
		throw new Refusal(`${values.area === undefined ? '--area is required' : `unknown area '${values.area}'`}; the areas are: ${areas.join(', ')}`);
	}
	const existing = [
		...areas.map((area) => `server/src/rules/${area}/${id}.ts`),
		...areas.map((area) => `test/rules/${area}/${id}.test.ts`),
		`docs/rules/${id}.md`,
	].find((path) => existsSync(join(root, path)));
	if (existing) {
		throw new Refusal(`'${id}' already exists: ${existing}`);
	}
	const severity = (values.severity ?? 'warning') as Severity;
	if (!SEVERITIES.includes(severity)) {
		throw new Refusal(`unknown severity '${values.severity}'; use ${SEVERITIES.join(', ')}`);
	}
	const profiles = (values.profiles ?? 'certification,strict').split(',').map((profile) => profile.trim()) as Profile[];
	const nested = PROFILES.slice(PROFILES.length - profiles.length);
	if (profiles.length === 0 || profiles.length > PROFILES.length || nested.some((profile) => !profiles.includes(profile))) {
		throw new Refusal(`profiles nest (validator ⊂ certification ⊂ strict), so a rule runs in one and every wider one: validator,certification,strict or certification,strict or strict, not '${values.profiles}'`);
	}
	const file = (values.file ?? 'swagger') as RuleFile;
	if (!FILES.includes(file)) {
		throw new Refusal(`unknown file '${values.file}'; use ${FILES.join(' or ')} (rules on the icon, script.csx, readme.md or intro.md start from a rule of the icon, script or files area)`);
	}
	const description = values.description ?? EXAMPLES[file].description;
	if (!/^[A-Z][^\n]*\.$/.test(description)) {
		throw new Refusal('the description is one line in sentence case ending with a period');
	}
	return { spec: { id, area: values.area, severity, profiles: nested, file, description }, root };
}

function write(root: string, path: string, text: string): void {
	mkdirSync(join(root, path, '..'), { recursive: true });
	writeFileSync(join(root, path), text);
}

/** Writes and registers the rule, then regenerates; returns what to print. */
export function addRule(spec: RuleSpec, root: string): string {
	const rulePath = `server/src/rules/${spec.area}/${spec.id}.ts`;
	const testPath = `test/rules/${spec.area}/${spec.id}.test.ts`;
	const pagePath = `docs/rules/${spec.id}.md`;
	const indexPath = join(root, 'server/src/rules/index.ts');
	const registered = register(readFileSync(indexPath, 'utf8'), spec.id, spec.area);
	write(root, rulePath, ruleSource(spec));
	write(root, testPath, testSource(spec));
	write(root, pagePath, pageSource(spec));
	writeFileSync(indexPath, registered.text);

	// Required only now, from the root, so the registry and the generators see the new rule.
	const { RULES } = require(join(root, 'server/src/rules/index.ts')) as typeof Registry;
	const corpus = require(join(root, 'scripts/corpus-evidence.ts')) as typeof CorpusEvidence;
	const generators = require(join(root, 'scripts/rules-index.ts')) as typeof RulesIndex;
	// In the registry's order, which is the order `npm run corpus-report -- --evidence` writes, so measuring it later changes only this entry.
	const evidence = generators.readEvidenceFile();
	const measures = RULES.flatMap((rule) => {
		const measure = evidence.rules[rule.id] ?? (rule.id === spec.id ? corpus.NOT_MEASURED : undefined);
		return measure ? [[rule.id, measure] as const] : [];
	});
	writeFileSync(corpus.EVIDENCE_PATH, corpus.renderEvidenceFile({ ...evidence, rules: Object.fromEntries(measures) }));
	generators.regenerate();

	const column = Math.max(rulePath.length, testPath.length) + 2;
	const row = (path: string, what: string) => `  ${path.padEnd(column)}${what}`;
	return [
		`Added ${spec.id} (${spec.area}, ${spec.severity} in ${spec.profiles.join(', ')}, reads ${spec.file})${root === REPO_ROOT ? '' : ` in ${root}`}:`,
		row(rulePath, 'the rule: its check is a working example to replace'),
		row(testPath, 'fires / does not fire, with the exact message, range and pointer'),
		row(pagePath, 'the page: what it checks, why, examples, how to fix'),
		row('server/src/rules/index.ts', `registered at the end of "${registered.section}"`),
		row('docs/rules/evidence.json', 'not measured yet (npm run corpus-report -- --evidence measures it)'),
		'  and regenerated the rules index, the Evidence sections, the ruleOptions schema and the README and CHANGELOG counts.',
		`Next: write the check and its message, turn the test cases into yours, then the page (CONTRIBUTING.md, "Add a rule"); node scripts/run-tests.mjs test/meta.test.ts ${testPath}`,
		'',
	].join('\n');
}

if (require.main === module) {
	try {
		const { spec, root } = parseCommandLine(process.argv.slice(2), REPO_ROOT);
		process.stdout.write(addRule(spec, root));
	} catch (error) {
		if (!(error instanceof Refusal)) {
			throw error;
		}
		process.stderr.write(`new-rule: ${error.message}\n`);
		process.exitCode = 2;
	}
}
