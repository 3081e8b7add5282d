/** The non-JSON files beside a connector's definition, as rules see them. */
import { LineIndex, type Range } from '../core/lines';
import { decodeUtf8 } from '../core/text';

/** A binary file (the icon): its bytes and the name it has on disk. */
export interface BinaryArtifact {
	readonly fileName: string;
	readonly bytes: Uint8Array;
}

/** A text file (script.csx, readme.md, intro.md): decoded text with a line index for ranges. */
export interface TextArtifact {
	readonly fileName: string;
	readonly text: string;
	readonly byteLength: number;
	readonly lines: LineIndex;
	/** The range of `length` characters at `offset`. */
	rangeAt(offset: number, length: number): Range;
}

export function textArtifact(fileName: string, bytes: Uint8Array): TextArtifact {
	const { text } = decodeUtf8(bytes);
	return textArtifactOf(fileName, text, bytes.length);
}

export function textArtifactOf(fileName: string, text: string, byteLength = Buffer.byteLength(text)): TextArtifact {
	const lines = new LineIndex(text);
	return { fileName, text, byteLength, lines, rangeAt: (offset, length) => lines.rangeAt(offset, length) };
}
