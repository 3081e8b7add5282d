import type { ErrorObject } from 'ajv';
import type { JsonPath } from '../../core/json';
import { parseJsonPointer } from '../../core/location';
import { isObject, jsonTypeOf, typedPath, valueAtPath } from '../../core/refs';
import { memo } from '../../core/memo';
import { FROM_VALIDATOR, defineRule, type ReportDescriptor } from '../../engine/types';
// The schema's validator, generated ahead of time from schemas/apiProperties.schema.json (compiling it took 40 ms in
// each thread's first check).
import validateApiProperties from '../../schemas/apiPropertiesValidate.generated';
import { isCertificateType } from './_authKinds';

/** Beyond this many properties that are not allowed in one object, the rest are named in one finding. */
const MAX_EXTRA_PER_OBJECT = 5;

/** Turns ajv's instance pointer into a path, with array indices as numbers so it matches the tree. */
function instancePath(root: unknown, pointer: string): JsonPath | undefined {
	const segments = parseJsonPointer(pointer);
	return segments && typedPath(root, segments);
}

/** One finding, on the first of them, for the properties not allowed in an object beyond the first few. */
function describeRest(root: unknown, rest: readonly ErrorObject[]): ReportDescriptor {
	const names = rest.map((error) => String(error.params.additionalProperty));
	return {
		file: 'apiProperties',
		path: [...(instancePath(root, rest[0].instancePath) ?? []), names[0]],
		target: 'key',
		message: `These ${names.length} properties are not allowed and must be removed: ${names.map((name) => `'${name}'`).join(', ')}.`,
		data: { keyword: 'additionalProperties', properties: names },
	};
}

/** `properties.connectionParameters.<name>.type`, or the same inside a multi-auth set's `parameters`. */
function isParameterTypePath(path: JsonPath | undefined): boolean {
	return path !== undefined && path[path.length - 1] === 'type' && (path[path.length - 3] === 'connectionParameters' || (path[1] === 'connectionParameterSets' && path[path.length - 3] === 'parameters'));
}

/** One finding per schema error, in Microsoft's wording, placed on the key, the value or the object lacking a property. */
function describe(root: unknown, error: ErrorObject): ReportDescriptor | undefined {
	const path = instancePath(root, error.instancePath);
	if (!path) {
		return undefined;
	}
	const params = error.params as Record<string, unknown>;
	switch (error.keyword) {
		case 'additionalProperties': {
			const property = String(params.additionalProperty);
			return { file: 'apiProperties', path: [...path, property], target: 'key', message: `The property '${property}' is not allowed and must be removed.`, data: { keyword: 'additionalProperties', property } };
		}
		case 'required': {
			const property = String(params.missingProperty);
			return { file: 'apiProperties', path: [...path, property], target: 'missing', message: `The '${property}' property is required.`, data: { keyword: 'required', property } };
		}
		case 'type': {
			const expected = Array.isArray(params.type) ? params.type.join("' or '") : String(params.type);
			return { file: 'apiProperties', path, target: 'value', message: `The type of the property is incorrect. Expected type '${expected}', but value is of type '${jsonTypeOf(valueAtPath(root, path))}'.`, data: { keyword: 'type', expected: params.type } };
		}
		case 'enum': {
			const allowed = (params.allowedValues as unknown[]).map(String);
			const value = valueAtPath(root, path);
			// `"required": true` against "true"/"false": the problem is the JSON type, and listing true, false would not show it.
			if ((params.allowedValues as unknown[]).every((v) => typeof v === 'string') && typeof value !== 'string') {
				return { file: 'apiProperties', path, target: 'value', message: `The type of the property is incorrect. Expected type 'string', but value is of type '${jsonTypeOf(value)}'.`, data: { keyword: 'type', expected: 'string', allowed } };
			}
			return { file: 'apiProperties', path, target: 'value', message: `The property value must be one of the following: ${allowed.join(', ')}.`, data: { keyword: 'enum', allowed } };
		}
		default:
			return { file: 'apiProperties', path, target: 'value', message: `The property value is not valid: it ${error.message ?? 'does not match the schema'}.`, data: { keyword: error.keyword } };
	}
}

/** The structure of apiProperties.json (rules.md §8), checked against our schema, which is newer than Microsoft's. */
export default defineRule({
	id: 'api-properties-schema',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['PIPE'], basis: 'certification-must' },
	description: 'The apiProperties.json file must have the structure the connector service accepts.',
	fixable: false,
	files: ['apiProperties'],
	check(context) {
		const doc = context.apiProperties!.document;
		const root = doc.value;
		if (!isObject(root)) {
			// Everything below would be noise; one finding says what is wrong.
			context.report({
				file: 'apiProperties',
				path: [],
				message: `The root of apiProperties.json must be an object with a 'properties' object, but it is of type '${jsonTypeOf(root)}'.`,
				data: { keyword: 'type', expected: 'object' },
			});
			return;
		}
		const errors = memo(doc, 'api-properties-schema', () => (validateApiProperties(root) ? [] : [...(validateApiProperties.errors ?? [])]));
		// Properties that are not allowed, per object: a pasted swagger would otherwise give a finding per key.
		const extras = new Map<string, ErrorObject[]>();
		for (const error of errors) {
			if (error.keyword === 'additionalProperties') {
				extras.set(error.instancePath, [...(extras.get(error.instancePath) ?? []), error]);
			}
		}
		for (const error of errors) {
			if (error.keyword === 'additionalProperties') {
				const group = extras.get(error.instancePath)!;
				const index = group.indexOf(error);
				if (group.length > MAX_EXTRA_PER_OBJECT && index >= MAX_EXTRA_PER_OBJECT - 1) {
					if (index === MAX_EXTRA_PER_OBJECT - 1) {
						context.report(describeRest(root, group.slice(index)));
					}
					continue;
				}
			}
			// A certificate parameter type gets auth-type-supported's specific message instead of a list of types.
			if (error.keyword === 'enum' && isParameterTypePath(instancePath(root, error.instancePath)) && isCertificateType(valueAtPath(root, instancePath(root, error.instancePath)!))) {
				continue;
			}
			const descriptor = describe(root, error);
			if (descriptor) {
				context.report(descriptor);
			}
		}
	},
});
