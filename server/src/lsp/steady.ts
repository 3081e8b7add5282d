/**
 * Steady findings while a definition file's JSON is broken, as it is for a moment with every key typed (`"x-ms-`): the
 * model rules cannot run on a tree that is not whole, so their findings would drop out and come back at the next
 * keystroke, and the Problems panel would flicker. Instead, the findings of those rules from the last check of a whole
 * tree are carried forward, moved with the text changed since (one common-suffix/prefix diff: typing changes one place),
 * next to the fresh syntax findings, until the JSON is whole again and a real check replaces them.
 */
import type { FileKind } from '../core/connector';
import type { Range } from '../core/lines';
import type { Finding } from '../engine/index';
import { RULES } from '../rules/index';

/** The last check of a file whose JSON was whole: its text when it was an open buffer, and its findings. */
export interface GoodCheck {
	readonly text?: string;
	readonly findings: readonly Finding[];
}

function lineStarts(text: string): number[] {
	const starts = [0];
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		if (code === 10 || (code === 13 && text.charCodeAt(i + 1) !== 10)) {
			starts.push(i + 1);
		}
	}
	return starts;
}

function offsetAt(starts: readonly number[], length: number, position: Range['start']): number {
	const line = Math.min(Math.max(position.line, 0), starts.length - 1);
	return Math.min(starts[line] + Math.max(position.character, 0), length);
}

function positionAt(starts: readonly number[], offset: number): Range['start'] {
	let low = 0;
	let high = starts.length - 1;
	while (low < high) {
		const mid = (low + high + 1) >> 1;
		if (starts[mid] <= offset) {
			low = mid;
		} else {
			high = mid - 1;
		}
	}
	return { line: low, character: offset - starts[low] };
}

/** A function moving ranges of `before` to where the same text is in `after` (inside the changed span: its start). */
export function rangeMover(before: string, after: string): (range: Range) => Range {
	if (before === after) {
		return (range) => range;
	}
	// The common end first: typing inserts before text that stays (a new line above a key), and that text must move.
	const shortest = Math.min(before.length, after.length);
	let suffix = 0;
	while (suffix < shortest && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) {
		suffix++;
	}
	let prefix = 0;
	while (prefix < shortest - suffix && before.charCodeAt(prefix) === after.charCodeAt(prefix)) {
		prefix++;
	}
	const delta = after.length - before.length;
	const oldStarts = lineStarts(before);
	const newStarts = lineStarts(after);
	const move = (offset: number) => (offset <= prefix ? offset : offset >= before.length - suffix ? offset + delta : prefix);
	return (range) => ({
		start: positionAt(newStarts, move(offsetAt(oldStarts, before.length, range.start))),
		end: positionAt(newStarts, move(offsetAt(oldStarts, before.length, range.end))),
	});
}

/**
 * The findings to show for a file while some definition file of its connector is broken: the fresh ones, plus the
 * last good findings of the rules that could not run (`silenced`), moved to the current text.
 */
export function steadyFindings(fresh: readonly Finding[], good: GoodCheck | undefined, text: string | undefined, silenced: ReadonlySet<string>): Finding[] {
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
