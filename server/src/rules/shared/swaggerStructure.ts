/**
 * Shared by the Swagger structure rules: the schema validation and the `$ref` inventory are computed once per parsed
 * document, and each rule reports its own kind of finding from them.
 */
import type { JsonDocument } from '../../core/json';
import { REF_SECTIONS, checkRefUse, collectRefUses, notValidReason, type RefDefect, type RefUse } from '../../core/refUses';
import { isSwagger2, validateSwaggerSchema, type SchemaError, type SchemaErrorKind } from '../../core/swaggerSchema';
import { memo } from '../../core/memo';
import type { RuleContext } from '../../engine/types';

/** Schema findings; none for a document that is not Swagger 2.0 (`specification-version-incorrect` says why). */
export function swaggerSchemaErrors(doc: JsonDocument): readonly SchemaError[] {
	return memo(doc, 'swagger-schema', () => (isSwagger2(doc.value) ? validateSwaggerSchema(doc.value) : []));
}

/** Every `$ref` of a Swagger 2.0 document (an OpenAPI 3 document's references are not ours to judge). */
export function swaggerRefUses(doc: JsonDocument): readonly RefUse[] {
	return memo(doc, 'swagger-ref-uses', () => (isSwagger2(doc.value) ? collectRefUses(doc.value) : []));
}

/** The defect of each `$ref` use (computed once: six rules read it), resolving each distinct string once. */
function refDefects(doc: JsonDocument): ReadonlyMap<RefUse, RefDefect> {
	return memo(doc, 'swagger-ref-defects', () => findRefDefects(doc));
}

function findRefDefects(doc: JsonDocument): ReadonlyMap<RefUse, RefDefect> {
	const defects = new Map<RefUse, RefDefect>();
	const byRef = new Map<string, RefDefect | undefined>();
	const refUses = swaggerRefUses(doc);
	for (let useIndex = 0; useIndex < refUses.length; useIndex++) {
		const use = refUses[useIndex];
		const key = `${use.kind}\u0000${use.ref}`;
		let defect = byRef.get(key);
		if (!byRef.has(key)) {
			defect = checkRefUse(doc.value, use);
			byRef.set(key, defect);
		}
		if (defect) {
			defects.set(use, defect);
		}
	}
	return defects;
}

/** Reports the schema findings of one kind. */
export function reportSchemaErrors(context: RuleContext, kind: SchemaErrorKind): void {
	const doc = context.swagger?.document;
	if (!doc) {
		return;
	}
	for (const error of swaggerSchemaErrors(doc)) {
		if (error.kind === kind) {
			context.report({ file: 'swagger', path: error.path, target: error.target, message: error.message, data: error.data });
		}
	}
}

const WHAT = { schema: 'schema', parameter: 'parameter', response: 'response' } as const;

/** Reports the references of one kind (schema, parameter or response) that have one kind of defect. */
export function reportRefDefects(context: RuleContext, refKind: keyof typeof REF_SECTIONS, defectKind: 'not-found' | 'not-valid'): void {
	const doc = context.swagger?.document;
	if (!doc) {
		return;
	}
	const what = WHAT[refKind];
	const defects = refDefects(doc);
	const refUses = swaggerRefUses(doc);
	for (let useIndex = 0; useIndex < refUses.length; useIndex++) {
		const use = refUses[useIndex];
		if (use.kind !== refKind) {
			continue;
		}
		const defect = defects.get(use);
		if (defect?.kind !== defectKind) {
			continue;
		}
		const message =
			defect.kind === 'not-found'
				? `The ${what} reference '${use.ref}' could not be found in the swagger document.`
				: `The ${what} reference '${use.ref}' is not valid. ${notValidReason(defect, REF_SECTIONS[refKind], what[0].toUpperCase() + what.slice(1))}`;
		context.report({ file: 'swagger', path: use.path, target: 'value', message, data: { ref: use.ref, ...(defect.kind === 'not-valid' ? { reason: defect.reason } : {}) } });
	}
}
