/**
 * Shared checks for the Swagger Validator's keyword rules (rules.md §1.6 "Metadata"): numeric/string keywords that must
 * be non-negative, min/max pairs, and `exclusiveMaximum`/`exclusiveMinimum` without their bound. They apply to every
 * object that carries JSON-Schema keywords (`typedNodes`): schemas, non-body parameters, headers and their `items`.
 */
import type { RuleContext } from '../../engine/types';
import { definitionKey, isObject, refOf, resolveRef } from '../../core/refs';
import type { JsonPath } from '../../core/json';
import type { SwaggerModel } from '../../core/swagger';
import { memo } from '../../core/memo';
import { typedNodes, typedNodesWith, type LimitKeyword, type TypedNode } from './typedNodes';

function has(value: object, key: string): boolean {
	return Object.prototype.hasOwnProperty.call(value, key);
}

/** A check reporting `keyword` values below zero, with Microsoft's `…MustBeGreaterThanOrEqualToZero` message. */
export function checkNonNegative(keyword: LimitKeyword): (context: RuleContext) => void {
	return (context) => {
		const typed = typedNodesWith(context.swagger!, keyword);
		for (let typedIndex = 0; typedIndex < typed.length; typedIndex++) {
			const node = typed[typedIndex];
			const value = node.value[keyword];
			if (typeof value === 'number' && value < 0) {
				context.report({
					file: 'swagger',
					path: [...node.path, keyword],
					message: `The '${keyword}' value must be greater than or equal to zero.`,
					data: { keyword, value },
				});
			}
		}
	};
}

/** A check reporting `min` > `max` on the same node, on the `min` value. */
export function checkMinNotAboveMax(min: LimitKeyword, max: LimitKeyword): (context: RuleContext) => void {
	return (context) => {
		const typed = typedNodesWith(context.swagger!, min);
		for (let typedIndex = 0; typedIndex < typed.length; typedIndex++) {
			const node = typed[typedIndex];
			const low = node.value[min];
			const high = node.value[max];
			if (typeof low === 'number' && typeof high === 'number' && low > high) {
				context.report({
					file: 'swagger',
					path: [...node.path, min],
					message: `The '${min}' value should be less than or equal to the '${max}' value.`,
					data: { [min]: low, [max]: high },
				});
			}
		}
	};
}

/**
 * A check reporting `exclusive: true` on a node that has no `bound`, on the `exclusive` key. `false` is the keyword's
 * default and changes nothing, so it is not reported (a certified connector, IdealPostcodes, writes
 * `"exclusiveMaximum": false` on parameters without `maximum`).
 */
export function checkExclusiveNeedsBound(exclusive: LimitKeyword, bound: LimitKeyword): (context: RuleContext) => void {
	return (context) => {
		const typed = typedNodesWith(context.swagger!, exclusive);
		for (let typedIndex = 0; typedIndex < typed.length; typedIndex++) {
			const node = typed[typedIndex];
			if (node.value[exclusive] === true && !has(node.value, bound)) {
				context.report({
					file: 'swagger',
					path: [...node.path, exclusive],
					target: 'key',
					message: `The '${exclusive}' keyword can only be specified if the '${bound}' keyword is also specified.`,
					data: { keyword: exclusive, bound },
				});
			}
		}
	};
}

/** The schema an object stands for: itself, or the target of its local `$ref` (undefined when it does not resolve). */
export function derefSchema(root: unknown, value: unknown): Record<string, unknown> | undefined {
	const ref = refOf(value);
	if (ref === undefined) {
		return isObject(value) ? value : undefined;
	}
	const resolution = resolveRef(root, ref);
	return resolution.ok && isObject(resolution.value) ? resolution.value : undefined;
}

/** Size of a schema with its `$ref`s expanded: how many schema objects, and how deeply they nest. */
export interface SchemaSize {
	readonly count: number;
	readonly depth: number;
}

/**
 * Measures schemas with referenced definitions expanded in place (Microsoft counts "including referenced ('$ref')
 * schemas"). A schema counts 1 plus its `properties`, `items`, `additionalProperties` and `allOf` parts; a property,
 * items or additionalProperties schema is one level deeper, an `allOf` part is on the same level. A `$ref` counts as
 * its target. A definition reached again through itself (recursion) is counted once and not expanded further, since
 * a recursive schema would otherwise be infinite. Results per definition are memoized, so the cost is linear.
 */
export class SchemaMeasurer {
	readonly #definitions: Record<string, unknown>;
	readonly #memo = new Map<string, SchemaSize>();
	readonly #active = new Set<string>();

	constructor(root: unknown) {
		this.#definitions = isObject(root) && isObject(root.definitions) ? root.definitions : {};
	}

	measure(schema: unknown, nesting = 0): SchemaSize {
		if (!isObject(schema) || nesting > 512) {
			return { count: 0, depth: 0 };
		}
		const ref = refOf(schema);
		if (ref !== undefined) {
			const key = definitionKey(ref);
			if (key === undefined || !has(this.#definitions, key)) {
				// Broken or foreign references are other rules' findings; count the reference itself.
				return { count: 1, depth: 1 };
			}
			const known = this.#memo.get(key);
			if (known) {
				return known;
			}
			if (this.#active.has(key)) {
				return { count: 1, depth: 1 };
			}
			this.#active.add(key);
			const size = this.measure(this.#definitions[key], nesting + 1);
			this.#active.delete(key);
			this.#memo.set(key, size);
			return size;
		}
		let count = 1;
		let childDepth = 0;
		const child = (value: unknown) => {
			const size = this.measure(value, nesting + 1);
			count += size.count;
			childDepth = Math.max(childDepth, size.depth);
		};
		if (isObject(schema.properties)) {
			for (const value of Object.values(schema.properties)) {
				child(value);
			}
		}
		if (isObject(schema.items)) {
			child(schema.items);
		}
		if (isObject(schema.additionalProperties)) {
			child(schema.additionalProperties);
		}
		let depth = 1 + childDepth;
		if (Array.isArray(schema.allOf)) {
			for (const part of schema.allOf) {
				const size = this.measure(part, nesting + 1);
				count += size.count;
				depth = Math.max(depth, size.depth);
			}
		}
		return { count, depth };
	}
}

/** One measurer per document, shared by the size rules. */
export function schemaMeasurer(model: SwaggerModel): SchemaMeasurer {
	return memo(model.document, 'schemaMeasurer', () => new SchemaMeasurer(model.document.value));
}

/** A schema a request or response starts from, and where a finding about its size belongs. */
export interface RootSchema {
	readonly kind: 'body' | 'response';
	readonly schema: unknown;
	/** The definition when the root is a `$ref` to one (edited there, reported once), else the inline schema. */
	readonly reportPath: JsonPath;
}

/** Body parameter and response schemas, each place once (a definition used as a root by many operations: once). */
export function rootSchemas(model: SwaggerModel, kinds: readonly RootSchema['kind'][]): RootSchema[] {
	const result: RootSchema[] = [];
	const seen = new Set<string>();
	const add = (kind: RootSchema['kind'], path: JsonPath, schema: unknown) => {
		const ref = refOf(schema);
		const key = ref === undefined ? undefined : definitionKey(ref);
		const definitions = model.root.definitions;
		const reportPath = key !== undefined && isObject(definitions) && has(definitions, key) ? ['definitions', key] : path;
		const id = reportPath.join('\u0000');
		if (isObject(schema) && !seen.has(id)) {
			seen.add(id);
			result.push({ kind, schema, reportPath });
		}
	};
	if (kinds.includes('body')) {
		for (const parameter of model.uniqueParameters()) {
			if (parameter.value?.in === 'body') {
				add('body', [...parameter.definitionPath, 'schema'], parameter.value.schema);
			}
		}
	}
	if (kinds.includes('response')) {
		for (const operation of model.operations()) {
			for (const response of model.responses(operation)) {
				add('response', [...response.definitionPath, 'schema'], response.value?.schema);
			}
		}
	}
	return result;
}

/** Every schema object reachable from `start`, `$ref`s followed (identity set; cycles end). */

/** A `filterFunctions` list written in an `x-ms-capabilities` object of a schema, parameter or header. */
export interface FilterFunctionsUse {
	/** The path of the `filterFunctions` value. */
	readonly path: JsonPath;
	readonly value: unknown;
	/** Only requests use it: a non-body parameter, or a schema reached from body parameters and from no response. */
	readonly inputOnly: boolean;
}

/** Every `x-ms-capabilities.filterFunctions`, computed once per document. */
export function filterFunctionsUses(model: SwaggerModel): readonly FilterFunctionsUse[] {
	return memo(model.document, 'filterFunctionsUses', () => findFilterFunctionsUses(model));
}

function findFilterFunctionsUses(model: SwaggerModel): readonly FilterFunctionsUse[] {
	const nodes = typedNodes(model).filter(hasFilterFunctions);
	if (nodes.length === 0) {
		return [];
	}
	const input = model.inputSchemaObjects();
	const output = model.responseSchemaObjects();
	return nodes.map((node) => {
		const capabilities = node.value['x-ms-capabilities'] as Record<string, unknown>;
		// Items of a parameter are input; items of a response header (under `responses`) are output.
		const inputOnly =
			node.kind === 'parameter' || (node.kind === 'items' && !node.path.includes('responses')) || (node.kind === 'schema' && input.has(node.value) && !output.has(node.value));
		return { path: [...node.path, 'x-ms-capabilities', 'filterFunctions'], value: capabilities.filterFunctions, inputOnly };
	});
}

/** Whether a node's `x-ms-capabilities` has `filterFunctions`: asked of every typed node, so a module function (core/memo.ts). */
function hasFilterFunctions(node: TypedNode): boolean {
	const capabilities = node.value['x-ms-capabilities'];
	return isObject(capabilities) && has(capabilities, 'filterFunctions');
}

/** One entry of a `security` requirement object: `{ "<name>": [scopes] }`, at the root or on an operation. */
export interface SecurityRequirementEntry {
	readonly name: string;
	/** The path of the entry's value (its key is the requirement name). */
	readonly path: JsonPath;
	readonly value: unknown;
	/** The matching `securityDefinitions` entry, when defined. */
	readonly definition: Record<string, unknown> | undefined;
	readonly defined: boolean;
}

/** Every security requirement entry of the root `security` and of each operation's `security`. */
export function securityRequirementEntries(model: SwaggerModel): readonly SecurityRequirementEntry[] {
	return memo(model.document, 'securityRequirementEntries', () => findSecurityRequirementEntries(model));
}

function findSecurityRequirementEntries(model: SwaggerModel): readonly SecurityRequirementEntry[] {
	const definitions = isObject(model.root.securityDefinitions) ? model.root.securityDefinitions : {};
	const lists: { path: JsonPath; value: unknown }[] = [{ path: ['security'], value: model.root.security }];
	for (const operation of model.operations()) {
		lists.push({ path: [...operation.path, 'security'], value: operation.value.security });
	}
	const result: SecurityRequirementEntry[] = [];
	for (const list of lists) {
		if (!Array.isArray(list.value)) {
			continue;
		}
		list.value.forEach((requirement, index) => {
			if (!isObject(requirement)) {
				return;
			}
			for (const [name, value] of Object.entries(requirement)) {
				const defined = has(definitions, name);
				const definition = defined && isObject(definitions[name]) ? (definitions[name] as Record<string, unknown>) : undefined;
				result.push({ name, path: [...list.path, index, name], value, definition, defined });
			}
		});
	}
	return result;
}

/** Swagger 2.0 Security Scheme Object fields by `type` (extensions `x-…` are always allowed). */
const SCHEME_FIELDS: Readonly<Record<string, readonly string[]>> = {
	basic: ['type', 'description'],
	apiKey: ['type', 'description', 'name', 'in'],
	oauth2: ['type', 'description', 'flow', 'authorizationUrl', 'tokenUrl', 'scopes'],
};

/** The OAuth 2 URLs each flow uses ("Applies To" in Swagger 2.0). */
const FLOW_URLS: Readonly<Record<string, readonly string[]>> = {
	implicit: ['authorizationUrl'],
	password: ['tokenUrl'],
	application: ['tokenUrl'],
	accessCode: ['authorizationUrl', 'tokenUrl'],
};

/** What a security scheme needs and allows, for a known `type` (undefined for an unknown or missing type). */
export function schemeFieldRules(scheme: Record<string, unknown>): { type: string; allowed: readonly string[]; required: readonly string[] } | undefined {
	const type = scheme.type;
	if (typeof type !== 'string' || !has(SCHEME_FIELDS, type)) {
		return undefined;
	}
	if (type === 'basic') {
		return { type, allowed: SCHEME_FIELDS.basic, required: [] };
	}
	if (type === 'apiKey') {
		return { type, allowed: SCHEME_FIELDS.apiKey, required: ['name', 'in'] };
	}
	const flow = typeof scheme.flow === 'string' && has(FLOW_URLS, scheme.flow) ? scheme.flow : undefined;
	if (flow === undefined) {
		// Without a known flow, the URLs cannot be judged; only `flow` and `scopes` are required.
		return { type, allowed: SCHEME_FIELDS.oauth2, required: ['flow', 'scopes'] };
	}
	const urls = FLOW_URLS[flow];
	return { type, allowed: SCHEME_FIELDS.oauth2.filter((field) => !field.endsWith('Url') || urls.includes(field)), required: ['flow', ...urls, 'scopes'] };
}
