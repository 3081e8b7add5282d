/**
 * The outline of a connector file, for the editor's outline view and breadcrumbs. apiDefinition.swagger.json: Paths →
 * each path → each operation, then Definitions, Parameters, Responses and Security definitions. apiProperties.json:
 * connection parameters (and multi-auth sets) and policy instances. Groups follow the file's own order.
 */
import type { JsonFileKind } from '../core/connector';
import { childNode, jsonIndexOf, type JsonDocument, type JsonNode } from '../core/json';
import type { JsonIndex, Span } from '../core/jsonIndex';
import type { Range } from '../core/lines';
import { HTTP_METHODS } from '../core/swagger';

/** The kinds used here; the protocol side maps them to LSP SymbolKinds. */
export type OutlineKind = 'namespace' | 'module' | 'method' | 'class' | 'variable' | 'interface' | 'key' | 'property' | 'object';

export interface OutlineSymbol {
	readonly name: string;
	readonly detail?: string;
	readonly kind: OutlineKind;
	/** The whole entry: from its key to the end of its value. */
	readonly range: Range;
	/** What the editor reveals and highlights: the entry's key (or its naming value for list entries). */
	readonly selectionRange: Range;
	readonly children?: readonly OutlineSymbol[];
}

const METHODS: ReadonlySet<string> = new Set(HTTP_METHODS);

/** An object member as the outline reads it. */
interface Member<N> {
	readonly name: string;
	/** The key token. */
	readonly key: Span;
	/** From the key to the end of the value. */
	readonly whole: Span;
	readonly value: N | undefined;
}

/**
 * What the outline reads of a document's nodes. Strict JSON (nearly every file) is read from its JSON index: the
 * outline looks at a few members of thousands of objects (each operation's `summary`, each definition's `title`), and
 * reading them through the tree of nodes made every member of each of those objects a node first. On the 1.93 MB file
 * the bench grows from Encodian, a fresh process's first outline took 22-36 ms that way and 17-25 ms this way (six
 * alternating runs each), and the outline of the next version of the text about 25 ms against 8. Text only the
 * tolerant pass parses is read from its tree.
 */
interface OutlineReader<N> {
	readonly root: N | undefined;
	isObject(node: N): boolean;
	/** The members of an object, in order; none for anything else. */
	members(node: N | undefined): readonly Member<N>[];
	/** The items of an array; none for anything else. */
	items(node: N | undefined): readonly N[];
	/** The value of an object's member named `key`. */
	child(node: N | undefined, key: string): N | undefined;
	/** The value of a string node. */
	string(node: N | undefined): string | undefined;
	span(node: N): Span;
}

function indexReader(index: JsonIndex): OutlineReader<number> {
	const isObject = (node: number) => index.typeOf(node) === 'object';
	return {
		root: index.count > 0 ? 0 : undefined,
		isObject,
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
		child(node, key) {
			const child = node !== undefined && isObject(node) ? index.childOf(node, key) : -1;
			return child >= 0 ? child : undefined;
		},
		string: (node) => (node !== undefined && index.typeOf(node) === 'string' ? (index.scalarValue(node) as string) : undefined),
		span: (node) => index.spanOf(node),
	};
}

function treeReader(root: JsonNode | undefined): OutlineReader<JsonNode> {
	const span = (node: JsonNode): Span => ({ offset: node.offset, length: node.length });
	return {
		root,
		isObject: (node) => node.type === 'object',
		members: (node) =>
			node?.type === 'object'
				? (node.children ?? []).flatMap((property) => {
						const key = property.children?.[0];
						return key ? [{ name: key.value as string, key: span(key), whole: span(property), value: property.children?.[1] }] : [];
					})
				: [],
		items: (node) => (node?.type === 'array' ? node.children ?? [] : []),
		child: (node, key) => (node?.type === 'object' ? childNode(node, key) : undefined),
		string: (node) => (node?.type === 'string' ? (node.value as string) : undefined),
		span,
	};
}

/** Editors reject empty symbol names. */
function label(name: string): string {
	return name.trim() === '' ? `"${name}"` : name;
}

export function documentSymbols(kind: JsonFileKind, doc: JsonDocument): OutlineSymbol[] {
	const index = jsonIndexOf(doc);
	return index ? outline(kind, doc, indexReader(index)) : outline(kind, doc, treeReader(doc.root));
}

function outline<N>(kind: JsonFileKind, doc: JsonDocument, read: OutlineReader<N>): OutlineSymbol[] {
	const root = read.root;
	if (root === undefined || !read.isObject(root)) {
		return [];
	}
	const range = (span: Span) => doc.lines.rangeAt(span.offset, span.length);
	const stringIn = (node: N | undefined, key: string): string | undefined => {
		const value = read.string(read.child(node, key));
		return value !== undefined && value.trim() !== '' ? value : undefined;
	};
	/** A list entry without a naming value is selected by its first character, not the whole (multi-line) entry. */
	const opening = (node: N): Span => {
		const span = read.span(node);
		return { offset: span.offset, length: Math.min(1, span.length) };
	};
	/** A symbol for one member: its range covers key and value, its selection the key. */
	const entry = (member: Member<N>, name: string, kind: OutlineKind, extra: { detail?: string; children?: OutlineSymbol[] } = {}): OutlineSymbol => ({
		name: label(name),
		kind,
		range: range(member.whole),
		selectionRange: range(member.key),
		...(extra.detail !== undefined ? { detail: extra.detail } : {}),
		...(extra.children ? { children: extra.children } : {}),
	});
	const group = (member: Member<N>, name: string, memberKind: OutlineKind, detail?: (value: N | undefined) => string | undefined) =>
		entry(member, name, 'namespace', {
			children: read.members(member.value).map((inner) => entry(inner, inner.name, memberKind, { detail: detail?.(inner.value) })),
		});
	const operationSymbol = (method: Member<N>): OutlineSymbol => {
		const summary = stringIn(method.value, 'summary');
		const operationId = stringIn(method.value, 'operationId');
		const verb = method.name.toUpperCase();
		const title = summary ?? operationId;
		// With a summary, the operationId is the detail; without either, the method alone names it.
		return entry(method, title ? `${verb} ${title}` : verb, 'method', { detail: summary ? operationId : undefined });
	};

	const symbols: OutlineSymbol[] = [];
	if (kind === 'swagger') {
		for (const member of read.members(root)) {
			switch (member.name) {
				case 'paths':
					symbols.push(
						entry(member, 'Paths', 'namespace', {
							children: read.members(member.value).map((pathItem) =>
								entry(pathItem, pathItem.name, 'module', {
									children: read
										.members(pathItem.value)
										.filter((method) => METHODS.has(method.name))
										.map(operationSymbol),
								}),
							),
						}),
					);
					break;
				case 'definitions':
					symbols.push(group(member, 'Definitions', 'class', (value) => stringIn(value, 'title') ?? stringIn(value, 'type')));
					break;
				case 'parameters':
					symbols.push(group(member, 'Parameters', 'variable', (value) => [stringIn(value, 'in'), stringIn(value, 'name')].filter(Boolean).join(' ') || undefined));
					break;
				case 'responses':
					symbols.push(group(member, 'Responses', 'interface', (value) => stringIn(value, 'description')));
					break;
				case 'securityDefinitions':
					symbols.push(group(member, 'Security definitions', 'key', (value) => stringIn(value, 'type')));
					break;
			}
		}
	} else {
		for (const member of read.members(read.child(root, 'properties'))) {
			if (member.name === 'connectionParameters') {
				symbols.push(group(member, 'Connection parameters', 'property', (value) => stringIn(value, 'type')));
			} else if (member.name === 'connectionParameterSets') {
				symbols.push(
					entry(member, 'Connection parameter sets', 'namespace', {
						children: read.items(read.child(member.value, 'values')).map((set, index) => {
							const nameNode = read.child(set, 'name');
							return {
								name: label(stringIn(set, 'name') ?? String(index)),
								kind: 'object' as const,
								range: range(read.span(set)),
								selectionRange: range(nameNode !== undefined ? read.span(nameNode) : opening(set)),
								children: read.members(read.child(set, 'parameters')).map((parameter) => entry(parameter, parameter.name, 'property', { detail: stringIn(parameter.value, 'type') })),
							};
						}),
					}),
				);
			} else if (member.name === 'policyTemplateInstances') {
				symbols.push(
					entry(member, 'Policy instances', 'namespace', {
						children: read.items(member.value).map((instance, index) => {
							const templateId = stringIn(instance, 'templateId');
							const naming = read.child(instance, 'title') ?? read.child(instance, 'templateId');
							return {
								name: label(stringIn(instance, 'title') ?? templateId ?? `Policy ${index + 1}`),
								kind: 'object' as const,
								range: range(read.span(instance)),
								selectionRange: range(naming !== undefined ? read.span(naming) : opening(instance)),
								...(templateId !== undefined ? { detail: templateId } : {}),
							};
						}),
					}),
				);
			}
		}
	}
	return symbols;
}
