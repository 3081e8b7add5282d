/**
 * Editor positions ↔ offsets in the text the engine reads. The engine's text has no byte order mark; the editor's
 * first line still counts it, so positions on that line shift by one character.
 */
import type { Position, Range } from 'vscode-languageserver/node';
import type { LineIndex } from '../core/lines';
import type { ParsedFile } from '../engine/parsedFile';

/** An open document's text as the engine reads it, with its line index, before or without a parse. */
export interface EngineText {
	readonly text: string;
	readonly lines: LineIndex;
	readonly hadBom: boolean;
}

export function engineTextOf(parsed: ParsedFile): EngineText {
	return { text: parsed.doc.text, lines: parsed.doc.lines, hadBom: parsed.hadBom };
}

export function offsetInText(text: EngineText, position: Position): number {
	const character = position.line === 0 && text.hadBom ? Math.max(0, position.character - 1) : position.character;
	return text.lines.offsetAt({ line: position.line, character });
}

export function editorRange(text: Pick<EngineText, 'hadBom'>, range: Range): Range {
	const shift = (p: Position): Position => (text.hadBom && p.line === 0 ? { line: 0, character: p.character + 1 } : { line: p.line, character: p.character });
	return { start: shift(range.start), end: shift(range.end) };
}

export function editorRangeAt(text: EngineText, offset: number, length: number): Range {
	return editorRange(text, text.lines.rangeAt(offset, length));
}
