import { FROM_VALIDATOR, defineRule } from '../engine/types';
import { isObject } from '../core/refs';
import { walkObjects } from '../core/walk';
import type { SwaggerModel } from '../core/swagger';
import { notificationContent } from './_triggers';

/** Values under these keys are sample data, not definitions. */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'enum', 'x-ms-test-value']);

type Pending = { path: (string | number)[]; raw: unknown }[];

/** Every object that describes input body content: body parameters and the schemas reachable from them. */
function bodyObjects(swagger: SwaggerModel): Set<unknown> {
	const seen = new Set<unknown>();
	const pending: Pending = [];
	for (const parameter of swagger.uniqueParameters()) {
		if (parameter.value?.in === 'body') {
			seen.add(parameter.value);
			pending.push({ path: [...parameter.definitionPath, 'schema'], raw: parameter.value.schema });
		}
	}
	return reachable(swagger, pending, seen);
}

/** The schemas outputs use: response schemas and `x-ms-notification-content` schemas, with what they reach. */
function outputObjects(swagger: SwaggerModel): Set<unknown> {
	const pending: Pending = [];
	for (const operation of swagger.operations()) {
		for (const response of swagger.responses(operation)) {
			if (response.value?.schema !== undefined) {
				pending.push({ path: [...response.definitionPath, 'schema'], raw: response.value.schema });
			}
		}
		const content = notificationContent(swagger, operation);
		if (isObject(content?.value) && content.value.schema !== undefined) {
			pending.push({ path: [...content.path, 'schema'], raw: content.value.schema });
		}
	}
	return reachable(swagger, pending, new Set());
}

function reachable(swagger: SwaggerModel, pending: Pending, seen: Set<unknown>): Set<unknown> {
	while (pending.length > 0) {
		const { path, raw } = pending.pop()!;
		const item = swagger.resolve(path, raw);
		const value = item.value;
		if (!value || seen.has(value)) {
			continue;
		}
		seen.add(value);
		const at = item.definitionPath;
		if (isObject(value.properties)) {
			for (const [name, child] of Object.entries(value.properties)) {
				pending.push({ path: [...at, 'properties', name], raw: child });
			}
		}
		if (isObject(value.items)) {
			pending.push({ path: [...at, 'items'], raw: value.items });
		}
		if (isObject(value.additionalProperties)) {
			pending.push({ path: [...at, 'additionalProperties'], raw: value.additionalProperties });
		}
		if (Array.isArray(value.allOf)) {
			value.allOf.forEach((child, index) => pending.push({ path: [...at, 'allOf', index], raw: child }));
		}
	}
	return seen;
}

/**
 * `x-ms-notification-url` marks the body property that receives the callback URL. Anywhere else (a query or header
 * parameter, a response schema, a definition only responses use, `x-ms-notification-content`) it has no meaning.
 */
export default defineRule({
	id: 'notification-url-not-allowed-in-this-position',
	msCode: 'NotificationUrlNotAllowedInThisPosition',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	description: 'The x-ms-notification-url extension is allowed only in an input body schema.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		// Cheap exit for the many definitions that never mention the extension (the walk below visits every object).
		if (!swagger.document.text.includes('x-ms-notification-url')) {
			return;
		}
		let allowed: Set<unknown> | undefined;
		let outputs: Set<unknown> | undefined;
		walkObjects(swagger.root, [], (object, key, pathOf) => {
			if (DATA_KEYS.has(String(key))) {
				return false;
			}
			const value = object['x-ms-notification-url'];
			if (value === undefined || value === false) {
				return;
			}
			allowed ??= bodyObjects(swagger);
			if (allowed.has(object)) {
				return;
			}
			// A definition nothing uses is neither input nor output: leave it alone.
			outputs ??= outputObjects(swagger);
			const path = pathOf();
			if (path[0] !== 'definitions' || outputs.has(object)) {
				context.report({
					file: 'swagger',
					path: [...path, 'x-ms-notification-url'],
					target: 'key',
					message: 'The notification URL property is not allowed in this position. It is allowed only in input body.',
				});
			}
		});
	},
});
