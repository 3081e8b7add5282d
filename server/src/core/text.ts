/**
 * Turning bytes from disk into the text the rules see, the way an editor would.
 *
 * VS Code drops a UTF-8 byte order mark from a document's text and shows invalid bytes as U+FFFD, so the CLI does
 * the same: positions it prints then match the editor's.
 */

export interface DecodedText {
	/** The text without a leading byte order mark. */
	readonly text: string;
	/** True when the bytes started with the UTF-8 byte order mark (EF BB BF). */
	readonly hadBom: boolean;
	/** Offset in `text` of the first character decoded from an invalid UTF-8 sequence, if any. */
	readonly invalidUtf8Offset?: number;
}

const lenientDecoder = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

/** Whether the bytes start with the UTF-8 byte order mark (EF BB BF). */
export function hasUtf8Bom(bytes: Uint8Array): boolean {
	return bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

export function decodeUtf8(bytes: Uint8Array): DecodedText {
	const hadBom = hasUtf8Bom(bytes);
	const body = hadBom ? bytes.subarray(3) : bytes;
	const text = lenientDecoder.decode(body);
	// A U+FFFD in the text is either written in the file or stands for invalid bytes; only then is the (slower)
	// strict validation worth running.
	if (!text.includes('\uFFFD') || isUtf8(body)) {
		return { text, hadBom };
	}
	return { text, hadBom, invalidUtf8Offset: text.indexOf('\uFFFD') };
}

const strictDecoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Whether the bytes are well-formed UTF-8 (a BOM is allowed). */
export function isUtf8(bytes: Uint8Array): boolean {
	try {
		strictDecoder.decode(bytes);
		return true;
	} catch {
		return false;
	}
}

/** Strips a byte order mark from text that was decoded elsewhere (an editor buffer can still carry one). */
export function stripBom(text: string): { text: string; hadBom: boolean } {
	return text.charCodeAt(0) === 0xfeff ? { text: text.slice(1), hadBom: true } : { text, hadBom: false };
}
