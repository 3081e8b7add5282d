/**
 * Steady findings while a definition file's JSON is broken, as it is for a moment with every key typed (`"x-ms-`): the
 * model rules cannot run on a tree that is not whole, so their findings would drop out and come back at the next
 * keystroke, and the Problems panel would flicker. Instead, the findings of those rules from the last check of a whole
 * tree are carried forward, moved with the text changed since (one common-suffix/prefix diff: typing changes one place),
 * next to the fresh syntax findings, until the JSON is whole again and a real check replaces them.
 */
import type { FileKind } from '../core/connector';
import type { Position, Range } from '../core/lines';
import type { SentFinding } from './workerProtocol';
import { RULES } from '../rules/index';

/** The last check of a file whose JSON was whole: its text when it was an open buffer, and its findings. */
export interface GoodCheck {
	readonly text?: string;
	readonly findings: readonly SentFinding[];
}

/** Characters compared at a time: the unchanged text around one edit runs to a megabyte, compared on every check while typing. */
const BLOCK = 1024;

function commonPrefix(a: string, b: string, limit: number): number {
	let n = 0;
	while (n + BLOCK <= limit && a.slice(n, n + BLOCK) === b.slice(n, n + BLOCK)) {
		n += BLOCK;
	}
	while (n < limit && a.charCodeAt(n) === b.charCodeAt(n)) {
		n++;
	}
	return n;
}

function commonSuffix(a: string, b: string, limit: number): number {
	let n = 0;
	while (n + BLOCK <= limit && a.slice(a.length - n - BLOCK, a.length - n) === b.slice(b.length - n - BLOCK, b.length - n)) {
		n += BLOCK;
	}
	while (n < limit && a.charCodeAt(a.length - 1 - n) === b.charCodeAt(b.length - 1 - n)) {
		n++;
	}
	return n;
}

/** The position of `offset` in `text`, counting on from `position` at `from` (line breaks: LF, CRLF, CR). */
function advance(text: string, from: number, position: Position, offset: number): Position {
	let line = position.line;
	let lineStart = from - position.character;
	for (let i = from; i < offset; i++) {
		const code = text.charCodeAt(i);
		if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
			line++;
			lineStart = i + 1;
		}
	}
	return { line, character: offset - lineStart };
}

const compare = (a: Position, b: Position) => a.line - b.line || a.character - b.character;

/**
 * A function moving ranges of `before` to where the same text is in `after` (inside the changed span: its start).
 * The change is taken as one span (common prefix and suffix): typing changes one place. Only the text up to the
 * span's end is walked for line breaks, not the megabyte after it.
 */
export function rangeMover(before: string, after: string): (range: Range) => Range {
	if (before === after) {
		return (range) => range;
	}
	const shortest = Math.min(before.length, after.length);
	// The common end first: typing inserts before text that stays (a new line above a key), and that text must move.
	const suffix = commonSuffix(before, after, shortest);
	const prefix = commonPrefix(before, after, shortest - suffix);
	const start = advance(before, 0, { line: 0, character: 0 }, prefix);
	const oldEnd = advance(before, prefix, start, before.length - suffix);
	const newEnd = advance(after, prefix, start, after.length - suffix);
	const move = (position: Position): Position => {
		if (compare(position, start) <= 0) {
			return { line: position.line, character: position.character };
		}
		if (compare(position, oldEnd) < 0) {
			return { ...start };
		}
		return position.line === oldEnd.line
			? { line: newEnd.line, character: position.character - oldEnd.character + newEnd.character }
			: { line: position.line + newEnd.line - oldEnd.line, character: position.character };
	};
	return (range) => ({ start: move(range.start), end: move(range.end) });
}

/**
 * The findings to show for a file while some definition file of its connector is broken: the fresh ones, plus the
 * last good findings of the rules that could not run (`silenced`), moved to the current text.
 */
export function steadyFindings(fresh: readonly SentFinding[], good: GoodCheck | undefined, text: string | undefined, silenced: ReadonlySet<string>): SentFinding[] {
	if (!good) {
		return [...fresh];
	}
	const move = good.text !== undefined && text !== undefined ? rangeMover(good.text, text) : (range: Range) => range;
	// A rule that still reported something on this file ran after all (it reads the broken file only when it must).
	const ran = new Set(fresh.map((finding) => finding.ruleId));
	const carried = good.findings.filter((finding) => silenced.has(finding.ruleId) && !ran.has(finding.ruleId)).map((finding) => ({ ...finding, range: move(finding.range) }));
	return [...fresh, ...carried];
}

const silencedCache = new Map<string, ReadonlySet<string>>();

/** The rules that cannot run while these files are broken: they read one of them and need its tree whole. */
export function silencedBy(broken: readonly FileKind[]): ReadonlySet<string> {
	// Asked for every file of every check while the JSON is broken, with one of three answers: computed once each.
	const key = [...broken].sort().join(',');
	let silenced = silencedCache.get(key);
	if (!silenced) {
		silenced = new Set(RULES.filter((rule) => !rule.runsOnBrokenJson && rule.files.some((kind) => broken.includes(kind))).map((rule) => rule.id));
		silencedCache.set(key, silenced);
	}
	return silenced;
}
