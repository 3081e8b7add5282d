/**
 * Shared by the schema-keyword rules (rules.md §1.2, §1.4, §1.5): how a JSON value compares with a Swagger `type`,
 * and which schemas describe request input.
 */
import { canonicalJson } from '../../core/canonicalJson';
import { isObject, jsonTypeOf, refOf, resolveRef } from '../../core/refs';
import type { JsonPath } from '../../core/json';
import type { JsonObject, SwaggerModel } from '../../core/swagger';
import { memo } from '../../core/memo';
import { typedNodes } from '../shared/typedNodes';

/** The Swagger 2.0 data types whose values can be written in JSON (`file` cannot). */
const JSON_CHECKABLE_TYPES = new Set(['string', 'integer', 'number', 'boolean', 'array', 'object']);

/** True when `type` is a Swagger data type whose JSON values we can check. */
export function isCheckableType(type: unknown): type is string {
	return typeof type === 'string' && JSON_CHECKABLE_TYPES.has(type);
}

/** True when `value` is a JSON value of the Swagger `type` (an integer is also a `number`). */
export function valueMatchesType(value: unknown, type: string): boolean {
	const actual = jsonTypeOf(value);
	switch (type) {
		case 'number':
			return actual === 'number' || actual === 'integer';
		case 'object':
			return isObject(value);
		default:
			return actual === type;
	}
}

/** The type name a message shows for a JSON value: string, integer, number, boolean, array, object or null. */
export function typeNameOf(value: unknown): string {
	return jsonTypeOf(value);
}

/** The schema objects that describe request input (see `SwaggerModel.inputSchemaObjects`) and declare `properties`, where written. */
export function inputObjectSchemas(model: SwaggerModel): { readonly path: JsonPath; readonly value: JsonObject; readonly properties: JsonObject }[] {
	const inputs = model.inputSchemaObjects();
	const result: { path: JsonPath; value: JsonObject; properties: JsonObject }[] = [];
	const typed = typedNodes(model);
	for (let typedIndex = 0; typedIndex < typed.length; typedIndex++) {
		const node = typed[typedIndex];
		const properties = node.value.properties;
		if (node.kind === 'schema' && inputs.has(node.value) && isObject(properties)) {
			result.push({ path: node.path, value: node.value, properties });
		}
	}
	return result;
}

/** The indexes of the items of `list` that repeat an earlier item. */
export function duplicateIndexes(list: readonly unknown[], key: (item: unknown) => string = canonicalJson): readonly number[] {
	if (list.length < 2) {
		return NONE; // most enum and required lists are short: no set needed
	}
	// Strings are equal exactly when their canonical texts are, so a list of strings only (nearly every enum and
	// required list) is compared as it is: quoting and escaping each item was most of this function's time.
	const strings = key === canonicalJson && list.every((item) => typeof item === 'string');
	if (strings && list.length <= SHORT_LIST) {
		// Compared pairwise: a set and a result for each of Encodian's thousands of short lists were a quarter MB a check.
		let result: number[] | undefined;
		for (let index = 1; index < list.length; index++) {
			if (list.lastIndexOf(list[index], index - 1) >= 0) {
				(result ??= []).push(index);
			}
		}
		return result ?? NONE;
	}
	const seen = new Set<string>();
	const result: number[] = [];
	for (let index = 0; index < list.length; index++) {
		const k = strings ? (list[index] as string) : key(list[index]);
		if (seen.has(k)) {
			result.push(index);
		} else {
			seen.add(k);
		}
	}
	return result;
}

const NONE: readonly number[] = [];
/** Up to this many strings, comparing each with those before it is quicker than a set, and allocates nothing. */
const SHORT_LIST = 16;

/** The items of an `x-ms-enum-values` list, each with its index. */
export function enumValuesItems(node: { readonly value: Record<string, unknown> }): { index: number; item: Record<string, unknown> }[] {
	const list = node.value['x-ms-enum-values'];
	if (!Array.isArray(list)) {
		return [];
	}
	const result: { index: number; item: Record<string, unknown> }[] = [];
	list.forEach((item, index) => {
		if (isObject(item)) {
			result.push({ index, item });
		}
	});
	return result;
}

/** The schema objects at the top of a body parameter or of a response (after following a `$ref`). */
export function rootSchemas(model: SwaggerModel): { readonly body: ReadonlySet<unknown>; readonly response: ReadonlySet<unknown> } {
	return memo(model.document, 'keywords:rootSchemas', () => findRootSchemas(model));
}

function findRootSchemas(model: SwaggerModel): { readonly body: ReadonlySet<unknown>; readonly response: ReadonlySet<unknown> } {
	const body = new Set<unknown>();
	const response = new Set<unknown>();
	for (const parameter of model.uniqueParameters()) {
		if (parameter.value?.in === 'body' && isObject(parameter.value.schema)) {
			body.add(model.resolveValue(parameter.value.schema));
		}
	}
	const schemaList = model.schemas();
	for (let schemaIndex = 0; schemaIndex < schemaList.length; schemaIndex++) {
		const schema = schemaList[schemaIndex];
		if (schema.role === 'response' && schema.value) {
			response.add(schema.value);
		}
	}
	return { body, response };
}

/** Follows a local `$ref` (once resolved to content), or returns the value itself. */
export function derefed(model: SwaggerModel, raw: unknown): Record<string, unknown> | undefined {
	const ref = refOf(raw);
	if (ref === undefined) {
		return isObject(raw) ? raw : undefined;
	}
	const resolution = resolveRef(model.root, ref);
	return resolution.ok && isObject(resolution.value) ? resolution.value : undefined;
}

/**
 * The property names a schema defines, including those of its `allOf` members (through `$ref`s, recursively), or
 * undefined when some member cannot be resolved (then nothing can be said about a missing name).
 */
export function definedPropertyNames(model: SwaggerModel, schema: Record<string, unknown>): Set<string> | undefined {
	const names = new Set<string>();
	const visited = new Set<unknown>();
	const visit = (value: Record<string, unknown>): boolean => {
		if (visited.has(value)) {
			return true;
		}
		visited.add(value);
		if (isObject(value.properties)) {
			for (const name of Object.keys(value.properties)) {
				names.add(name);
			}
		}
		if (Array.isArray(value.allOf)) {
			for (const member of value.allOf) {
				const resolved = derefed(model, member);
				if (!resolved || !visit(resolved)) {
					return false;
				}
			}
		}
		return true;
	};
	return visit(schema) ? names : undefined;
}
