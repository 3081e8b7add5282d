/**
 * Shared helpers for the Swagger Validator rules about paths and parameters (rules.md §1.1–§1.5): path template
 * parsing, path-level parameter lists, and where to anchor a finding about one use of a parameter.
 */
import type { JsonPath } from '../../core/json';
import type { PathTarget } from '../../core/location';
import { sameJsonValue } from '../../core/refs';
import type { JsonObject, OperationInfo, ParameterInfo, SwaggerModel } from '../../core/swagger';
import { memo } from '../../core/memo';
import type { ReportDescriptor, RuleContext } from '../../engine/types';

/** Keys of `paths` that are paths (vendor extensions `x-…` are allowed there too and are not paths). */
export function isPathKey(key: string): boolean {
	return !key.startsWith('x-');
}

export interface PathTemplate {
	/** Braces balanced, not nested, each variable inside one segment and named. */
	readonly valid: boolean;
	/** The text between each `{` and `}` (only meaningful when `valid`). */
	readonly variables: readonly string[];
}

/** Parses the `{name}` variables of a path key. */
export function parsePathTemplate(pathKey: string): PathTemplate {
	const variables: string[] = [];
	let open = -1;
	let valid = true;
	for (let i = 0; i < pathKey.length; i++) {
		const c = pathKey[i];
		if (c === '{') {
			if (open >= 0) {
				valid = false;
			}
			open = i;
		} else if (c === '}') {
			if (open < 0 || i === open + 1) {
				valid = false;
			} else {
				variables.push(pathKey.slice(open + 1, i));
			}
			open = -1;
		} else if (c === '/' && open >= 0) {
			valid = false;
			open = -1;
		}
	}
	if (open >= 0) {
		valid = false;
	}
	return { valid, variables };
}

/** The variable names a valid template binds (those with a `=default` are another rule's concern and skipped). */
export function templateVariableNames(pathKey: string): string[] | undefined {
	const template = parsePathTemplate(pathKey);
	return template.valid ? template.variables.filter((name) => !name.includes('=')) : undefined;
}

const TEMPLATE_PARAMETERS = /\{[^{}/]*\}/g;

/** The path segments of a key, with each variable replaced by `{}`, lower-cased for routing comparison. */
export function routingSegments(pathKey: string): string[] {
	return pathKey
		.toLowerCase()
		.replace(TEMPLATE_PARAMETERS, '{}')
		.split('/')
		.filter((segment, index) => index > 0 || segment !== '');
}

/** Each path (a key of `paths` that is not an `x-` extension) with its path item's own `parameters` list, resolved. */
export function pathParameterLists(swagger: SwaggerModel): readonly { pathKey: string; parameters: ParameterInfo[] }[] {
	return memo(swagger.document, 'pathParameterLists', () => findPathParameterLists(swagger));
}

function findPathParameterLists(swagger: SwaggerModel): { pathKey: string; parameters: ParameterInfo[] }[] {
	const lists: { pathKey: string; parameters: ParameterInfo[] }[] = [];
	for (const item of swagger.pathItems()) {
		if (!isPathKey(item.pathKey)) {
			continue;
		}
		const raw: unknown[] = Array.isArray(item.value.parameters) ? item.value.parameters : [];
		const parameters = raw.map((entry, index): ParameterInfo => {
			const resolved = swagger.resolve([...item.path, 'parameters', index], entry);
			const value = resolved.value;
			return Object.assign(resolved, { level: 'path' as const, name: typeof value?.name === 'string' ? value.name : undefined, in: typeof value?.in === 'string' ? value.in : undefined });
		});
		lists.push({ pathKey: item.pathKey, parameters });
	}
	return lists;
}

/** The operation's own `parameters` entries (not inherited from the path item). */
export function operationLevelParameters(operation: OperationInfo): ParameterInfo[] {
	return operation.parameters.filter((parameter) => parameter.level === 'operation');
}

/**
 * Where to point at one use of a parameter: the `$ref` value of a reference, else the named property of the inline
 * parameter (its `in` by default), falling back to the parameter's `name`.
 */
export function useAnchor(parameter: ParameterInfo, property = 'in'): { path: JsonPath; target: PathTarget } {
	if (parameter.ref !== undefined) {
		return { path: [...parameter.path, '$ref'], target: 'value' };
	}
	if (parameter.value && parameter.value[property] !== undefined) {
		return { path: [...parameter.path, property], target: 'value' };
	}
	return { path: parameter.path, target: 'key' };
}

/** A report function that drops a second finding with the same location and message. */
export function reportOnce(context: RuleContext): (descriptor: ReportDescriptor) => void {
	const seen = new Set<string>();
	return (descriptor) => {
		const key = `${descriptor.file}\u0000${descriptor.path.join('\u0000')}\u0000${descriptor.target ?? 'value'}\u0000${descriptor.message}`;
		if (!seen.has(key)) {
			seen.add(key);
			context.report(descriptor);
		}
	};
}

/** Whether a parameter (non-body) or a schema is `type: string` with `format: binary`. */
export function isStringBinary(value: JsonObject | undefined): boolean {
	return value !== undefined && value.type === 'string' && value.format === 'binary';
}

export interface DuplicateEntry {
	/** The later entry with the same `name` and `in` as `first`. */
	readonly entry: ParameterInfo;
	readonly first: ParameterInfo;
	/** Both entries are the same parameter: the same definition, or identical content. */
	readonly identical: boolean;
}

/** Entries of one `parameters` list that repeat an earlier entry's `name` and `in`. */
export function duplicateEntries(list: readonly ParameterInfo[]): DuplicateEntry[] {
	const firstByKey = new Map<string, ParameterInfo>();
	const result: DuplicateEntry[] = [];
	for (const entry of list) {
		if (entry.name === undefined || entry.in === undefined) {
			continue;
		}
		const key = `${entry.in}\u0000${entry.name}`;
		const first = firstByKey.get(key);
		if (!first) {
			firstByKey.set(key, entry);
			continue;
		}
		const identical = first.definitionPath.join('\u0000') === entry.definitionPath.join('\u0000') || sameJsonValue(first.value, entry.value);
		result.push({ entry, first, identical });
	}
	return result;
}
