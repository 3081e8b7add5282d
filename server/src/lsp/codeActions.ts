/**
 * Code actions: the quick fix for each Connector Certify diagnostic (chosen by its code and data), "Fix all <rule>
 * problems in this file", "Show documentation for <rule>", "Ignore <rule> in this workspace", and the
 * `source.fixAll.connectorCertify` action that fix-on-save runs. The fixes themselves are the engine's.
 */
import type { CodeActionParams } from 'vscode-languageserver';
// The protocol's constants from the types package: the checker thread computes code actions and never loads the
// language server library (see outline.ts).
import { type CodeAction, CodeActionKind, type Diagnostic, type Range, type TextEdit as LspTextEdit } from 'vscode-languageserver-types';
import type { JsonFileKind } from '../core/connector';
import { LineIndex } from '../core/lines';
import { ruleDocsUrl, type EngineConfig } from '../engine/index';
import { findRule } from '../rules/index';
import { applyEdits, type TextEdit } from '../engine/edits';
import { fixAll, proposeFix } from '../engine/fixes';
import type { ConnectorInput } from '../engine/run';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import { capped } from './limits';
import { RULES } from '../rules/index';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.connectorCertify`;

/** Client commands the actions use (registered by the VS Code client; other editors simply do not run them). */
export const COMMANDS = {
	selectText: 'connectorCertify.selectText',
	showRuleDocs: 'connectorCertify.showRuleDocumentation',
	ignoreRule: 'connectorCertify.ignoreRuleInWorkspace',
} as const;

export interface CodeActionInput {
	readonly uri: string;
	readonly kind: JsonFileKind;
	/** The connector's files as they are now (the document's buffer, the other file from its buffer or disk). */
	readonly input: ConnectorInput;
	readonly config: EngineConfig;
}

function toLspEdits(text: string, edits: readonly TextEdit[]): LspTextEdit[] {
	const lines = new LineIndex(text);
	return edits.map((edit) => ({ range: lines.rangeAt(edit.offset, edit.length), newText: edit.content }));
}

/** One edit replacing only the part of the text that changed: fix-all is a single undo step and keeps the cursor. */
export function minimalEdit(before: string, after: string): LspTextEdit {
	let start = 0;
	const shortest = Math.min(before.length, after.length);
	while (start < shortest && before.charCodeAt(start) === after.charCodeAt(start)) {
		start++;
	}
	let endBefore = before.length;
	let endAfter = after.length;
	while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
		endBefore--;
		endAfter--;
	}
	return { range: new LineIndex(before).rangeAt(start, endBefore - start), newText: after.slice(start, endAfter) };
}

/** Where the generated placeholder text lands after the edits, so the editor can select it. */
function placeholderRange(text: string, edits: readonly TextEdit[], placeholder: string): Range | undefined {
	const after = applyEdits(text, edits);
	const from = Math.min(...edits.map((edit) => edit.offset));
	const at = after.indexOf(JSON.stringify(placeholder).slice(1, -1), from);
	return at < 0 ? undefined : new LineIndex(after).rangeAt(at, JSON.stringify(placeholder).length - 2);
}

function ruleIdOf(diagnostic: Diagnostic): string | undefined {
	return diagnostic.source === DIAGNOSTIC_SOURCE && typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
}

/**
 * Whether a request can have any action: one of our diagnostics in its context, or fix-all asked for by kind. The
 * light bulb asks at every cursor move, mostly where there is nothing of ours; answering that without reading the
 * connector keeps a large file's parse off the typing path.
 */
export function mayHaveCodeActions(params: CodeActionParams): boolean {
	return params.context.diagnostics.some((diagnostic) => ruleIdOf(diagnostic) !== undefined) || fixAllRequested(params.context.only);
}

/** Whether `only` (absent: every kind) includes `kind` itself or a kind it belongs to (`source` includes `source.fixAll`). */
function kindRequested(only: readonly string[] | undefined, kind: string): boolean {
	return !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
}

/** Fix-all runs only when asked for by kind (fix-on-save, the Source Action menu): it is a whole-file operation. */
function fixAllRequested(only: readonly string[] | undefined): boolean {
	return only !== undefined && kindRequested(only, FIX_ALL_KIND);
}

export function codeActions(params: CodeActionParams, request: CodeActionInput): CodeAction[] {
	const file = request.input[request.kind];
	if (!file) {
		return [];
	}
	const text = file.doc.text;
	const only = params.context.only;
	const actions: CodeAction[] = [];

	if (kindRequested(only, CodeActionKind.QuickFix)) {
		const perRule = new Set<string>();
		for (const diagnostic of params.context.diagnostics) {
			const ruleId = ruleIdOf(diagnostic);
			const data = (diagnostic.data ?? {}) as Record<string, unknown>;
			if (!ruleId || typeof data.jsonPointer !== 'string') {
				continue;
			}
			const proposal = proposeFix(RULES, { ruleId, file: request.kind, jsonPointer: data.jsonPointer, data }, request.input);
			if (proposal) {
				const range = proposal.placeholder === undefined ? undefined : placeholderRange(text, proposal.edits, proposal.placeholder);
				actions.push({
					title: proposal.title,
					kind: CodeActionKind.QuickFix,
					diagnostics: [diagnostic],
					isPreferred: true,
					edit: { changes: { [request.uri]: toLspEdits(text, proposal.edits) } },
					...(range ? { command: { title: 'Select the generated text', command: COMMANDS.selectText, arguments: [request.uri, range] } } : {}),
				});
			}
			if (perRule.has(ruleId)) {
				continue;
			}
			perRule.add(ruleId);
			const rule = findRule(ruleId);
			if (rule?.fix && rule.fixable && proposal && !proposal.requiresAuthor) {
				// Computed only when chosen (codeAction/resolve): a light-bulb request must stay cheap on a large file.
				const data: FixAllData = { uri: request.uri, ruleIds: [ruleId] };
				actions.push({ title: `Fix all ${ruleId} problems in this file`, kind: CodeActionKind.QuickFix, data });
			}
			actions.push({
				title: `Show documentation for ${ruleId}`,
				kind: CodeActionKind.QuickFix,
				command: { title: `Show documentation for ${ruleId}`, command: COMMANDS.showRuleDocs, arguments: [ruleId, ruleDocsUrl(ruleId)] },
			});
			actions.push({
				title: `Ignore ${ruleId} in this workspace`,
				kind: CodeActionKind.QuickFix,
				command: { title: `Ignore ${ruleId} in this workspace`, command: COMMANDS.ignoreRule, arguments: [ruleId] },
			});
		}
	}

	if (fixAllRequested(only)) {
		const data: FixAllData = { uri: request.uri };
		actions.push({ title: 'Fix all Connector Certify problems', kind: FIX_ALL_KIND, data });
	}
	return actions;
}

/**
 * The answer to a code-action request: at most `max` actions (`total` counts them all), each fix-all resolved at once
 * when the client cannot resolve edits later.
 */
export function codeActionAnswer(params: CodeActionParams, request: CodeActionInput, max: number, resolveEdits: boolean): { actions: CodeAction[]; total: number } {
	const all = codeActions(params, request);
	const { items } = capped(all, max);
	return { actions: resolveEdits ? items : items.map((action) => (isFixAllData(action.data) ? resolveFixAll(action, request) : action)), total: all.length };
}

/** What a fix-all action carries until it is resolved: the document, and the rules to fix (all when absent). */
export interface FixAllData {
	readonly uri: string;
	readonly ruleIds?: readonly string[];
}

export function isFixAllData(data: unknown): data is FixAllData {
	return typeof data === 'object' && data !== null && typeof (data as FixAllData).uri === 'string';
}

/** Fills in a fix-all action's edit: one edit replacing only what changed, so it is a single undo step. */
export function resolveFixAll(action: CodeAction, request: CodeActionInput): CodeAction {
	const data = action.data as FixAllData;
	const file = request.input[request.kind];
	if (!file) {
		return action;
	}
	const all = fixAll(RULES, request.input, request.kind, request.config, { ruleIds: data.ruleIds });
	return all.fixed > 0 ? { ...action, edit: { changes: { [request.uri]: [minimalEdit(file.doc.text, all.text)] } } } : action;
}
