/** Helpers for rule tests: run one rule on in-memory files and point at text to state exact ranges. */
import type { FileKind } from '../../server/src/core/connector';
import { jsonIndexOf } from '../../server/src/core/json';
import type { Range } from '../../server/src/core/lines';
import { LineIndex } from '../../server/src/core/lines';
import { textArtifactOf } from '../../server/src/engine/artifacts';
import { applyEdits } from '../../server/src/engine/edits';
import { proposeFix } from '../../server/src/engine/fixes';
import { parseText } from '../../server/src/engine/parsedFile';
import { checkConnector } from '../../server/src/engine/run';
import type { Finding, Rule } from '../../server/src/engine/types';

export interface Files {
	swagger?: string | object;
	apiProperties?: string | object;
	folderPath?: string;
	/** The base names in the connector folder. */
	folderEntries?: string[];
	/** icon.png's bytes. */
	icon?: Uint8Array;
	/** script.csx's text. */
	script?: string;
	/** readme.md's text. */
	readme?: string;
	/** intro.md's text. */
	intro?: string;
	/** The previous version's definition files, for the breaking-change rules. */
	previous?: { swagger?: string | object; apiProperties?: string | object };
}

export interface RunOptions {
	/** Option values for the rule under test (its declared `options`). */
	options?: Record<string, unknown>;
}

/** Text for a file: strings are taken as they are, objects are printed with two-space indentation. */
export function textOf(file: string | object): string {
	return typeof file === 'string' ? file : JSON.stringify(file, null, 2);
}

/** Runs one rule (at its default severity, whatever its profiles) and returns its findings for every file. */
export function runRule(rule: Rule, files: Files, run: RunOptions = {}): Finding[] {
	const result = checkConnector([rule], {
		swagger: files.swagger === undefined ? undefined : parseText(textOf(files.swagger)),
		apiProperties: files.apiProperties === undefined ? undefined : parseText(textOf(files.apiProperties)),
		folderPath: files.folderPath,
		folderEntries: files.folderEntries,
		artifacts: {
			icon: files.icon ? { fileName: 'icon.png', bytes: files.icon } : undefined,
			script: files.script === undefined ? undefined : textArtifactOf('script.csx', files.script),
			readme: files.readme === undefined ? undefined : textArtifactOf('readme.md', files.readme),
			intro: files.intro === undefined ? undefined : textArtifactOf('intro.md', files.intro),
		},
		previous: files.previous && {
			swagger: files.previous.swagger === undefined ? undefined : parseText(textOf(files.previous.swagger)),
			apiProperties: files.previous.apiProperties === undefined ? undefined : parseText(textOf(files.previous.apiProperties)),
		},
	}, { config: { profile: 'strict', rules: { [rule.id]: rule.severity }, ruleOptions: run.options ? { [rule.id]: run.options } : undefined }, onRuleError: (_id, error) => { throw error; } });
	return Object.values(result.findings).flat();
}

/** The range of the `occurrence`-th (0-based) appearance of `needle` in `text`. */
export function rangeOf(text: string, needle: string, occurrence = 0): Range {
	let offset = -1;
	for (let i = 0; i <= occurrence; i++) {
		offset = text.indexOf(needle, offset + 1);
		if (offset < 0) {
			throw new Error(`"${needle}" occurs fewer than ${occurrence + 1} times`);
		}
	}
	return new LineIndex(text).rangeAt(offset, needle.length);
}

/** The parts of a finding a rule test asserts. */
export function summarize(findings: readonly Finding[]): { ruleId: string; file: FileKind; message: string; range: Range; jsonPointer: string }[] {
	return findings.map((f) => ({ ruleId: f.ruleId, file: f.file, message: f.message, range: f.range, jsonPointer: f.jsonPointer }));
}

/**
 * A breaking-change finding's `data` without `previous`, the old operation its new-version fix puts back (tested on
 * its own in _newVersion.test.ts).
 */
export function changeData(finding: Finding): Readonly<Record<string, unknown>> | undefined {
	if (!finding.data) {
		return undefined;
	}
	const { previous: _previous, ...rest } = finding.data;
	return rest;
}

/** A minimal valid-looking swagger to extend in tests. */
export function swaggerWith(paths: object, extra: object = {}): object {
	return { swagger: '2.0', info: { title: 'Contoso', description: 'Contoso invoices.', version: '1.0' }, host: 'api.contoso.com', basePath: '/', schemes: ['https'], paths, ...extra };
}

/**
 * A definition's text with its first member repeated (same name, same value), so the parse gives the same value but no
 * index: rules that read positions from the index of strict JSON read this one from the walked value instead.
 */
export function unindexed(text: string): string {
	const first = /^\{\s*("[^"]*"\s*:\s*"[^"]*")/.exec(text);
	if (!first) {
		throw new Error('the text does not start with a string member');
	}
	const repeated = `{${first[1]}, ${text.slice(1)}`;
	if (jsonIndexOf(parseText(repeated).doc)) {
		throw new Error('the text with a repeated member is still indexed');
	}
	return repeated;
}

/** Applies a rule's quick fix for one of its findings; the result's text is the fixed file. Fails when there is none. */
export function applyFix(rule: Rule, finding: Finding, files: Files): { title: string; text: string; placeholder?: string } {
	const input = {
		swagger: files.swagger === undefined ? undefined : parseText(textOf(files.swagger)),
		apiProperties: files.apiProperties === undefined ? undefined : parseText(textOf(files.apiProperties)),
		folderPath: files.folderPath,
	};
	const kind = finding.file === 'apiProperties' ? 'apiProperties' : 'swagger';
	const proposal = proposeFix([rule], { ruleId: finding.ruleId, file: kind, jsonPointer: finding.jsonPointer, data: finding.data }, input);
	if (!proposal) {
		throw new Error(`${rule.id} proposes no fix for ${finding.jsonPointer}`);
	}
	const text = applyEdits(input[kind]!.doc.text, proposal.edits);
	if (parseText(text).doc.fatal) {
		throw new Error(`${rule.id}'s fix leaves invalid JSON:\n${text}`);
	}
	return { title: proposal.title, text, placeholder: proposal.placeholder };
}
