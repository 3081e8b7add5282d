import { FROM_CERTIFICATION, defineRule, type RuleContext } from '../../engine/types';
import type { JsonPath } from '../../core/json';
import { isObject, jsonTypeOf } from '../../core/refs';

interface Shape {
	readonly required?: readonly string[];
	readonly properties: Readonly<Record<string, Shape | 'string' | 'boolean' | 'object'>>;
}

const CALL: Shape = { required: ['operationId'], properties: { operationId: 'string', parameters: 'object' } };

/** MSS `x-ms-capabilities<api>`. */
const API: Shape = {
	properties: {
		'file-picker': {
			required: ['open'],
			properties: { open: CALL, browse: CALL, 'value-title': 'string', 'value-collection': 'string', 'value-folder-property': 'string', 'value-media-property': 'string' },
		},
		testConnection: CALL,
	},
};

/** MSS `x-ms-capabilities<operation>`. */
const OPERATION: Shape = { properties: { chunkTransfer: 'boolean' } };

function check(context: RuleContext, value: unknown, path: JsonPath, shape: Shape | 'string' | 'boolean' | 'object'): void {
	const expected = typeof shape === 'string' ? shape : 'object';
	if (jsonTypeOf(value) !== expected) {
		const actual = jsonTypeOf(value);
		context.report({ file: 'swagger', path, message: `The type of the property is incorrect. Expected type '${expected}', but value is of type '${actual}'.`, data: { expected: [expected], actual } });
		return;
	}
	if (typeof shape === 'string' || !isObject(value)) {
		return;
	}
	for (const property of shape.required ?? []) {
		if (value[property] === undefined) {
			context.report({ file: 'swagger', path: [...path, property], target: 'missing', message: `The '${property}' property is required.`, data: { property } });
		}
	}
	for (const [key, child] of Object.entries(value)) {
		const childShape = Object.prototype.hasOwnProperty.call(shape.properties, key) ? shape.properties[key] : undefined;
		if (childShape === undefined) {
			context.report({ file: 'swagger', path: [...path, key], target: 'key', message: `The property '${key}' is not allowed and must be removed.`, data: { property: key } });
		} else {
			check(context, child, [...path, key], childShape);
		}
	}
}

/**
 * MSS: the connector-level `x-ms-capabilities` holds only `file-picker` and `testConnection`; the operation-level one
 * only `chunkTransfer` (a boolean). The generic structure rules skip `x-` keys, so nothing else checks these objects.
 */
export default defineRule({
	id: 'capabilities-shape',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['MSS'], basis: 'certification-must' },
	description: 'The x-ms-capabilities extension must have the documented shape at the connector and operation level.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		if (swagger.root['x-ms-capabilities'] !== undefined) {
			check(context, swagger.root['x-ms-capabilities'], ['x-ms-capabilities'], API);
		}
		for (const operation of swagger.operations()) {
			if (operation.value['x-ms-capabilities'] !== undefined) {
				check(context, operation.value['x-ms-capabilities'], [...operation.path, 'x-ms-capabilities'], OPERATION);
			}
		}
	},
});
