/**
 * Every object in a swagger that carries JSON-Schema-like keywords (`type`, `format`, `enum`, `default`, `items`,
 * `minimum`…): schemas, non-body parameters and their `items`, and response headers and their `items`. Rules about
 * keywords (enum values, defaults, min/max) apply to all of them the same way.
 */
import type { JsonPath } from '../../core/json';
import { isObject, refOf } from '../../core/refs';
import type { JsonObject, SchemaInfo, SwaggerModel } from '../../core/swagger';
import { memo } from '../../core/memo';

export interface TypedNode {
	/** Where the keywords are written. */
	readonly path: JsonPath;
	readonly value: JsonObject;
	readonly kind: 'schema' | 'parameter' | 'header' | 'items';
}

/** A schema's typed node: its path is the schema's, made only when a rule asks for it (see `SwaggerModel.schemas`). */
class SchemaNode implements TypedNode {
	readonly kind = 'schema';
	readonly value: JsonObject;
	readonly #schema: SchemaInfo;

	constructor(schema: SchemaInfo, value: JsonObject) {
		this.#schema = schema;
		this.value = value;
	}

	get path(): JsonPath {
		return this.#schema.path;
	}
}

/**
 * The typed nodes, once per document. Rules loop over them by index, not with `for…of`: two dozen rules each go over
 * thousands of nodes, in code V8 has mostly not optimized (a rule's check runs once per connector, and the CLI leaves
 * optimizing to what stays hot, host/tiering.ts), where each step of a `for…of` calls the iterator and allocates its
 * result. With these loops and stringHolders' by index: Encodian's check 48.4 → 43.7 ms in process (medians of ten
 * runs), a fifth less allocated over the dev corpus in a CLI thread.
 */
export function typedNodes(model: SwaggerModel): readonly TypedNode[] {
	return memo(model.document, 'typedNodes', () => findTypedNodes(model));
}

function findTypedNodes(model: SwaggerModel): TypedNode[] {
	const result: TypedNode[] = [];
	const seen = new Set<unknown>();
	const schemaList = model.schemas();
	for (let schemaIndex = 0; schemaIndex < schemaList.length; schemaIndex++) {
		const schema = schemaList[schemaIndex];
		// A `$ref` use is skipped: its target is yielded where it is defined.
		if (schema.ref === undefined && schema.value && !seen.has(schema.value)) {
			seen.add(schema.value);
			result.push(new SchemaNode(schema, schema.value));
		}
	}
	for (const parameter of model.uniqueParameters()) {
		const value = parameter.value;
		if (value && value.in !== 'body' && !seen.has(value)) {
			seen.add(value);
			result.push({ path: parameter.definitionPath, value, kind: 'parameter' });
			addItems(result, seen, value, parameter.definitionPath);
		}
	}
	for (const operation of model.operations()) {
		for (const response of model.responses(operation)) {
			const headers = response.value?.headers;
			if (!isObject(headers)) {
				continue;
			}
			for (const [name, header] of Object.entries(headers)) {
				if (isObject(header) && refOf(header) === undefined && !seen.has(header)) {
					seen.add(header);
					const path = [...response.definitionPath, 'headers', name];
					result.push({ path, value: header, kind: 'header' });
					addItems(result, seen, header, path);
				}
			}
		}
	}
	return result;
}

/** Non-body parameters and headers nest `items` without `$ref`s. */
function addItems(result: TypedNode[], seen: Set<unknown>, value: JsonObject, path: JsonPath): void {
	let items = value.items;
	let itemsPath: JsonPath = [...path, 'items'];
	while (isObject(items) && !seen.has(items)) {
		seen.add(items);
		result.push({ path: itemsPath, value: items, kind: 'items' });
		itemsPath = [...itemsPath, 'items'];
		items = items.items;
	}
}

/** The numeric keywords the schema-limit rules read (shared/schemaLimits.ts): eleven rules, and few nodes hold any. */
const LIMIT_KEYWORDS = ['minimum', 'maximum', 'exclusiveMinimum', 'exclusiveMaximum', 'minLength', 'maxLength', 'minItems', 'maxItems', 'minProperties', 'maxProperties'] as const;
export type LimitKeyword = (typeof LIMIT_KEYWORDS)[number];
const IS_LIMIT_KEYWORD: ReadonlySet<string> = new Set(LIMIT_KEYWORDS);

/**
 * The typed nodes that have `keyword`, in typedNodes' order, listed for every limit keyword in one pass over each
 * node's own keys: eleven rules each reading its keyword from every node cost more than that pass.
 */
export function typedNodesWith(model: SwaggerModel, keyword: LimitKeyword): readonly TypedNode[] {
	const byKeyword = memo(model.document, 'typedNodesByLimitKeyword', () => typedNodesByLimitKeyword(model));
	return byKeyword.get(keyword) ?? [];
}

function typedNodesByLimitKeyword(model: SwaggerModel): Map<string, TypedNode[]> {
	const lists = new Map<string, TypedNode[]>();
	const typed = typedNodes(model);
	for (let typedIndex = 0; typedIndex < typed.length; typedIndex++) {
		const node = typed[typedIndex];
		for (const key in node.value) {
			if (IS_LIMIT_KEYWORD.has(key) && Object.hasOwn(node.value, key)) {
				let list = lists.get(key);
				if (!list) {
					list = [];
					lists.set(key, list);
				}
				list.push(node);
			}
		}
	}
	return lists;
}
