/**
 * The sanctioned ways out of a breaking change, as Microsoft documents them ("Implement versioning operations",
 * "Deprecate an operation"): keep the operation as it was, deprecated (`deprecated: true`, "(deprecated)" in its summary
 * and description, internal), and publish the change as a new operation of the same `x-ms-api-annotation` family with
 * the next revision, at `/v2/…` under `<operationId>_V2`.
 */
import type { JsonPath } from '../../core/json';
import { isObject, refOf, resolveRef, sameJsonValue } from '../../core/refs';
import { memo } from '../../core/memo';
import { StepBudget } from '../../core/budget';
import type { SwaggerModel } from '../../core/swagger';
import { setValue, type TextEdit } from '../../engine/edits';
import type { FixContext, FixProposal, ReportDescriptor } from '../../engine/types';
import type { OperationShape } from './_compare';

/** The operation of the previous version a fix puts back: where it was, as it was. */
export interface PreviousOperation {
	readonly pathKey: string;
	readonly method: string;
	readonly operation: Record<string, unknown>;
	/** The path item's own parameters, for a path that is gone. */
	readonly pathParameters?: readonly unknown[];
}

/** Appends "(deprecated)": before a sentence's closing period, as Microsoft's example does. */
function markDeprecated(text: string): string {
	if (/\(deprecated\)\.?\s*$/i.test(text)) {
		return text;
	}
	const trimmed = text.trimEnd();
	return trimmed.endsWith('.') ? `${trimmed.slice(0, -1)} (deprecated).` : `${trimmed} (deprecated)`;
}

/** An operation as Microsoft documents a deprecation, optionally as a revision of a family (`x-ms-api-annotation`). */
export function deprecatedOperation(operation: Record<string, unknown>, family?: { readonly family: string; readonly revision: number }): Record<string, unknown> {
	const annotation = isObject(operation['x-ms-api-annotation']) ? operation['x-ms-api-annotation'] : {};
	return {
		...operation,
		...(typeof operation.summary === 'string' ? { summary: markDeprecated(operation.summary) } : {}),
		...(typeof operation.description === 'string' ? { description: markDeprecated(operation.description) } : {}),
		deprecated: true,
		'x-ms-visibility': 'internal',
		...(family ? { 'x-ms-api-annotation': { ...annotation, family: family.family, revision: family.revision } } : {}),
	};
}

/**
 * The values (objects, arrays and their members) an operation put back may hold once the changed definitions are
 * written into it, and all the operations of a definition together. Each use of a definition gets its own copy, and
 * definitions that fan out and meet again multiply the copies: 22 levels of two properties referencing the next
 * definition kept `diff` busy past a minute. In the real updates of the corpus the largest operation holds 1,788 and
 * the largest definition 7,211 in all. Past these the fix is not offered.
 */
const MAX_COPIED_VALUES = 20_000;
const MAX_COPIED_VALUES_PER_DEFINITION = 100_000;

/** Thrown by withOldTargets when the copy outgrows MAX_COPIED_VALUES. */
const TOO_LARGE = new Error('the previous operation is too large to copy');

/**
 * `value` with each local `$ref` whose target changed between the versions (itself or anything it reaches) replaced by
 * the old target, so the operation put back is the old one even where a shared definition changed. A cycle stays a
 * `$ref`.
 */
function withOldTargets(value: unknown, before: unknown, changed: (ref: string) => boolean, budget: StepBudget, trail: readonly string[] = []): unknown {
	if (Array.isArray(value)) {
		spend(budget, value.length);
		return value.map((item) => withOldTargets(item, before, changed, budget, trail));
	}
	if (!isObject(value)) {
		return value;
	}
	const ref = refOf(value);
	if (ref !== undefined && ref.startsWith('#') && !trail.includes(ref) && changed(ref)) {
		const old = resolveRef(before, ref);
		if (old.ok) {
			return withOldTargets(old.value, before, changed, budget, [...trail, ref]);
		}
	}
	const entries = Object.entries(value);
	spend(budget, entries.length);
	return Object.fromEntries(entries.map(([key, child]) => [key, withOldTargets(child, before, changed, budget, trail)]));
}

/** Counts a container and its `size` members against the budget; throws TOO_LARGE once it is spent. */
function spend(budget: StepBudget, size: number): void {
	if (!budget.take(size + 1)) {
		throw TOO_LARGE;
	}
}

/** The `$ref`s of a value, at any depth. */
function refsIn(value: unknown, into: string[] = []): string[] {
	if (Array.isArray(value)) {
		value.forEach((item) => refsIn(item, into));
	} else if (isObject(value)) {
		const ref = refOf(value);
		if (ref !== undefined) {
			into.push(ref);
		}
		Object.values(value).forEach((child) => refsIn(child, into));
	}
	return into;
}

/** Whether what a `$ref` reaches differs between the versions (memoised per comparison; a cycle counts as unchanged). */
function changedRefs(before: unknown, after: unknown): (ref: string) => boolean {
	const memo = new Map<string, boolean>();
	const changed = (ref: string): boolean => {
		const known = memo.get(ref);
		if (known !== undefined) {
			return known;
		}
		memo.set(ref, false);
		const old = resolveRef(before, ref);
		const now = resolveRef(after, ref);
		const result = !old.ok || !now.ok ? old.ok !== now.ok : !sameJsonValue(old.value, now.value) || refsIn(old.value).some((inner) => inner.startsWith('#') && changed(inner));
		memo.set(ref, result);
		return result;
	};
	return changed;
}

const previousByShape = new WeakMap<OperationShape, PreviousOperation | null>();

/**
 * What the new-version fix needs of an operation of the previous version (computed once per operation), or undefined
 * when it is too large to copy (see MAX_COPIED_VALUES).
 */
export function previousOperation(before: SwaggerModel, after: SwaggerModel, shape: OperationShape): PreviousOperation | undefined {
	let previous = previousByShape.get(shape);
	if (previous === undefined) {
		// Worked out once per pair of versions: comparing what each `$ref` reaches can cost as much as the copies.
		const byAfter = memo(before, 'changes.changedRefs', () => new WeakMap<SwaggerModel, (ref: string) => boolean>());
		let changed = byAfter.get(after);
		if (!changed) {
			changed = changedRefs(before.root, after.root);
			byAfter.set(after, changed);
		}
		const item = isObject(before.root.paths) ? before.root.paths[shape.info.pathKey] : undefined;
		const budget = new StepBudget(MAX_COPIED_VALUES, memo(before, 'changes.copiedValues', () => new StepBudget(MAX_COPIED_VALUES_PER_DEFINITION)));
		try {
			const pathParameters = isObject(item) && Array.isArray(item.parameters) ? (withOldTargets(item.parameters, before.root, changed, budget) as unknown[]) : undefined;
			previous = {
				pathKey: shape.info.pathKey,
				method: shape.info.method,
				operation: withOldTargets(shape.info.value, before.root, changed, budget) as Record<string, unknown>,
				...(pathParameters ? { pathParameters } : {}),
			};
		} catch (error) {
			if (error !== TOO_LARGE) {
				throw error;
			}
			previous = null;
		}
		previousByShape.set(shape, previous);
	}
	return previous ?? undefined;
}

/** `GetItems` → `GetItems_V2`; `GetItems_V2` (revision 2) → `GetItems_V3`. */
function versionedId(operationId: string, revision: number, next: number): string {
	const match = /^(.*?)(_?V)(\d+)$/i.exec(operationId);
	return match && Number(match[3]) === revision ? `${match[1]}${match[2]}${next}` : `${operationId}_V${next}`;
}

/** `/{list}/items` → `/v2/{list}/items`; `/v2/items` (revision 2) → `/v3/items`. */
function versionedPath(pathKey: string, revision: number, next: number): string {
	const prefix = `/v${revision}/`;
	return pathKey.startsWith(prefix) ? `/v${next}/${pathKey.slice(prefix.length)}` : `/v${next}${pathKey.startsWith('/') ? '' : '/'}${pathKey}`;
}

function operationAt(swagger: SwaggerModel, pathKey: string, method: string): unknown {
	const item = isObject(swagger.root.paths) ? swagger.root.paths[pathKey] : undefined;
	return isObject(item) ? item[method] : undefined;
}

/**
 * The quick fix of a breaking change to an operation that still exists: the operation goes back to what it was,
 * deprecated, as revision n of its family, and the changed one becomes revision n+1 under a new operationId, at a new
 * path when it kept the old one (two operations cannot share a path and method). The new path follows Microsoft's
 * example and is selected for review: the API, or a policy, must answer it. Never applied by fix-all.
 */
export function newVersionFix({ doc, finding, swagger }: FixContext): FixProposal | undefined {
	const operationId = finding.data?.operationId;
	const previous = finding.data?.previous as PreviousOperation | undefined;
	if (!swagger || typeof operationId !== 'string' || !isObject(previous) || typeof previous.pathKey !== 'string' || typeof previous.method !== 'string' || !isObject(previous.operation)) {
		return undefined;
	}
	const current = swagger.operations().find((operation) => operation.operationId === operationId);
	if (!current) {
		return undefined;
	}
	const annotation = isObject(previous.operation['x-ms-api-annotation']) ? previous.operation['x-ms-api-annotation'] : {};
	const family = typeof annotation.family === 'string' && annotation.family !== '' ? annotation.family : operationId;
	const revision = typeof annotation.revision === 'number' && Number.isInteger(annotation.revision) && annotation.revision >= 1 ? annotation.revision : 1;
	const next = revision + 1;
	const newId = versionedId(operationId, revision, next);
	if (swagger.operations().some((operation) => operation.operationId === newId)) {
		return undefined; // The author has started a version already.
	}
	const currentAnnotation = isObject(current.value['x-ms-api-annotation']) ? current.value['x-ms-api-annotation'] : {};
	const newVersion = { ...current.value, operationId: newId, 'x-ms-api-annotation': { ...currentAnnotation, family, revision: next } };
	const old = deprecatedOperation(previous.operation, { family, revision });
	const paths = isObject(swagger.root.paths) ? swagger.root.paths : {};
	let edits: TextEdit[];
	let placeholder: string;
	if (current.pathKey === previous.pathKey && current.method === previous.method) {
		// The old operation takes its place back; the new version moves to the next version's path.
		const newPath = versionedPath(previous.pathKey, revision, next);
		if (operationAt(swagger, newPath, current.method) !== undefined) {
			return undefined;
		}
		const item = paths[previous.pathKey];
		const shared = isObject(item) && Array.isArray(item.parameters) ? { parameters: item.parameters } : {};
		const target: JsonPath = ['paths', newPath];
		edits = [
			...setValue(doc, [...current.path], old),
			...(isObject(paths[newPath]) ? setValue(doc, [...target, current.method], newVersion) : setValue(doc, target, { ...shared, [current.method]: newVersion }, { after: previous.pathKey })),
		];
		placeholder = newPath;
	} else {
		// The changed operation moved already (a new path or method): the old one goes back where it was.
		if (operationAt(swagger, previous.pathKey, previous.method) !== undefined) {
			return undefined;
		}
		const oldPath: JsonPath = ['paths', previous.pathKey];
		edits = [
			...setValue(doc, [...current.path], newVersion),
			...(isObject(paths[previous.pathKey])
				? setValue(doc, [...oldPath, previous.method], old)
				: setValue(doc, oldPath, { ...(previous.pathParameters ? { parameters: previous.pathParameters } : {}), [previous.method]: old }, { before: current.pathKey })),
		];
		placeholder = newId;
	}
	return { requiresAuthor: true, title: `Publish the change as ${newId}, a new version of ${operationId}, and keep ${operationId} as it was, deprecated`, edits, placeholder };
}

/** A finding on an operation that still exists, with what its new-version fix needs (`data.previous`). */
export function withPrevious(versions: { readonly before: SwaggerModel; readonly after: SwaggerModel }, pair: { readonly before: OperationShape }, descriptor: ReportDescriptor): ReportDescriptor {
	const previous = previousOperation(versions.before, versions.after, pair.before);
	return previous ? { ...descriptor, data: { ...descriptor.data, previous } } : descriptor;
}
