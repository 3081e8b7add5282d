/**
 * Shared by the trigger, webhook, notification and capability rules (rules.md §1.1, §1.5, §1.6, §6): which operations
 * are triggers, which are webhook registrations, where their notification-URL properties are, and their success
 * schemas. Everything is computed from the model's cached lists; the per-document results are memoized.
 */
import { mayHaveKey, type JsonPath } from '../../core/json';
import { isObject } from '../../core/refs';
import type { JsonObject, OperationInfo, ResponseInfo, SwaggerModel } from '../../core/swagger';
import type { ApiPropertiesModel, PolicyInstanceInfo } from '../../core/apiProperties';
import { memo } from '../../core/memo';
import { StepBudget } from '../../core/budget';

/** True when the operation declares `x-ms-trigger` (whatever its value: `trigger-enum` judges the value). */
export function isTrigger(operation: OperationInfo): boolean {
	return operation.value['x-ms-trigger'] !== undefined;
}

/** One schema on the way from a body parameter down to a notification-URL property. */
export interface SchemaStep {
	/** Where the schema's content is (the `$ref` target when reached through one). */
	readonly path: JsonPath;
	readonly value: JsonObject;
	/** The property name under the previous step (undefined for the body schema itself). */
	readonly name?: string;
}

/** A property marked `"x-ms-notification-url": true` in an operation's body, with the chain of schemas above it. */
export interface NotificationUrlProperty {
	/** The body parameter (its content's path and value). */
	readonly parameterPath: JsonPath;
	readonly parameter: JsonObject;
	/** Body schema first, the notification-URL property last. */
	readonly chain: readonly SchemaStep[];
	/** The property's name (`''` when the body schema itself is marked). */
	readonly name: string;
}

const MAX_DEPTH = 32;

/**
 * The schema steps the notification-URL walks may take in one document. Each path to a marked property is its own
 * chain (one may pass through an internal parent, another not), and the paths multiply where shared definitions fan
 * out and meet again: 22 levels of two properties referencing the next definition ran a check out of 4 GB of memory.
 * The dev corpus's connectors take at most 42 steps; past the budget the walk stops and the rules judge the chains
 * found so far.
 */
const MAX_CHAIN_STEPS = 100_000;

function resolveSchema(swagger: SwaggerModel, path: JsonPath, raw: unknown): { path: JsonPath; value: JsonObject } | undefined {
	const item = swagger.resolve(path, raw);
	return item.value ? { path: item.definitionPath, value: item.value } : undefined;
}

function collectNotificationUrls(swagger: SwaggerModel, operation: OperationInfo): NotificationUrlProperty[] {
	const result: NotificationUrlProperty[] = [];
	if (!mayHaveKey(swagger.document, 'x-ms-notification-url')) {
		return result; // No webhook in the document: no body schema to walk.
	}
	const marked = schemasLeadingToNotificationUrl(swagger);
	const budget = memo(swagger, 'triggers:notification-url-steps', () => new StepBudget(MAX_CHAIN_STEPS));
	// A schema outside the body schemas' graph (none should be) is walked as before.
	const leadsToMark = (schema: JsonObject) => marked.leading.has(schema) || !marked.inGraph.has(schema);
	for (const parameter of operation.parameters) {
		const value = parameter.value;
		if (!value || value.in !== 'body' || value.schema === undefined) {
			continue;
		}
		// The schema first, its path only for a body that leads to a mark (most do not).
		const rootValue = swagger.resolveValue(value.schema);
		if (!rootValue || !leadsToMark(rootValue)) {
			continue;
		}
		const root = resolveSchema(swagger, [...parameter.definitionPath, 'schema'], value.schema)!;
		const visit = (chain: SchemaStep[]) => {
			if (!budget.take()) {
				return;
			}
			const current = chain[chain.length - 1];
			if (current.value['x-ms-notification-url'] === true) {
				result.push({ parameterPath: parameter.definitionPath, parameter: value, chain: [...chain], name: current.name ?? '' });
			}
			if (chain.length >= MAX_DEPTH || !isObject(current.value.properties)) {
				return;
			}
			for (const [name, raw] of Object.entries(current.value.properties)) {
				const child = resolveSchema(swagger, [...current.path, 'properties', name], raw);
				// Only into schemas with a marked property somewhere below (the walk follows every path through shared
				// definitions, once per operation, and most bodies have no notification URL at all); a schema already on
				// the chain is a recursive reference: stop there.
				if (!child || !leadsToMark(child.value) || chain.some((step) => step.value === child.value)) {
					continue;
				}
				chain.push({ ...child, name });
				visit(chain);
				chain.pop();
			}
		};
		visit([root]);
	}
	return result;
}

/**
 * The body schemas (reached from body parameters through `properties`, following `$ref`s) that have a property marked
 * `x-ms-notification-url: true` at or somewhere below them: worked out once, backwards from the marked ones, so
 * cycles need no special care. `inGraph` holds every body schema met.
 */
function schemasLeadingToNotificationUrl(swagger: SwaggerModel): { leading: ReadonlySet<JsonObject>; inGraph: ReadonlyMap<JsonObject, unknown> } {
	return memo(swagger, 'triggers:leading-to-notification-url', () => findSchemasLeadingToNotificationUrl(swagger));
}

function findSchemasLeadingToNotificationUrl(swagger: SwaggerModel): { leading: ReadonlySet<JsonObject>; inGraph: ReadonlyMap<JsonObject, unknown> } {
	const graph: BodySchemaGraph = { parents: new Map(), pending: [], marked: [] };
	for (const parameter of swagger.uniqueParameters()) {
		if (parameter.value?.in === 'body') {
			meetBodySchema(swagger, graph, parameter.value.schema, undefined);
		}
	}
	while (graph.pending.length > 0) {
		const value = graph.pending.pop()!;
		if (isObject(value.properties)) {
			for (const key in value.properties) {
				meetBodySchema(swagger, graph, value.properties[key], value);
			}
		}
	}
	const leading = new Set<JsonObject>(graph.marked);
	const up = [...graph.marked];
	while (up.length > 0) {
		for (const parent of graph.parents.get(up.pop()!)!) {
			if (!leading.has(parent)) {
				leading.add(parent);
				up.push(parent);
			}
		}
	}
	return { leading, inGraph: graph.parents };
}

/** Body schemas met so far: each with the schemas whose properties lead to it, those not yet walked, the marked ones. */
interface BodySchemaGraph {
	readonly parents: Map<JsonObject, JsonObject[]>;
	readonly pending: JsonObject[];
	readonly marked: JsonObject[];
}

function meetBodySchema(swagger: SwaggerModel, graph: BodySchemaGraph, raw: unknown, parent: JsonObject | undefined): void {
	const value = swagger.resolveValue(raw);
	if (!value) {
		return;
	}
	let list = graph.parents.get(value);
	if (!list) {
		list = [];
		graph.parents.set(value, list);
		graph.pending.push(value);
		if (value['x-ms-notification-url'] === true) {
			graph.marked.push(value);
		}
	}
	if (parent) {
		list.push(parent);
	}
}

/** The notification-URL properties in an operation's body parameter, following `$ref`s. Memoized per operation. */
export function notificationUrlProperties(swagger: SwaggerModel, operation: OperationInfo): readonly NotificationUrlProperty[] {
	const all = memo(swagger, 'triggers:notification-urls', () => new Map<OperationInfo, NotificationUrlProperty[]>());
	let found = all.get(operation);
	if (!found) {
		found = collectNotificationUrls(swagger, operation);
		all.set(operation, found);
	}
	return found;
}

/** A webhook registration: a trigger whose body has a property marked as the notification URL. */
export function isWebhookRegistration(swagger: SwaggerModel, operation: OperationInfo): boolean {
	return isTrigger(operation) && notificationUrlProperties(swagger, operation).length > 0;
}

/**
 * The `x-ms-notification-content` that applies to an operation: its own (EXT: "Applies to: Operations") or its path
 * item's (MSS and the webhook tutorial put it there). Undefined when neither has one.
 */
export function notificationContent(swagger: SwaggerModel, operation: OperationInfo): { path: JsonPath; value: unknown } | undefined {
	if (operation.value['x-ms-notification-content'] !== undefined) {
		return { path: [...operation.path, 'x-ms-notification-content'], value: operation.value['x-ms-notification-content'] };
	}
	const pathItem = swagger.root.paths;
	const item = isObject(pathItem) ? pathItem[operation.pathKey] : undefined;
	if (isObject(item) && item['x-ms-notification-content'] !== undefined) {
		return { path: ['paths', operation.pathKey, 'x-ms-notification-content'], value: item['x-ms-notification-content'] };
	}
	return undefined;
}

/** True when the operation (or its path item) has an `x-ms-notification-content` with a `schema`. */
export function hasNotificationSchema(swagger: SwaggerModel, operation: OperationInfo): boolean {
	const content = notificationContent(swagger, operation);
	return isObject(content?.value) && content.value.schema !== undefined;
}

/** The operation's `2xx` responses, in document order. */
export function successResponses(swagger: SwaggerModel, operation: OperationInfo): ResponseInfo[] {
	return swagger.responses(operation).filter((response) => /^2\d\d$/.test(response.status));
}

/** The effective success schema: the first `2xx` response (`200` preferred) that has a `schema`, resolved. */
export function successSchema(swagger: SwaggerModel, operation: OperationInfo): { path: JsonPath; value: JsonObject } | undefined {
	const responses = successResponses(swagger, operation).sort((a, b) => (a.status === '200' ? -1 : b.status === '200' ? 1 : 0));
	for (const response of responses) {
		if (response.value?.schema !== undefined) {
			return resolveSchema(swagger, [...response.definitionPath, 'schema'], response.value.schema);
		}
	}
	return undefined;
}

/** Root `x-ms-capabilities.testConnection`, when it is an object. */
export function testConnection(swagger: SwaggerModel): JsonObject | undefined {
	const capabilities = swagger.root['x-ms-capabilities'];
	return isObject(capabilities) && isObject(capabilities.testConnection) ? capabilities.testConnection : undefined;
}

export const TEST_CONNECTION_PATH: JsonPath = ['x-ms-capabilities', 'testConnection'];

/** Every notification-URL property of every operation, each place once (a shared definition is listed once). */
export function allNotificationUrlProperties(swagger: SwaggerModel): readonly NotificationUrlProperty[] {
	return memo(swagger, 'triggers:all-notification-urls', () => findAllNotificationUrlProperties(swagger));
}

function findAllNotificationUrlProperties(swagger: SwaggerModel): readonly NotificationUrlProperty[] {
	const seen = new Set<string>();
	const result: NotificationUrlProperty[] = [];
	for (const operation of swagger.operations()) {
		for (const property of notificationUrlProperties(swagger, operation)) {
			const key = [...property.parameterPath, '\u0001', ...property.chain.flatMap((step) => ['\u0002', ...step.path])].join('\u0000');
			if (!seen.has(key)) {
				seen.add(key);
				result.push(property);
			}
		}
	}
	return result;
}

/** The path of a notification-URL property's schema content (the last step of its chain). */
export function propertyPath(property: NotificationUrlProperty): JsonPath {
	return property.chain[property.chain.length - 1].path;
}

/**
 * The apiProperties policy instances with one of `templateIds` (case-insensitive) that apply to an operation: those
 * listing its `operationId` in `x-ms-apimTemplate-operationName`, or listing no operations (they apply to all).
 */
export function policiesFor(apiProperties: ApiPropertiesModel | undefined, templateIds: readonly string[], operationId: string | undefined): PolicyInstanceInfo[] {
	if (!apiProperties) {
		return [];
	}
	const wanted = templateIds.map((id) => id.toLowerCase());
	return apiProperties.policyTemplateInstances().filter((instance) => {
		if (instance.templateId === undefined || !wanted.includes(instance.templateId.toLowerCase())) {
			return false;
		}
		const parameters = instance.value?.parameters;
		const names = isObject(parameters) ? parameters['x-ms-apimTemplate-operationName'] : undefined;
		if (!Array.isArray(names) || names.length === 0) {
			return true;
		}
		return operationId !== undefined && names.includes(operationId);
	});
}
