/**
 * The outline of a connector file, for the editor's outline view and breadcrumbs. apiDefinition.swagger.json: Paths →
 * each path → each operation, then Definitions, Parameters, Responses and Security definitions. apiProperties.json:
 * connection parameters (and multi-auth sets) and policy instances. Groups follow the file's own order.
 */
import type { JsonFileKind } from '../core/connector';
import type { JsonDocument } from '../core/json';
import type { Span } from '../core/jsonIndex';
import { readerOf, type JsonMember, type JsonReader } from '../core/jsonReader';
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

/** Editors reject empty symbol names. */
function label(name: string): string {
	return name.trim() === '' ? `"${name}"` : name;
}

/** The outline, read from the document's index when it has one (see core/jsonReader.ts). */
export function documentSymbols(kind: JsonFileKind, doc: JsonDocument): OutlineSymbol[] {
	return outline(kind, doc, readerOf(doc));
}

/** A document that is not an object has no members, and so no symbols. */
function outline<N>(kind: JsonFileKind, doc: JsonDocument, read: JsonReader<N>): OutlineSymbol[] {
	const root = read.root;
	const range = (span: Span) => doc.lines.rangeAt(span.offset, span.length);
	const stringIn = (node: N | undefined, key: string): string | undefined => {
		const value = read.string(read.child(node, key));
		return value !== undefined && value.trim() !== '' ? value : undefined;
	};
	/**
	 * A symbol for one list item, selected by its naming value; without one, by its first character, not the whole
	 * (multi-line) item.
	 */
	const item = (node: N, name: string, naming: N | undefined, extra: { detail?: string; children?: OutlineSymbol[] }): OutlineSymbol => {
		const span = read.span(node);
		return {
			name: label(name),
			kind: 'object',
			range: range(span),
			selectionRange: range(naming !== undefined ? read.span(naming) : { offset: span.offset, length: Math.min(1, span.length) }),
			...(extra.detail !== undefined ? { detail: extra.detail } : {}),
			...(extra.children ? { children: extra.children } : {}),
		};
	};
	/** A symbol for one member: its range covers key and value, its selection the key. */
	const entry = (member: JsonMember<N>, name: string, kind: OutlineKind, extra: { detail?: string; children?: OutlineSymbol[] } = {}): OutlineSymbol => ({
		name: label(name),
		kind,
		range: range(member.whole),
		selectionRange: range(member.key),
		...(extra.detail !== undefined ? { detail: extra.detail } : {}),
		...(extra.children ? { children: extra.children } : {}),
	});
	const group = (member: JsonMember<N>, name: string, memberKind: OutlineKind, detail?: (value: N | undefined) => string | undefined) =>
		entry(member, name, 'namespace', {
			children: read.members(member.value).map((inner) => entry(inner, inner.name, memberKind, { detail: detail?.(inner.value) })),
		});
	const operationSymbol = (method: JsonMember<N>): OutlineSymbol => {
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
						children: read.items(read.child(member.value, 'values')).map((set, index) =>
							item(set, stringIn(set, 'name') ?? String(index), read.child(set, 'name'), {
								children: read.members(read.child(set, 'parameters')).map((parameter) => entry(parameter, parameter.name, 'property', { detail: stringIn(parameter.value, 'type') })),
							}),
						),
					}),
				);
			} else if (member.name === 'policyTemplateInstances') {
				symbols.push(
					entry(member, 'Policy instances', 'namespace', {
						children: read.items(member.value).map((instance, index) => {
							const templateId = stringIn(instance, 'templateId');
							const naming = read.child(instance, 'title') ?? read.child(instance, 'templateId');
							return item(instance, stringIn(instance, 'title') ?? templateId ?? `Policy ${index + 1}`, naming, { detail: templateId });
						}),
					}),
				);
			}
		}
	}
	return symbols;
}
