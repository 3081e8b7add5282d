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

function resolveSchema(swagger: SwaggerModel, path: JsonPath, raw: unknown): { path: JsonPath; value: JsonObject } | undefined {
	const item = swagger.resolve(path, raw);
	return item.value ? { path: item.definitionPath, value: item.value } : undefined;
}

function collectNotificationUrls(swagger: SwaggerModel, operation: OperationInfo): NotificationUrlProperty[] {
	const result: NotificationUrlProperty[] = [];
	if (!mayHaveKey(swagger.document, 'x-ms-notification-url')) {
		return result; // No webhook in the document: no body schema to walk.
	}
	for (const parameter of operation.parameters) {
		const value = parameter.value;
		if (!value || value.in !== 'body' || value.schema === undefined) {
			continue;
		}
		const root = resolveSchema(swagger, [...parameter.definitionPath, 'schema'], value.schema);
		if (!root) {
			continue;
		}
		const visit = (chain: SchemaStep[]) => {
			const current = chain[chain.length - 1];
			if (current.value['x-ms-notification-url'] === true) {
				result.push({ parameterPath: parameter.definitionPath, parameter: value, chain: [...chain], name: current.name ?? '' });
			}
			if (chain.length >= MAX_DEPTH || !isObject(current.value.properties)) {
				return;
			}
			for (const [name, raw] of Object.entries(current.value.properties)) {
				const child = resolveSchema(swagger, [...current.path, 'properties', name], raw);
				// A schema already on the chain is a recursive reference: stop there.
				if (!child || chain.some((step) => step.value === child.value)) {
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
	return memo(swagger, 'triggers:all-notification-urls', () => {
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
	});
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
