import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { isObject } from '../../core/refs';
import { holdersOfKey } from '../../core/walk';
import type { JsonPath } from '../../core/json';
import type { JsonObject, SwaggerModel } from '../../core/swagger';
import { notificationContent } from '../shared/triggers';

/** Values under these keys are sample data, not definitions. */
const DATA_KEYS = new Set(['example', 'examples', 'default', 'enum', 'x-ms-test-value']);

/** The object at `path`, unless it or an object above it sits under a key of sample data. */
function definitionObjectAt(root: unknown, path: JsonPath): JsonObject | undefined {
	let value = root;
	for (const key of path) {
		value = (value as Record<string | number, unknown>)[key];
		if (isObject(value) && DATA_KEYS.has(String(key))) {
			return undefined;
		}
	}
	return isObject(value) ? value : undefined;
}

/** Every object that describes input body content: body parameters and the schemas reachable from them. */
function bodyObjects(swagger: SwaggerModel): Set<unknown> {
	const bodies = swagger.uniqueParameters().flatMap((parameter) => (parameter.value?.in === 'body' ? [parameter.value] : []));
	return new Set<unknown>([...bodies, ...swagger.inputSchemaObjects()]);
}

/** The schemas outputs use: response schemas and `x-ms-notification-content` schemas, with what they reach. */
function outputObjects(swagger: SwaggerModel): Set<unknown> {
	const notificationSchemas = swagger.operations().flatMap((operation) => {
		const content = notificationContent(swagger, operation);
		return isObject(content?.value) && content.value.schema !== undefined ? [content.value.schema] : [];
	});
	return new Set<unknown>([...swagger.responseSchemaObjects(), ...swagger.reachableSchemas(notificationSchemas)]);
}

export default defineRule({
	id: 'notification-url-not-allowed-in-this-position',
	msCode: 'NotificationUrlNotAllowedInThisPosition',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'The x-ms-notification-url extension is allowed only in an input body schema.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		if (!isObject(swagger.document.value)) {
			return; // Not a definition (another rule says so).
		}
		let allowed: Set<unknown> | undefined;
		let outputs: Set<unknown> | undefined;
		const holders = holdersOfKey(swagger.document, 'x-ms-notification-url');
		for (let holderIndex = 0; holderIndex < holders.length; holderIndex++) {
			const holder = holders[holderIndex];
			if (holder.value === undefined || holder.value === false) {
				continue;
			}
			const path = holder.path;
			const object = definitionObjectAt(swagger.root, path);
			if (!object) {
				continue;
			}
			allowed ??= bodyObjects(swagger);
			if (allowed.has(object)) {
				continue;
			}
			// A definition nothing uses is neither input nor output: leave it alone.
			outputs ??= outputObjects(swagger);
			if (path[0] !== 'definitions' || outputs.has(object)) {
				context.report({
					file: 'swagger',
					path: [...path, 'x-ms-notification-url'],
					target: 'key',
					message: 'The notification URL property is not allowed in this position. It is allowed only in input body.',
				});
			}
		}
	},
});
