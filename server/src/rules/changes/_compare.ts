/**
 * What an update changes for the flows already built on a connector: the old and the new definition, each reduced to
 * the shape flows depend on (operations by operationId; their inputs and outputs as fields with type, format, enum
 * and whether required, `$ref`s followed), and the two compared. The breaking-change rules (rules/changes/) read
 * this; nothing here knows git, files or the editor: the old version comes in as a parsed file like the new one.
 *
 * Field keys follow Microsoft's change validator's `ValuePath` (`operation/ListItems/parameter/body/schema/a/b`,
 * `operation/ListItems/responses/200/schema/a`), so a finding can be matched with what a reviewer pastes.
 */
import type { JsonPath } from '../../core/json';
import type { PathTarget } from '../../core/location';
import type { ReportDescriptor, RuleContext } from '../../engine/types';
import { withSubject } from '../shared/subject';
import { memo } from '../../core/memo';
import { StepBudget } from '../../core/budget';
import { isObject, valueAtPath } from '../../core/refs';
import type { JsonObject, OperationInfo, SwaggerModel } from '../../core/swagger';
import { notificationContent } from '../shared/triggers';

/** Deep enough for any real schema (the largest connectors nest about 12 levels); cycles stop earlier. */
const MAX_FIELD_DEPTH = 16;

/**
 * Schema steps the field lists may take, per operation and per document. A field is keyed by its path, and paths
 * multiply where shared definitions fan out and meet again: 22 levels of two properties referencing the next
 * definition kept `diff` busy past a minute listing millions of fields. The dev corpus's largest operation has 571
 * fields and its largest document 6,412. An operation whose list was cut short on either side is compared by its
 * parameters alone (see operationPairs): a list cut at a different place on each side would read as deletions.
 */
const MAX_STEPS_PER_OPERATION = 20_000;
const MAX_STEPS_PER_DOCUMENT = 200_000;

export interface Field {
	/** How the comparison matches the field across versions: `parameter/top`, `parameter/body/schema/a/b`, `responses/200/schema/a`. */
	readonly key: string;
	/**
	 * Microsoft's `ValuePath` after `operation/<id>/`: the key with an `items` step for each array level
	 * (`responses/200/schema/value/items/name`), as the change validator prints it.
	 */
	readonly valuePath: string;
	/** How the field is named in messages: `top`, `body/a/b`, `a` (the 200 response's). */
	readonly label: string;
	/** `type`, with an array's item type (`array of string`) so a changed item type is a changed type. */
	readonly type?: string;
	readonly format?: string;
	/** The allowed values: the field's `enum`, or its items' for an array. */
	readonly enum?: readonly string[];
	/** Required of a flow that calls the operation: the field and each object above it are required. */
	readonly required: boolean;
	/** Listed in its own object's `required` (a parameter: `required: true`): required whenever its parent is sent. */
	readonly requiredInParent: boolean;
	/** Has a `default`: a flow that does not set it still sends a value. */
	readonly hasDefault: boolean;
	/** A parameter's `in`. */
	readonly location?: string;
	readonly visibility?: string;
	/** Where the field is declared in its file (inside a definition when reached through a `$ref`). */
	readonly declaredAt: JsonPath;
	/** Where its `type`, `format` and `enum` are written, when not at `declaredAt` (a body parameter's are in its schema). */
	readonly schemaAt?: JsonPath;
	/** Where its `enum` is written (an array's is in its `items`). */
	readonly enumAt?: JsonPath;
	/** The deepest place on the operation's own subtree above the field (the `$ref` it is reached through, or itself). */
	readonly anchor: JsonPath;
}

export interface OperationShape {
	readonly info: OperationInfo;
	readonly operationId: string;
	readonly inputs: ReadonlyMap<string, Field>;
	readonly outputs: ReadonlyMap<string, Field>;
	/** The 2xx responses by status, and where their schema is (undefined: no schema). */
	readonly successResponses: ReadonlyMap<string, { readonly path: JsonPath; readonly schemaPath?: JsonPath }>;
	/** Fields of `x-ms-notification-content`'s schema (webhook triggers), keyed `responses/x-ms-notification-content/schema/...` as Microsoft's change validator names them. */
	readonly notification: ReadonlyMap<string, Field>;
	readonly trigger?: string;
	readonly visibility?: string;
	/** Marked deprecated the documented way (`deprecated: true`). */
	readonly deprecated: boolean;
	/** True when the schema fields were too many to list (see MAX_STEPS_PER_OPERATION). */
	readonly fieldsCut: boolean;
}

const text = (value: unknown) => (typeof value === 'string' ? value : undefined);

function typeOf(model: SwaggerModel, schema: JsonObject, path: JsonPath): string | undefined {
	const type = text(schema.type);
	if (type !== 'array') {
		return type;
	}
	const items = model.resolve([...path, 'items'], schema.items).value;
	const itemType = items ? text(items.type) : undefined;
	return itemType && itemType !== 'object' ? `array of ${itemType}` : 'array';
}

function enumOf(raw: unknown): readonly string[] | undefined {
	return Array.isArray(raw) ? raw.map((value) => (typeof value === 'string' ? value : JSON.stringify(value))) : undefined;
}

/** A schema's or a parameter's allowed values and where they are written: its own `enum`, or its items' for an array. */
function allowedValues(model: SwaggerModel, value: JsonObject, path: JsonPath): { enum?: readonly string[]; enumAt?: JsonPath } {
	if (value.enum !== undefined || text(value.type) !== 'array') {
		return { enum: enumOf(value.enum), enumAt: [...path, 'enum'] };
	}
	const items = model.resolve([...path, 'items'], value.items);
	return { enum: enumOf(items.value?.enum), enumAt: [...items.definitionPath, 'enum'] };
}

function startsWith(path: JsonPath, prefix: JsonPath): boolean {
	return prefix.length <= path.length && prefix.every((segment, i) => path[i] === segment);
}

/** One schema's fields into `out`: itself under `key` (unless `key` is only a prefix), then its properties, their items' properties, and allOf parts. */
class FieldCollector {
	readonly #model: SwaggerModel;
	readonly #operationPath: JsonPath;
	readonly #out: Map<string, Field>;
	readonly #budget: StepBudget;

	constructor(model: SwaggerModel, operationPath: JsonPath, out: Map<string, Field>, budget: StepBudget) {
		this.#model = model;
		this.#operationPath = operationPath;
		this.#out = out;
		this.#budget = budget;
	}

	/** Where a path that may have gone through `$ref`s last stood on the operation's subtree. */
	#anchorOf(path: JsonPath, previous: JsonPath): JsonPath {
		return startsWith(path, this.#operationPath) ? path : previous;
	}

	schema(path: JsonPath, raw: unknown, at: { key: string; valuePath: string; label: string }, required: { chain: boolean; inParent: boolean }, anchor: JsonPath, seen: ReadonlySet<JsonObject>, depth: number): void {
		if (!this.#budget.take()) {
			return;
		}
		const resolved = this.#model.resolve(path, raw);
		const schema = resolved.value;
		if (!schema || seen.has(schema) || depth > MAX_FIELD_DEPTH) {
			return;
		}
		const here = resolved.definitionPath;
		const fieldAnchor = this.#anchorOf(resolved.path, anchor);
		this.#out.set(at.key, {
			...at,
			type: typeOf(this.#model, schema, here),
			format: text(schema.format),
			...allowedValues(this.#model, schema, here),
			required: required.chain,
			requiredInParent: required.inParent,
			hasDefault: schema.default !== undefined,
			visibility: text(schema['x-ms-visibility']),
			declaredAt: here,
			anchor: fieldAnchor,
		});
		this.#children(schema, here, at, required.chain, this.#anchorOf(here, fieldAnchor), new Set([...seen, schema]), depth, new Set());
	}

	/**
	 * The properties of an object (and of its array's items, read as the array's own: that is how flows address them,
	 * with Microsoft's `items` step in the ValuePath), and of its `allOf` parts, whose properties the outer `required`
	 * may name.
	 */
	#children(schema: JsonObject, here: JsonPath, at: { key: string; valuePath: string; label: string }, required: boolean, anchor: JsonPath, seen: ReadonlySet<JsonObject>, depth: number, outerRequired: ReadonlySet<string>): void {
		if (!this.#budget.take()) {
			return;
		}
		const requiredNames = new Set([...outerRequired, ...(Array.isArray(schema.required) ? schema.required.filter((name): name is string => typeof name === 'string') : [])]);
		if (isObject(schema.properties)) {
			for (const [name, property] of Object.entries(schema.properties)) {
				const child = { key: `${at.key}/${name}`, valuePath: `${at.valuePath}/${name}`, label: at.label ? `${at.label}/${name}` : name };
				const inParent = requiredNames.has(name);
				this.schema([...here, 'properties', name], property, child, { chain: required && inParent, inParent }, anchor, seen, depth + 1);
			}
		}
		if (schema.items !== undefined) {
			const items = this.#model.resolve([...here, 'items'], schema.items);
			if (items.value && !seen.has(items.value)) {
				const itemsAt = { ...at, valuePath: `${at.valuePath}/items` };
				this.#children(items.value, items.definitionPath, itemsAt, false, this.#anchorOf(items.path, anchor), new Set([...seen, items.value]), depth + 1, new Set());
			}
		}
		if (Array.isArray(schema.allOf)) {
			schema.allOf.forEach((part, index) => {
				const resolved = this.#model.resolve([...here, 'allOf', index], part);
				if (resolved.value && !seen.has(resolved.value)) {
					this.#children(resolved.value, resolved.definitionPath, at, required, this.#anchorOf(resolved.path, anchor), new Set([...seen, resolved.value]), depth + 1, requiredNames);
				}
			});
		}
	}
}

function shapeOf(model: SwaggerModel, info: OperationInfo, operationId: string): OperationShape {
	const budget = new StepBudget(MAX_STEPS_PER_OPERATION, memo(model, 'changes.fieldSteps', () => new StepBudget(MAX_STEPS_PER_DOCUMENT)));
	const inputs = new Map<string, Field>();
	const inputCollector = new FieldCollector(model, info.path, inputs, budget);
	const parameters = info.parameters
		.map((parameter) => ({ parameter, name: parameter.name ?? text(parameter.value?.name), location: text(parameter.value?.in) }))
		.filter((entry): entry is typeof entry & { name: string } => entry.parameter.value !== undefined && entry.name !== undefined);
	for (const { parameter, name, location } of parameters) {
		const value = parameter.value!;
		// Matched by name and place (a header `id` and a path `id` are two parameters); Microsoft's ValuePath names only the name.
		const key = location === 'body' ? `parameter/${name}` : `parameter/${name}@${location ?? ''}`;
		const required = value.required === true || location === 'path';
		// A parameter is the operation's own where it is written: on the operation, or on its path item for all its methods.
		const anchor = startsWith(parameter.path, info.path.slice(0, 2)) ? parameter.path : info.path;
		const common = { key, valuePath: `parameter/${name}`, label: name, required, requiredInParent: required, location, visibility: text(value['x-ms-visibility']), declaredAt: parameter.definitionPath, anchor };
		if (location === 'body') {
			inputs.set(key, { ...common, hasDefault: false });
			if (value.schema !== undefined) {
				const schemaKey = `${key}/schema`;
				inputCollector.schema([...parameter.definitionPath, 'schema'], value.schema, { key: schemaKey, valuePath: `${common.valuePath}/schema`, label: name }, { chain: required, inParent: required }, anchor, new Set(), 0);
				// The body schema's own entry is the parameter's: keep the parameter's (it knows `in`), with the schema's type.
				const schemaField = inputs.get(schemaKey);
				inputs.delete(schemaKey);
				if (schemaField) {
					inputs.set(key, { ...common, hasDefault: false, type: schemaField.type, format: schemaField.format, enum: schemaField.enum, enumAt: schemaField.enumAt, schemaAt: schemaField.declaredAt });
				}
			}
			continue;
		}
		inputs.set(key, {
			...common,
			type: typeOf(model, value, parameter.definitionPath),
			format: text(value.format),
			...allowedValues(model, value, parameter.definitionPath),
			hasDefault: value.default !== undefined,
		});
	}

	const outputs = new Map<string, Field>();
	const outputCollector = new FieldCollector(model, info.path, outputs, budget);
	const successResponses = new Map<string, { path: JsonPath; schemaPath?: JsonPath }>();
	for (const response of model.responses(info)) {
		if (!/^2\d\d$/.test(response.status) || !response.value) {
			continue;
		}
		const schema = response.value.schema;
		successResponses.set(response.status, { path: response.path, schemaPath: schema !== undefined ? [...response.definitionPath, 'schema'] : undefined });
		if (schema !== undefined) {
			const anchor = startsWith(response.path, info.path) ? response.path : info.path;
			const key = `responses/${response.status}/schema`;
			outputCollector.schema([...response.definitionPath, 'schema'], schema, { key, valuePath: key, label: '' }, { chain: true, inParent: true }, anchor, new Set(), 0);
		}
	}

	const notification = new Map<string, Field>();
	const content = notificationContent(model, info);
	if (content && isObject(content.value) && content.value.schema !== undefined) {
		// Microsoft's change validator names these `responses/x-ms-notification-content/schema/...`.
		const key = 'responses/x-ms-notification-content/schema';
		new FieldCollector(model, content.path.slice(0, Math.min(content.path.length, info.path.length)), notification, budget).schema(
			[...content.path, 'schema'],
			content.value.schema,
			{ key, valuePath: key, label: '' },
			{ chain: true, inParent: true },
			content.path,
			new Set(),
			0,
		);
	}

	return {
		info,
		operationId,
		inputs,
		outputs,
		successResponses,
		notification,
		trigger: text(info.value['x-ms-trigger']),
		visibility: text(info.value['x-ms-visibility']),
		deprecated: info.value.deprecated === true,
		fieldsCut: budget.exhausted,
	};
}

/** The operations of a definition by operationId (the first of a duplicated id: the duplicate is an error of its own). */
export function operationShapes(model: SwaggerModel): ReadonlyMap<string, OperationShape> {
	return memo(model, 'changes.operationShapes', () => findOperationShapes(model));
}

function findOperationShapes(model: SwaggerModel): ReadonlyMap<string, OperationShape> {
	const shapes = new Map<string, OperationShape>();
	for (const info of model.operations()) {
		const operationId = info.operationId;
		if (operationId !== undefined && operationId !== '' && !shapes.has(operationId)) {
			shapes.set(operationId, shapeOf(model, info, operationId));
		}
	}
	return shapes;
}

export interface OperationPair {
	readonly before: OperationShape;
	/** Undefined: the operationId is gone (deleted, or renamed, which flows see as the same). */
	readonly after?: OperationShape;
}

/**
 * Each operation of the old definition with its namesake in the new one. Where either side's schema fields were too
 * many to list, both sides keep only their parameters: the rest is not compared rather than misread.
 */
export function operationPairs(before: SwaggerModel, after: SwaggerModel): OperationPair[] {
	const next = operationShapes(after);
	return [...operationShapes(before).values()].map((shape) => {
		const counterpart = next.get(shape.operationId);
		return shape.fieldsCut || counterpart?.fieldsCut ? { before: parametersOnly(shape), after: counterpart && parametersOnly(counterpart) } : { before: shape, after: counterpart };
	});
}

function parametersOnly(shape: OperationShape): OperationShape {
	return { ...shape, inputs: new Map([...shape.inputs].filter(([, field]) => isParameter(field))), outputs: new Map(), notification: new Map() };
}

/** Microsoft's `ValuePath` of an operation, or of one of its fields (with `/type` or `/format` for such a change). */
export function valuePath(operationId: string, field?: Pick<Field, 'valuePath'> | string, suffix?: 'type' | 'format'): string {
	const rest = typeof field === 'string' ? field : field?.valuePath;
	return [`operation/${operationId}`, rest, suffix].filter(Boolean).join('/');
}

/** The longest start of `path` that exists in `root`: where something deleted is reported. */
export function nearestExisting(root: unknown, path: JsonPath): JsonPath {
	for (let length = path.length; length > 0; length--) {
		const prefix = path.slice(0, length);
		if (valueAtPath(root, prefix) !== undefined) {
			return prefix;
		}
	}
	return [];
}

/**
 * Where to report a field of the old definition that the new one lacks: its old anchor moved onto the new
 * operation's path, cut back to what exists (and to before any array index).
 */
export function placeInNew(pair: Required<OperationPair>, model: SwaggerModel, gone: Field): JsonPath {
	return nearestExisting(model.root, movedOnto(pair, gone.anchor));
}

/**
 * A path of the old operation's subtree moved onto the new operation: its path item and method, a success status
 * mapped to its counterpart (200 that became 201), and cut before any array index (a parameter deleted: the next
 * one moved up into its place, and is not what is meant).
 */
export function movedOnto(pair: Required<OperationPair>, oldPath: JsonPath): JsonPath {
	const oldOperation = pair.before.info.path;
	const newOperation = pair.after.info.path;
	let moved: JsonPath;
	if (startsWith(oldPath, oldOperation)) {
		const tail = [...oldPath.slice(oldOperation.length)];
		if (tail[0] === 'responses' && typeof tail[1] === 'string') {
			tail[1] = successCounterpart(pair, tail[1]) ?? tail[1];
		}
		moved = [...newOperation, ...tail];
	} else if (startsWith(oldPath, oldOperation.slice(0, 2))) {
		moved = [...newOperation.slice(0, 2), ...oldPath.slice(2)];
	} else {
		return newOperation;
	}
	const index = moved.findIndex((segment, i) => i >= 2 && typeof segment === 'number');
	return index < 0 ? moved : moved.slice(0, index);
}

/** How a field is named in a message: `parameter 'top'`, `body field 'a/b'`, `field 'data/id' of the 200 response`. */
export function describeField(field: Field): string {
	if (field.key.startsWith('responses/x-ms-notification-content/')) {
		return field.label ? `notification field '${field.label}'` : 'the notification schema';
	}
	if (field.key.startsWith('parameter/')) {
		return field.key.includes('/schema/') ? `input field '${field.label}'` : `parameter '${field.label}'`;
	}
	const status = /^responses\/([^/]+)\/schema/.exec(field.key)?.[1];
	if (status) {
		return field.label ? `output field '${field.label}' of the ${status} response` : `the ${status} response's schema`;
	}
	return field.label ? `notification field '${field.label}'` : 'the notification schema';
}

/** Each operation kept by the update, with its old and new shape. */
export function keptOperations(before: SwaggerModel, after: SwaggerModel): Required<OperationPair>[] {
	return operationPairs(before, after).filter((pair): pair is Required<OperationPair> => pair.after !== undefined);
}

/** `(operation ListItems)` style subject for a field of an operation. */
export function fieldSubject(field: Field, operationId: string): string {
	return `${describeField(field)} of ${operationId}`;
}

/**
 * Where to report something about a field that still exists: at `member` of its declaration (`type`, `enum`, `in`)
 * when it is declared on the operation itself, else at the `$ref` on the operation it is reached through, so the
 * finding is on the operation it breaks (a shared definition can break several).
 */
export function placeOf(field: Field, member?: string): { path: JsonPath; target: PathTarget } {
	const holder = member === 'enum' && field.enumAt ? field.enumAt.slice(0, -1) : field.schemaAt && (member === 'type' || member === 'format') ? field.schemaAt : field.declaredAt;
	if (!startsWith(holder, field.anchor)) {
		// The key that holds the `$ref` (`"schema"`), or the whole `{ "$ref" }` item of a parameter list.
		return { path: field.anchor, target: typeof field.anchor[field.anchor.length - 1] === 'number' ? 'value' : 'key' };
	}
	return member ? { path: [...holder, member], target: 'value' } : { path: field.declaredAt, target: 'key' };
}

/**
 * The status whose outputs stand in for an old success status in the new version: the same one, or, when it is gone,
 * the one new success status with a schema (a 200 that became a 201 keeps the outputs flows read).
 */
export function successCounterpart(pair: Required<OperationPair>, status: string): string | undefined {
	if (pair.after.successResponses.has(status)) {
		return status;
	}
	const added = [...pair.after.successResponses].filter(([other, response]) => !pair.before.successResponses.has(other) && response.schemaPath !== undefined);
	return added.length === 1 ? added[0][0] : undefined;
}

/** The key an old output field has in the new version (its status mapped by successCounterpart). */
export function outputKeyInNew(pair: Required<OperationPair>, key: string): string {
	const match = /^responses\/([^/]+)(\/.*)?$/.exec(key);
	if (!match) {
		return key;
	}
	const status = successCounterpart(pair, match[1]);
	return status ? `responses/${status}${match[2] ?? ''}` : key;
}

/**
 * Whether two types differ for flows. An array whose item type was not given and one that gives it (`array` and
 * `array of string`) are the same to a flow: only two known item types can differ.
 */
export function typesDiffer(before: string | undefined, after: string | undefined): boolean {
	if (before === undefined || after === undefined || before === after) {
		return false;
	}
	const vagueArray = (type: string, other: string) => type === 'array' && other.startsWith('array of ');
	return !vagueArray(before, after) && !vagueArray(after, before);
}

/** Whether an input is a parameter itself (not a field of a body's schema). */
export function isParameter(field: Field): boolean {
	return field.key.startsWith('parameter/') && !field.key.includes('/schema/');
}

/**
 * The parameter a parameter moved to (or from): one of `to` with the same name in another place (`in`), which `from`
 * does not have. A moved parameter is breaking-parameter-location-changed's, not a deletion plus an addition.
 */
export function movedParameter(from: ReadonlyMap<string, Field>, to: ReadonlyMap<string, Field>, field: Field): Field | undefined {
	if (!isParameter(field)) {
		return undefined;
	}
	return [...to.values()].find((other) => isParameter(other) && other.label === field.label && other.location !== field.location && !from.has(other.key));
}

/** The previous and the current definition, when the check compares versions and both parse; else undefined. */
export function swaggerVersions(context: RuleContext): { before: SwaggerModel; after: SwaggerModel } | undefined {
	const before = context.previous?.swagger;
	const after = context.swagger;
	return before && after ? { before, after } : undefined;
}

/**
 * A field's type or format change, in Microsoft's words for an input, output or notification field: the type when
 * both types are known and differ (at `type`, ValuePath `…/type`), else the format of the same type (at `format`,
 * `…/format`); undefined when neither changed.
 */
export function typeChange(role: 'input' | 'output' | 'notification', operationId: string, old: Field, now: Field, subject: string): ReportDescriptor | undefined {
	if (typesDiffer(old.type, now.type)) {
		return {
			file: 'swagger',
			...placeOf(now, 'type'),
			message: withSubject(`The type has been changed for the ${role} field, from '${old.type}' to '${now.type}'.`, subject),
			data: { valuePath: valuePath(operationId, now, 'type'), operationId, before: old.type, after: now.type },
		};
	}
	if (old.type === now.type && old.format !== now.format) {
		return {
			file: 'swagger',
			...placeOf(now, now.format !== undefined ? 'format' : undefined),
			message: withSubject(`The type format has been changed for the ${role} field, from '${old.format ?? 'none'}' to '${now.format ?? 'none'}'.`, subject),
			data: { valuePath: valuePath(operationId, now, 'format'), operationId, before: old.format ?? null, after: now.format ?? null },
		};
	}
	return undefined;
}

/** A security definition of a version: where it is, its `type` and, for OAuth, its `flow`. */
export interface SecurityFact {
	readonly path: JsonPath;
	readonly type?: string;
	readonly flow?: string;
}

/** The security definitions of a version by name. */
export function securityByName(model: SwaggerModel): Map<string, SecurityFact> {
	return new Map(
		model.securityDefinitions().map((definition) => [
			definition.name,
			{ path: definition.path, type: typeof definition.value?.type === 'string' ? definition.value.type : undefined, flow: typeof definition.value?.flow === 'string' ? definition.value.flow : undefined },
		]),
	);
}
