/**
 * The outline of a connector file, for the editor's outline view and breadcrumbs. apiDefinition.swagger.json: Paths →
 * each path → each operation, then Definitions, Parameters, Responses and Security definitions. apiProperties.json:
 * connection parameters (and multi-auth sets) and policy instances. Groups follow the file's own order.
 */
import type { JsonFileKind } from '../core/connector';
import { childNode, type JsonDocument, type JsonNode } from '../core/json';
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

/** The properties of an object node, as [key node, value node] pairs. */
function entries(node: JsonNode | undefined): [JsonNode, JsonNode | undefined][] {
	if (node?.type !== 'object') {
		return [];
	}
	return (node.children ?? []).filter((p) => p.children?.[0]).map((p) => [p.children![0], p.children![1]]);
}

function stringIn(node: JsonNode | undefined, key: string): string | undefined {
	const value = node?.type === 'object' ? childNode(node, key) : undefined;
	return value?.type === 'string' && (value.value as string).trim() !== '' ? (value.value as string) : undefined;
}

/** A list entry without a naming value is selected by its first character, not the whole (multi-line) entry. */
function opening(node: JsonNode): JsonNode {
	return { type: node.type, offset: node.offset, length: Math.min(1, node.length) };
}

/** Editors reject empty symbol names. */
function label(name: string): string {
	return name.trim() === '' ? `"${name}"` : name;
}

export function documentSymbols(kind: JsonFileKind, doc: JsonDocument): OutlineSymbol[] {
	if (doc.root?.type !== 'object') {
		return [];
	}
	const range = (node: JsonNode) => doc.lines.rangeAt(node.offset, node.length);
	/** A symbol for one property: its range covers key and value, its selection the key. */
	const entry = (key: JsonNode, name: string, kind: OutlineKind, extra: { detail?: string; children?: OutlineSymbol[] } = {}): OutlineSymbol => ({
		name: label(name),
		kind,
		range: range(key.parent ?? key),
		selectionRange: range(key),
		...(extra.detail !== undefined ? { detail: extra.detail } : {}),
		...(extra.children ? { children: extra.children } : {}),
	});
	const group = (key: JsonNode, name: string, value: JsonNode | undefined, memberKind: OutlineKind, detail?: (value: JsonNode | undefined) => string | undefined) =>
		entry(key, name, 'namespace', {
			children: entries(value).map(([memberKey, memberValue]) => entry(memberKey, memberKey.value as string, memberKind, { detail: detail?.(memberValue) })),
		});

	const symbols: OutlineSymbol[] = [];
	if (kind === 'swagger') {
		for (const [key, value] of entries(doc.root)) {
			switch (key.value) {
				case 'paths':
					symbols.push(
						entry(key, 'Paths', 'namespace', {
							children: entries(value).map(([pathKey, item]) =>
								entry(pathKey, pathKey.value as string, 'module', {
									children: entries(item)
										.filter(([method]) => METHODS.has(method.value as string))
										.map(([method, operation]) => operationSymbol(method, operation)),
								}),
							),
						}),
					);
					break;
				case 'definitions':
					symbols.push(group(key, 'Definitions', value, 'class', (v) => stringIn(v, 'title') ?? stringIn(v, 'type')));
					break;
				case 'parameters':
					symbols.push(group(key, 'Parameters', value, 'variable', (v) => [stringIn(v, 'in'), stringIn(v, 'name')].filter(Boolean).join(' ') || undefined));
					break;
				case 'responses':
					symbols.push(group(key, 'Responses', value, 'interface', (v) => stringIn(v, 'description')));
					break;
				case 'securityDefinitions':
					symbols.push(group(key, 'Security definitions', value, 'key', (v) => stringIn(v, 'type')));
					break;
			}
		}
	} else {
		const properties = childNode(doc.root, 'properties');
		for (const [key, value] of entries(properties)) {
			if (key.value === 'connectionParameters') {
				symbols.push(group(key, 'Connection parameters', value, 'property', (v) => stringIn(v, 'type')));
			} else if (key.value === 'connectionParameterSets') {
				const sets = value && childNode(value, 'values');
				symbols.push(
					entry(key, 'Connection parameter sets', 'namespace', {
						children: (sets?.type === 'array' ? sets.children ?? [] : []).map((set, index) => {
							const name = stringIn(set, 'name') ?? String(index);
							const nameNode = set.type === 'object' ? childNode(set, 'name') : undefined;
							return {
								name: label(name),
								kind: 'object' as const,
								range: range(set),
								selectionRange: range(nameNode ?? opening(set)),
								children: entries(set.type === 'object' ? childNode(set, 'parameters') : undefined).map(([paramKey, param]) =>
									entry(paramKey, paramKey.value as string, 'property', { detail: stringIn(param, 'type') }),
								),
							};
						}),
					}),
				);
			} else if (key.value === 'policyTemplateInstances') {
				symbols.push(
					entry(key, 'Policy instances', 'namespace', {
						children: (value?.type === 'array' ? value.children ?? [] : []).map((instance, index) => {
							const templateId = stringIn(instance, 'templateId');
							const naming = instance.type === 'object' ? childNode(instance, 'title') ?? childNode(instance, 'templateId') : undefined;
							return {
								name: label(stringIn(instance, 'title') ?? templateId ?? `Policy ${index + 1}`),
								kind: 'object' as const,
								range: range(instance),
								selectionRange: range(naming ?? opening(instance)),
								...(templateId !== undefined ? { detail: templateId } : {}),
							};
						}),
					}),
				);
			}
		}
	}
	return symbols;

	function operationSymbol(method: JsonNode, operation: JsonNode | undefined): OutlineSymbol {
		const summary = stringIn(operation, 'summary');
		const operationId = stringIn(operation, 'operationId');
		const verb = (method.value as string).toUpperCase();
		const title = summary ?? operationId;
		// With a summary, the operationId is the detail; without either, the method alone names it.
		return entry(method, title ? `${verb} ${title}` : verb, 'method', { detail: summary ? operationId : undefined });
	}
}
