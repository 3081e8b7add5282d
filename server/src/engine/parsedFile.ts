/** A connector file parsed once and reused across checks (the server keeps one per document version). */
import type { JsonFileKind } from '../core/connector';
import { parseJson, type JsonDocument } from '../core/json';
import { decodeUtf8, stripBom, type DecodedText } from '../core/text';

export interface ParsedFile {
	readonly doc: JsonDocument;
	readonly hadBom: boolean;
	/** Offset of the first character that came from invalid UTF-8 bytes. */
	readonly invalidUtf8Offset?: number;
	/** Size in bytes on disk, when read from disk. */
	readonly byteLength?: number;
}

export function parseText(text: string): ParsedFile {
	const stripped = stripBom(text);
	return { doc: parseJson(stripped.text), hadBom: stripped.hadBom };
}

/** `decode` is the pure decoder unless a host has a faster one that gives the same text (host/nativeUtf8.ts). */
export function parseBytes(bytes: Uint8Array, decode: (bytes: Uint8Array) => DecodedText = decodeUtf8): ParsedFile {
	const decoded = decode(bytes);
	return { doc: parseJson(decoded.text), hadBom: decoded.hadBom, invalidUtf8Offset: decoded.invalidUtf8Offset, byteLength: bytes.length };
}

/** The connector files that are present, definition first, for rules that look at both files the same way. */
export function presentFiles(files: Readonly<Partial<Record<JsonFileKind, ParsedFile>>>): [JsonFileKind, ParsedFile][] {
	const present: [JsonFileKind, ParsedFile][] = [];
	for (const kind of ['swagger', 'apiProperties'] as const) {
		const file = files[kind];
		if (file) {
			present.push([kind, file]);
		}
	}
	return present;
}
