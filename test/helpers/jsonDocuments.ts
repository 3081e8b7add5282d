/** Parsed JSON documents as comparable data, for the tests that hold parseJson's ways of parsing to the tolerant pass's. */
import type { JsonDocument, JsonNode } from '../../server/src/core/json';

/** A node and its subtree as comparable data: type, value, offsets, colon, and the parent it links to. */
function shape(node: JsonNode | undefined): unknown {
	if (!node) {
		return null;
	}
	return [node.type, node.value, node.offset, node.length, node.colonOffset, node.parent ? [node.parent.type, node.parent.offset] : null, node.children?.map(shape)];
}

/** Everything a document says: its tree, value, problems, repeated keys, fatality and lines. */
export function documentSummary(doc: JsonDocument): unknown {
	return {
		root: shape(doc.root),
		value: doc.value,
		syntax: doc.syntax,
		duplicateKeys: doc.duplicateKeys.map((d) => [d.objectPath, d.key, d.ignored.offset, d.used.offset]),
		fatal: doc.fatal,
		lines: [doc.lines.lineCount, doc.lines.positionAt(doc.text.length)],
	};
}
