/**
 * Shared helpers for the operation, operation-family and response rules: an operation's `x-ms-api-annotation`, the
 * families it forms, the connector's status, response keys and the "200" response fix.
 */
import type { JsonPath } from '../../core/json';
import { isObject, refOf, resolveRef, valueAtPath } from '../../core/refs';
import type { JsonObject, OperationInfo, SwaggerModel } from '../../core/swagger';
import { memo } from '../../core/memo';
import { successResponseStub } from '../../core/wording';
import { setValue } from '../../engine/edits';
import type { FixContext, FixProposal } from '../../engine/types';

/** The operation's `x-ms-api-annotation` object, if it is one. */
export function apiAnnotation(operation: OperationInfo): JsonObject | undefined {
	const annotation = operation.value['x-ms-api-annotation'];
	return isObject(annotation) ? annotation : undefined;
}

export function annotationPath(operation: OperationInfo): JsonPath {
	return [...operation.path, 'x-ms-api-annotation'];
}

export function isDeprecated(operation: OperationInfo): boolean {
	return operation.value.deprecated === true;
}

export interface FamilyMember {
	readonly operation: OperationInfo;
	readonly annotation: JsonObject;
	/** The `revision` as written (any JSON value), or undefined when absent. */
	readonly revision: unknown;
}

/**
 * Operation families: operations whose `x-ms-api-annotation.family` is the same non-empty string, in document order.
 * Only explicit families count (an operation without annotation is not placed in a family named after its operationId).
 */
export function operationFamilies(model: SwaggerModel): ReadonlyMap<string, readonly FamilyMember[]> {
	return memo(model.document, 'operationFamilies', () => findOperationFamilies(model));
}

function findOperationFamilies(model: SwaggerModel): ReadonlyMap<string, readonly FamilyMember[]> {
	const families = new Map<string, FamilyMember[]>();
	for (const operation of model.operations()) {
		const annotation = apiAnnotation(operation);
		const family = annotation?.family;
		if (!annotation || typeof family !== 'string' || family === '') {
			continue;
		}
		const list = families.get(family) ?? [];
		list.push({ operation, annotation, revision: annotation.revision });
		families.set(family, list);
	}
	return families;
}

/** A revision as a number, treating an absent revision as 1 (VER: "An empty revision will be considered as revision 1"). */
export function revisionNumber(revision: unknown): number {
	return typeof revision === 'number' && Number.isFinite(revision) ? revision : 1;
}

/**
 * The connector's status: `info.x-ms-api-annotation.status` (where the validator's schema puts it), else a root-level
 * `x-ms-api-annotation.status` (as the versioning page shows it); undefined when neither is set.
 */
export function connectorStatus(model: SwaggerModel): unknown {
	const root = model.root;
	const info = isObject(root.info) ? root.info : undefined;
	const fromInfo = isObject(info?.['x-ms-api-annotation']) ? (info!['x-ms-api-annotation'] as JsonObject).status : undefined;
	if (fromInfo !== undefined) {
		return fromInfo;
	}
	return isObject(root['x-ms-api-annotation']) ? root['x-ms-api-annotation'].status : undefined;
}

/** A status code key for a successful response (`2xx`). */
export function isSuccessStatus(key: string): boolean {
	return /^2\d\d$/.test(key);
}

/** The keys of an operation's `responses` that name responses (not `x-` extensions); undefined when `responses` is not an object. */
export function responseKeys(operation: OperationInfo): string[] | undefined {
	const responses = operation.value.responses;
	return isObject(responses) ? Object.keys(responses).filter((key) => !key.startsWith('x-')) : undefined;
}

/** The quick fix of the rules that find no (successful) response: a "200" stub for the author to fill in. */
export function addSuccessResponse({ finding, doc }: FixContext): FixProposal {
	// The finding is on ['paths', path, method, 'responses'] (missing, or without the response); the success response goes first, as readers expect.
	const method = String(finding.path[2]);
	const responses = valueAtPath(doc.value, finding.path);
	const first = isObject(responses) ? Object.keys(responses)[0] : undefined;
	return { requiresAuthor: true, title: 'Add a "200" response', edits: setValue(doc, [...finding.path, '200'], successResponseStub(method), { before: first }), placeholder: 'OK' };
}

/**
 * Our reading of Microsoft's sanitized operationId (unpublished): every character other than an ASCII letter, digit,
 * `_` or `-` removed. `_` stays because Microsoft's deprecation page names a new revision `GetItems_V2`; `-` stays
 * because the validator accepted hyphenated operationIds (`Portal-CreateSigning`, `Record-List`) from 2021 to 2024.
 */
export function sanitizeOperationId(operationId: string): string {
	return operationId.replace(/[^A-Za-z0-9_-]/g, '');
}

/** Whether a family member states a revision (`null` counts as empty). */
export function hasRevision(revision: unknown): boolean {
	return revision !== undefined && revision !== null;
}

interface Chain {
	readonly ref: string;
	readonly parent: Chain | undefined;
}

function onChain(chain: Chain | undefined, ref: string): boolean {
	for (let link = chain; link; link = link.parent) {
		if (link.ref === ref) {
			return true;
		}
	}
	return false;
}

/**
 * Schemas in an operation's body and response schemas, counted as the designer expands them: every schema object,
 * `$ref` targets expanded at each use, a reference back to a schema being expanded counted once. Stops past `limit`.
 */
export function operationSchemaCount(model: SwaggerModel, operation: OperationInfo, limit: number): number {
	const root = model.document.value;
	const stack: { raw: unknown; chain: Chain | undefined }[] = [];
	for (const parameter of operation.parameters) {
		if (parameter.value?.in === 'body' && parameter.value.schema !== undefined) {
			stack.push({ raw: parameter.value.schema, chain: undefined });
		}
	}
	for (const response of model.responses(operation)) {
		if (response.value?.schema !== undefined) {
			stack.push({ raw: response.value.schema, chain: undefined });
		}
	}
	let count = 0;
	while (stack.length > 0 && count <= limit) {
		let { raw, chain } = stack.pop()!;
		if (!isObject(raw)) {
			continue;
		}
		count++;
		const ref = refOf(raw);
		if (ref !== undefined) {
			if (onChain(chain, ref)) {
				continue;
			}
			const resolution = resolveRef(root, ref);
			if (!resolution.ok || !isObject(resolution.value)) {
				continue;
			}
			// The reference and its target count as one schema.
			chain = { ref, parent: chain };
			raw = resolution.value;
		}
		const schema = raw as Record<string, unknown>;
		if (isObject(schema.properties)) {
			for (const child of Object.values(schema.properties)) {
				stack.push({ raw: child, chain });
			}
		}
		for (const child of Array.isArray(schema.items) ? schema.items : [schema.items]) {
			stack.push({ raw: child, chain });
		}
		stack.push({ raw: schema.additionalProperties, chain });
		if (Array.isArray(schema.allOf)) {
			for (const child of schema.allOf) {
				stack.push({ raw: child, chain });
			}
		}
	}
	return count;
}
