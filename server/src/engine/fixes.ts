/**
 * Quick fixes: one finding's fix (for an editor's code action), and every fixable finding of a file fixed at once
 * (for fix-all, fix-on-save and `connector-certify fix`). Both use the rules' own `fix` functions, chosen by rule id
 * and the finding's data, never by its message.
 */
import { ApiPropertiesModel } from '../core/apiProperties';
import type { JsonFileKind } from '../core/connector';
import { parseJsonPointer } from '../core/location';
import { typedPath } from '../core/refs';
import { SwaggerModel } from '../core/swagger';
import type { EngineConfig } from './config';
import { applyEdits, KeyBesideRefError, type TextEdit } from './edits';
import { parseText, type ParsedFile } from './parsedFile';
import { checkConnector, type ConnectorInput } from './run';
import type { FixContext, FixProposal, Rule } from './types';

const MAX_PASSES = 25;

export interface FixTarget {
	readonly ruleId: string;
	readonly file: JsonFileKind;
	/** The finding's JSON pointer (LSP diagnostics carry it in `data.jsonPointer`). */
	readonly jsonPointer: string;
	readonly data?: Readonly<Record<string, unknown>>;
}

function modelsOf(input: ConnectorInput): { swagger?: SwaggerModel; apiProperties?: ApiPropertiesModel } {
	return {
		swagger: input.swagger && !input.swagger.doc.fatal ? new SwaggerModel(input.swagger.doc) : undefined,
		apiProperties: input.apiProperties && !input.apiProperties.doc.fatal ? new ApiPropertiesModel(input.apiProperties.doc) : undefined,
	};
}

function contextFor(target: FixTarget, file: ParsedFile, models: ReturnType<typeof modelsOf>): FixContext {
	const segments = parseJsonPointer(target.jsonPointer) ?? [];
	return {
		finding: { ruleId: target.ruleId, file: target.file, jsonPointer: target.jsonPointer, path: typedPath(file.doc.value, segments), data: target.data },
		doc: file.doc,
		swagger: models.swagger,
		apiProperties: models.apiProperties,
	};
}

/** The quick fix for one finding, or undefined when its rule has none or this finding cannot be fixed. */
export function proposeFix(rules: readonly Rule[], target: FixTarget, input: ConnectorInput): FixProposal | undefined {
	const rule = rules.find((candidate) => candidate.id === target.ruleId);
	const file = input[target.file];
	if (!rule?.fix || !file || file.doc.fatal) {
		return undefined;
	}
	let proposal: FixProposal | undefined;
	try {
		proposal = rule.fix(contextFor(target, file, modelsOf(input)));
	} catch (error) {
		// A key beside a $ref would be ignored, and removed again by additional-property-not-allowed-adjacent-to-ref's fix.
		if (error instanceof KeyBesideRefError) {
			return undefined;
		}
		throw error;
	}
	return proposal && proposal.edits.length > 0 ? proposal : undefined;
}

export interface FixAllResult {
	/** The file's text after every fix (the original text when nothing was fixed). */
	readonly text: string;
	/** How many findings were fixed. */
	readonly fixed: number;
	/** The rule ids fixed, with counts. */
	readonly byRule: Readonly<Record<string, number>>;
}

/**
 * Fixes every fixable finding in one file: in passes, each applying the fixes that do not touch one another, then
 * checking again (a fix can make another one possible, and two insertions into one object must not be computed
 * against the same text). Stops when nothing more can be fixed, or a pass would leave broken JSON.
 */
export function fixAll(rules: readonly Rule[], input: ConnectorInput, kind: JsonFileKind, config: EngineConfig, options: { ruleIds?: readonly string[] } = {}): FixAllResult {
	const fixers = rules.filter((rule) => rule.fix && rule.fixable && (!options.ruleIds || options.ruleIds.includes(rule.id)));
	const byRule: Record<string, number> = {};
	let current = input;
	let fixed = 0;
	const original = input[kind];
	if (!original || original.doc.fatal || fixers.length === 0) {
		return { text: original?.doc.text ?? '', fixed: 0, byRule };
	}
	for (let pass = 0; pass < MAX_PASSES; pass++) {
		const file = current[kind]!;
		const findings = checkConnector(fixers, current, { config }).findings[kind];
		if (findings.length === 0) {
			break;
		}
		const models = modelsOf(current);
		const chosen: TextEdit[][] = [];
		const taken = new TakenRanges();
		const chosenRules: string[] = [];
		for (const finding of findings) {
			const rule = fixers.find((candidate) => candidate.id === finding.ruleId)!;
			let proposal: ReturnType<NonNullable<Rule['fix']>>;
			try {
				proposal = rule.fix!(contextFor({ ruleId: finding.ruleId, file: kind, jsonPointer: finding.jsonPointer, data: finding.data }, file, models));
			} catch {
				// A fix that cannot be computed for this file (jsonc-parser's modify refuses a path through a scalar root) or
				// would add a key beside a $ref (KeyBesideRefError: the other rule's fix would remove it) is not applied; the finding stays.
				continue;
			}
			if (!proposal || proposal.requiresAuthor || proposal.edits.length === 0 || taken.touches(proposal.edits)) {
				continue;
			}
			taken.add(proposal.edits);
			chosen.push([...proposal.edits]);
			chosenRules.push(rule.id);
		}
		if (chosen.length === 0) {
			break;
		}
		const text = applyEdits(file.doc.text, chosen.flat());
		if (text === file.doc.text) {
			break;
		}
		const parsed = parseText(text);
		if (parsed.doc.fatal) {
			break;
		}
		fixed += chosen.length;
		for (const id of chosenRules) {
			byRule[id] = (byRule[id] ?? 0) + 1;
		}
		current = { ...current, [kind]: { ...parsed, hadBom: file.hadBom } };
	}
	return { text: current[kind]!.doc.text, fixed, byRule };
}

/**
 * The text ranges of the edits fix-all has chosen in a pass, disjoint and sorted, so whether a proposal touches one
 * (overlaps it, or meets it at a point: two insertions at one place cannot both be applied) is a binary search:
 * compared with every chosen edit, a pass of thousands of fixes took seconds.
 */
class TakenRanges {
	readonly #starts: number[] = [];
	readonly #ends: number[] = [];

	touches(edits: readonly TextEdit[]): boolean {
		return edits.some((edit) => {
			// The last range starting at or before this edit's end has the largest end of those that could touch it.
			const last = this.#lastStartingBy(edit.offset + edit.length);
			return last >= 0 && this.#ends[last] >= edit.offset;
		});
	}

	add(edits: readonly TextEdit[]): void {
		for (const edit of edits) {
			let start = edit.offset;
			let end = edit.offset + edit.length;
			let at = this.#lastStartingBy(end);
			// Edits of one proposal may touch each other (none touch another's): merged, the ranges stay disjoint.
			while (at >= 0 && this.#ends[at] >= start) {
				start = Math.min(start, this.#starts[at]);
				end = Math.max(end, this.#ends[at]);
				this.#starts.splice(at, 1);
				this.#ends.splice(at, 1);
				at--;
			}
			this.#starts.splice(at + 1, 0, start);
			this.#ends.splice(at + 1, 0, end);
		}
	}

	/** The index of the last range that starts at or before `offset`, or -1. */
	#lastStartingBy(offset: number): number {
		let low = 0;
		let high = this.#starts.length - 1;
		let found = -1;
		while (low <= high) {
			const middle = (low + high) >> 1;
			if (this.#starts[middle] <= offset) {
				found = middle;
				low = middle + 1;
			} else {
				high = middle - 1;
			}
		}
		return found;
	}
}
