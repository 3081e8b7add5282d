/**
 * Reading where things are written in a parsed document, for the editor's features (outline, navigation). Strict
 * JSON (nearly every file) is read from its `JsonIndex`: those features look at a few members of thousands of objects,
 * and reading them through the tree of nodes, which the index makes as it is walked, made every member of each of
 * those objects a node first. On the 1.93 MB file the bench grows from Encodian, a fresh process's first outline took
 * 22-36 ms that way and 17-25 ms this way (six alternating runs each); the first go to definition (3,223 references)
 * waited about 100 ms for the tree. Text only the tolerant pass parses is read from its tree.
 */
import { childNode, findNode, jsonIndexOf, keyNodeOf, type JsonDocument, type JsonNode, type JsonPath } from './json';
import type { JsonIndex, Span } from './jsonIndex';

/** An object member: its key, and its value when it has one (a broken file may have a key alone). */
export interface JsonMember<N> {
	readonly name: string;
	/** The key token (quotes included). */
	readonly key: Span;
	/** From the key to the end of the value. */
	readonly whole: Span;
	readonly value: N | undefined;
}

/** The nodes of one document, each a handle `N` only this reader understands. */
export interface JsonReader<N> {
	readonly root: N | undefined;
	/** The members of an object, in order; none for anything else. */
	members(node: N | undefined): readonly JsonMember<N>[];
	/** The items of an array; none for anything else. */
	items(node: N | undefined): readonly N[];
	/** The member value or array item at `segment` (the last, for a key written twice). */
	child(node: N | undefined, segment: string | number): N | undefined;
	/** The node at `path` from the root. */
	at(path: JsonPath): N | undefined;
	/** The value of a string node. */
	string(node: N | undefined): string | undefined;
	span(node: N): Span;
	/** Where the key of an object member's value is written; undefined for the root and array items. */
	keySpan(node: N): Span | undefined;
}

/** The reader of a document: its index when it has one, else its tree. */
export function readerOf(doc: JsonDocument): JsonReader<unknown> {
	const index = jsonIndexOf(doc);
	return index ? indexReader(index) : treeReader(doc.root);
}

function indexReader(index: JsonIndex): JsonReader<number> {
	const isObject = (node: number) => index.typeOf(node) === 'object';
	return {
		root: index.count > 0 ? 0 : undefined,
		members(node) {
			if (node === undefined || !isObject(node)) {
				return [];
			}
			return Array.from(index.childrenOf(node), (value) => {
				const key = index.keySpanOf(value)!;
				return { name: index.keyNameOf(value), key, whole: { offset: key.offset, length: index.offsetOf(value) + index.lengthOf(value) - key.offset }, value };
			});
		},
		items: (node) => (node !== undefined && index.typeOf(node) === 'array' ? Array.from(index.childrenOf(node)) : []),
		child(node, segment) {
			const child = node !== undefined ? index.childOf(node, segment) : -1;
			return child >= 0 ? child : undefined;
		},
		at(path) {
			const node = index.nodeAt(path);
			return node >= 0 ? node : undefined;
		},
		string: (node) => (node !== undefined && index.typeOf(node) === 'string' ? (index.scalarValue(node) as string) : undefined),
		span: (node) => index.spanOf(node),
		keySpan: (node) => index.keySpanOf(node),
	};
}

function treeReader(root: JsonNode | undefined): JsonReader<JsonNode> {
	const span = (node: JsonNode): Span => ({ offset: node.offset, length: node.length });
	return {
		root,
		members: (node) =>
			node?.type === 'object'
				? (node.children ?? []).flatMap((property) => {
						const key = property.children?.[0];
						return key ? [{ name: key.value as string, key: span(key), whole: span(property), value: property.children?.[1] }] : [];
					})
				: [],
		items: (node) => (node?.type === 'array' ? node.children ?? [] : []),
		child: (node, segment) => (node ? childNode(node, segment) : undefined),
		at: (path) => findNode(root, path),
		string: (node) => (node?.type === 'string' ? (node.value as string) : undefined),
		span,
		keySpan(node) {
			const key = keyNodeOf(node);
			return key && span(key);
		},
	};
}
