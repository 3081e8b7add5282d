/**
 * Just enough XML for `package --check`, which asks only whether customizations.xml has certain elements and which
 * files its `<JsonFileName>` elements name: tag scanning, no XML parser dependency. The input comes from an
 * untrusted zip, so every scan stays linear, unclosed comments and tags included.
 */
import { decodeUtf8 } from '../core/text';

/** customizations.xml is UTF-8 in exports; a UTF-16 byte order mark is honoured all the same. */
export function decodeXml(bytes: Uint8Array): string {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) {
		return new TextDecoder('utf-16le').decode(bytes.subarray(2));
	}
	if (bytes[0] === 0xfe && bytes[1] === 0xff) {
		return new TextDecoder('utf-16be').decode(bytes.subarray(2));
	}
	return decodeUtf8(bytes).text;
}

/** Drops `<!-- … -->` comments in one linear pass (a lazy regex rescans to the end after every unclosed `<!--`). */
export function withoutComments(xml: string): string {
	let out = '';
	let at = 0;
	for (let start = xml.indexOf('<!--'); start >= 0; start = xml.indexOf('<!--', at)) {
		out += xml.slice(at, start);
		const end = xml.indexOf('-->', start + 4);
		if (end < 0) {
			return out;
		}
		at = end + 3;
	}
	return out + xml.slice(at);
}

/**
 * Whether an element `name` (exactly, not `nameSuffix`) exists with attributes or non-blank content: CPV's
 * `SelectSingleNode("//name")` with `HasChildNodes -or Attributes.Count`. Tag scanning is enough for this
 * presence test; no XML parser dependency for it. `name` is a literal element name (it goes into a regex as is).
 */
export function hasContent(xml: string, name: string): boolean {
	// Attribute values cannot hold a raw '<', so `[^<>]*` both matches every real tag and keeps the scan linear.
	const open = new RegExp(`<${name}(?=[\\s/>])([^<>]*?)(/?)>`, 'g');
	for (let match = open.exec(xml); match; match = open.exec(xml)) {
		if (match[1].trim()) {
			return true;
		}
		if (match[2] === '/') {
			continue;
		}
		const after = match.index + match[0].length;
		const close = xml.indexOf(`</${name}>`, after);
		if (close < 0 || xml.slice(after, close).trim()) {
			// Unclosed: malformed, and whatever follows is its content as far as a reader can tell.
			return close < 0 ? xml.slice(after).trim() !== '' : true;
		}
		// A blank body holds no tags: resume after the close tag rather than rescanning it.
		open.lastIndex = close;
	}
	return false;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Character and the five predefined entity references; anything else (unknown names, code points past U+10FFFF) is left as written. */
export function unescapeXml(text: string): string {
	return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, body: string) => {
		if (body[0] === '#') {
			const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
			return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
		}
		return ENTITIES[body] ?? whole;
	});
}
