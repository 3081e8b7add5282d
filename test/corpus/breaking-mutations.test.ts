// The breaking-change rules measured on labelled mutations of the 80 real connectors of ../shared/corpus/dev: each
// connector is changed in ways that break the flows built on one operation (the label) and in ways that break
// nothing, a few of each per connector with a seeded generator, and the rules must find at least 95 % of the breaking
// ones on the operation they break (recall) and report at most 2 % of the harmless ones. A connector compared with
// itself must report nothing. What the rules deliberately do not compare (a field deleted from a body parameter's
// schema, see docs/breaking-changes.md) is not generated as a breaking mutation.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { DEV_CORPUS } from '../../scripts/corpus-evidence';
import { check, DEFAULT_CONFIG, parseText, type Finding } from '../../server/src/engine/index';
import { RULES } from '../../server/src/rules/index';
import { corpusSwaggers } from '../helpers/corpusSwaggers';
import { seededRandom } from '../helpers/seeded';

const CHANGE_RULES = RULES.filter((rule) => rule.comparesVersions);
const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'] as const;
/** Mutations of each class per connector, at most. */
const PER_CONNECTOR = 3;
const SEED = 0x5eed_c0de;

type Json = Record<string, unknown>;
type Rng = () => number;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isRef = (value: unknown) => isObject(value) && typeof value.$ref === 'string';


function shuffled<T>(list: readonly T[], rng: Rng): T[] {
	const copy = [...list];
	for (let i = copy.length - 1; i > 0; i--) {
		const j = Math.floor(rng() * (i + 1));
		[copy[i], copy[j]] = [copy[j], copy[i]];
	}
	return copy;
}

const pick = <T>(list: readonly T[], rng: Rng): T => list[Math.floor(rng() * list.length)];

/** An operation of a (cloned) document, with its path item. */
interface Op {
	readonly pathKey: string;
	readonly method: (typeof METHODS)[number];
	readonly item: Json;
	readonly value: Json;
	readonly id: string;
}

/** The operations whose operationId is set and unique (a duplicated id is an error of its own, and no label). */
function operationsOf(doc: Json): Op[] {
	const paths = isObject(doc.paths) ? doc.paths : {};
	const ops: Op[] = [];
	for (const [pathKey, item] of Object.entries(paths)) {
		if (!isObject(item) || isRef(item)) {
			continue;
		}
		for (const method of METHODS) {
			const value = item[method];
			if (isObject(value) && typeof value.operationId === 'string' && value.operationId !== '') {
				ops.push({ pathKey, method, item, value, id: value.operationId });
			}
		}
	}
	const counts = new Map<string, number>();
	ops.forEach((op) => counts.set(op.id, (counts.get(op.id) ?? 0) + 1));
	return ops.filter((op) => counts.get(op.id) === 1);
}

/** A parameter as written, or the shared one a local `#/parameters/…` reference names. */
function resolveParameter(doc: Json, parameter: unknown): Json | undefined {
	if (!isObject(parameter)) {
		return undefined;
	}
	if (!isRef(parameter)) {
		return parameter;
	}
	const match = /^#\/parameters\/(.+)$/.exec(parameter.$ref as string);
	const shared = match && isObject(doc.parameters) ? doc.parameters[match[1].replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
	return isObject(shared) ? shared : undefined;
}

/** Every parameter the operation takes (its path item's and its own), references resolved. */
function effectiveParameters(doc: Json, op: Op): Json[] {
	const all = [...(Array.isArray(op.item.parameters) ? op.item.parameters : []), ...(Array.isArray(op.value.parameters) ? op.value.parameters : [])];
	return all.map((parameter) => resolveParameter(doc, parameter)).filter((parameter): parameter is Json => parameter !== undefined);
}

/** The parameters written on the operation itself (not references, not its path item's): those a mutation may edit. */
function ownParameters(op: Op): Json[] {
	return (Array.isArray(op.value.parameters) ? op.value.parameters : []).filter((parameter): parameter is Json => isObject(parameter) && !isRef(parameter) && typeof parameter.name === 'string' && typeof parameter.in === 'string');
}

function addParameter(op: Op, parameter: Json): void {
	if (!Array.isArray(op.value.parameters)) {
		op.value.parameters = [];
	}
	(op.value.parameters as unknown[]).push(parameter);
}

/** A name no parameter of the operation has. */
function freshParameterName(doc: Json, op: Op, base: string): string {
	const taken = new Set(effectiveParameters(doc, op).map((parameter) => String(parameter.name).toLowerCase()));
	let name = base;
	for (let n = 2; taken.has(name.toLowerCase()); n++) {
		name = `${base}${n}`;
	}
	return name;
}

/** The 200 response's schema when it is written inline with inline `properties` (no `$ref`, no `allOf`). */
function inlineOutputSchema(op: Op): Json | undefined {
	const responses = op.value.responses;
	const ok = isObject(responses) ? responses['200'] : undefined;
	const schema = isObject(ok) && !isRef(ok) ? ok.schema : undefined;
	if (!isObject(schema) || isRef(schema) || schema.allOf !== undefined || !isObject(schema.properties) || Object.keys(schema.properties).length === 0) {
		return undefined;
	}
	return schema;
}

const isNonBody = (parameter: Json) => parameter.in === 'query' || parameter.in === 'header' || parameter.in === 'formData';

/**
 * A kind of mutation: applied to a clone of the document at the first operation (in random order) that meets its
 * precondition. Returns the operationId it breaks (breaking kinds), or the operationId or '' it touched (harmless
 * kinds), or undefined when no operation qualifies.
 */
interface Kind {
	readonly name: string;
	readonly breaking: boolean;
	readonly apply: (doc: Json, ops: readonly Op[], rng: Rng) => string | undefined;
	/** How the new text is written; two-space JSON unless said. */
	readonly write?: (doc: Json) => string;
}

/** Runs `edit` on the first operation, in random order, for which it returns true. */
function onSomeOperation(ops: readonly Op[], rng: Rng, edit: (op: Op) => boolean): string | undefined {
	for (const op of shuffled(ops, rng)) {
		if (edit(op)) {
			return op.id;
		}
	}
	return undefined;
}

/** Runs `edit` on a random own parameter meeting `accepts` of the first operation that has one. */
function onSomeParameter(ops: readonly Op[], rng: Rng, accepts: (parameter: Json, op: Op) => boolean, edit: (parameter: Json, op: Op) => void): string | undefined {
	return onSomeOperation(ops, rng, (op) => {
		const candidates = ownParameters(op).filter((parameter) => accepts(parameter, op));
		if (candidates.length === 0) {
			return false;
		}
		edit(pick(candidates, rng), op);
		return true;
	});
}

const BREAKING: readonly Kind[] = [
	{
		name: '1 operation deleted',
		breaking: true,
		apply: (doc, ops, rng) =>
			onSomeOperation(ops, rng, (op) => {
				delete op.item[op.method];
				if (!METHODS.some((method) => op.item[method] !== undefined)) {
					delete (doc.paths as Json)[op.pathKey];
				}
				return true;
			}),
	},
	{
		name: '2 operationId renamed',
		breaking: true,
		apply: (_doc, ops, rng) =>
			onSomeOperation(ops, rng, (op) => {
				if (ops.some((other) => other.id === `${op.id}Renamed`)) {
					return false;
				}
				op.value.operationId = `${op.id}Renamed`;
				return true;
			}),
	},
	{
		name: '3 path template changed',
		breaking: true,
		apply: (doc, ops, rng) =>
			onSomeOperation(ops, rng, (op) => {
				const paths = doc.paths as Json;
				const pathKey = `${op.pathKey.replace(/\/$/, '')}/x`;
				if (paths[pathKey] !== undefined) {
					return false;
				}
				// The path item's own parameters go along, so only the address changes.
				paths[pathKey] = { ...(op.item.parameters !== undefined ? { parameters: structuredClone(op.item.parameters) } : {}), [op.method]: op.value };
				delete op.item[op.method];
				if (!METHODS.some((method) => op.item[method] !== undefined)) {
					delete paths[op.pathKey];
				}
				return true;
			}),
	},
	{
		name: '4 method changed',
		breaking: true,
		apply: (_doc, ops, rng) =>
			onSomeOperation(ops, rng, (op) => {
				const free = METHODS.filter((method) => op.item[method] === undefined);
				if (free.length === 0) {
					return false;
				}
				op.item[pick(free, rng)] = op.value;
				delete op.item[op.method];
				return true;
			}),
	},
	{
		name: '5 parameter location changed',
		breaking: true,
		apply: (doc, ops, rng) =>
			onSomeParameter(
				ops,
				rng,
				(parameter, op) => {
					const to = parameter.in === 'query' ? 'header' : 'query';
					return (parameter.in === 'query' || parameter.in === 'header') && !effectiveParameters(doc, op).some((other) => other.name === parameter.name && other.in === to);
				},
				(parameter) => {
					parameter.in = parameter.in === 'query' ? 'header' : 'query';
				},
			),
	},
	{
		name: '6 required parameter added',
		breaking: true,
		apply: (doc, ops, rng) =>
			onSomeOperation(ops, rng, (op) => {
				addParameter(op, { name: freshParameterName(doc, op, 'mutationRequired'), in: 'query', required: true, type: 'string', description: 'A new required input.' });
				return true;
			}),
	},
	{
		name: '7 optional parameter made required',
		breaking: true,
		apply: (_doc, ops, rng) =>
			onSomeParameter(
				ops,
				rng,
				(parameter) => isNonBody(parameter) && parameter.required !== true && parameter.default === undefined,
				(parameter) => {
					parameter.required = true;
				},
			),
	},
	{
		name: '8 parameter type changed',
		breaking: true,
		apply: (_doc, ops, rng) =>
			onSomeParameter(
				ops,
				rng,
				(parameter) => isNonBody(parameter) && (parameter.type === 'string' || parameter.type === 'integer'),
				(parameter) => {
					parameter.type = parameter.type === 'string' ? 'integer' : 'string';
				},
			),
	},
	{
		name: '9 enum added to an input',
		breaking: true,
		apply: (_doc, ops, rng) =>
			onSomeParameter(
				ops,
				rng,
				(parameter) => isNonBody(parameter) && parameter.type === 'string' && parameter.enum === undefined,
				(parameter) => {
					parameter.enum = ['first', 'second'];
				},
			),
	},
	{
		name: '10 output field deleted',
		breaking: true,
		apply: (_doc, ops, rng) =>
			onSomeOperation(ops, rng, (op) => {
				const schema = inlineOutputSchema(op);
				if (!schema) {
					return false;
				}
				const properties = schema.properties as Json;
				delete properties[pick(Object.keys(properties), rng)];
				return true;
			}),
	},
	{
		name: '11 output field type changed',
		breaking: true,
		apply: (_doc, ops, rng) =>
			onSomeOperation(ops, rng, (op) => {
				const properties = inlineOutputSchema(op)?.properties as Json | undefined;
				const candidates = Object.values(properties ?? {}).filter((property): property is Json => isObject(property) && !isRef(property) && (property.type === 'string' || property.type === 'integer'));
				if (candidates.length === 0) {
					return false;
				}
				const property = pick(candidates, rng);
				property.type = property.type === 'string' ? 'integer' : 'string';
				return true;
			}),
	},
	{
		name: '12 x-ms-trigger changed or added',
		breaking: true,
		apply: (_doc, ops, rng) =>
			onSomeOperation(ops, rng, (op) => {
				const trigger = typeof op.value['x-ms-trigger'] === 'string' ? op.value['x-ms-trigger'] : undefined;
				op.value['x-ms-trigger'] = trigger === undefined || trigger === 'batch' ? 'single' : 'batch';
				return true;
			}),
	},
	{
		name: '13 operation made internal',
		breaking: true,
		apply: (_doc, ops, rng) =>
			onSomeOperation(ops, rng, (op) => {
				if (op.value['x-ms-visibility'] === 'internal' || op.value.deprecated === true) {
					return false;
				}
				op.value['x-ms-visibility'] = 'internal';
				return true;
			}),
	},
];

/** Every object's keys in reverse order, at any depth; arrays keep their order (integer-like keys stay first: JavaScript puts them there). */
function reversedKeys(value: unknown): unknown {
	if (Array.isArray(value)) {
		return value.map(reversedKeys);
	}
	if (!isObject(value)) {
		return value;
	}
	return Object.fromEntries(Object.entries(value).reverse().map(([key, child]) => [key, reversedKeys(child)]));
}

const HARMLESS: readonly Kind[] = [
	{
		name: 'a operation added',
		breaking: false,
		apply: (doc, ops) => {
			const paths = (doc.paths ??= {}) as Json;
			let n = 1;
			while (paths[`/mutation-added/${n}`] !== undefined || ops.some((op) => op.id === `MutationAdded${n}`)) {
				n++;
			}
			paths[`/mutation-added/${n}`] = {
				get: { operationId: `MutationAdded${n}`, summary: 'Get the added item', description: 'An operation the update adds.', responses: { '200': { description: 'OK', schema: { type: 'object', properties: { id: { type: 'string' } } } } } },
			};
			return '';
		},
	},
	{
		name: 'b optional query parameter added',
		breaking: false,
		apply: (doc, ops, rng) =>
			onSomeOperation(ops, rng, (op) => {
				addParameter(op, { name: freshParameterName(doc, op, 'mutationOptional'), in: 'query', required: false, type: 'string', description: 'A new optional input.' });
				return true;
			}),
	},
	{
		name: 'c output field added',
		breaking: false,
		apply: (_doc, ops, rng) =>
			onSomeOperation(ops, rng, (op) => {
				const properties = inlineOutputSchema(op)?.properties as Json | undefined;
				if (!properties) {
					return false;
				}
				let name = 'mutationAdded';
				for (let n = 2; properties[name] !== undefined; n++) {
					name = `mutationAdded${n}`;
				}
				properties[name] = { type: 'string', description: 'A new output.' };
				return true;
			}),
	},
	{
		name: 'd summary and description edited',
		breaking: false,
		apply: (_doc, ops, rng) =>
			onSomeOperation(ops, rng, (op) => {
				op.value.summary = `${typeof op.value.summary === 'string' ? op.value.summary : 'Operation'} (reworded)`;
				op.value.description = `${typeof op.value.description === 'string' ? op.value.description : 'What it does'}, reworded.`;
				const parameters = ownParameters(op);
				if (parameters.length > 0) {
					const parameter = pick(parameters, rng);
					parameter.description = `${typeof parameter.description === 'string' ? parameter.description : 'An input'}, reworded.`;
					if (typeof parameter['x-ms-summary'] === 'string') {
						parameter['x-ms-summary'] = `${parameter['x-ms-summary']} (reworded)`;
					}
				}
				return true;
			}),
	},
	{ name: 'e keys reordered', breaking: false, apply: () => '', write: (doc) => JSON.stringify(reversedKeys(doc), null, 2) },
	{ name: 'f re-indented with tabs', breaking: false, apply: () => '', write: (doc) => JSON.stringify(doc, null, '\t') },
	{
		name: 'g enum values added',
		breaking: false,
		apply: (_doc, ops, rng) =>
			onSomeParameter(
				ops,
				rng,
				(parameter) => isNonBody(parameter) && Array.isArray(parameter.enum) && parameter.enum.every((value) => typeof value === 'string'),
				(parameter) => {
					(parameter.enum as string[]).push('mutationAddedValue', 'mutationAddedValue2');
				},
			),
	},
	{
		name: 'h deprecated and made internal',
		breaking: false,
		apply: (_doc, ops, rng) =>
			onSomeOperation(ops, rng, (op) => {
				if (op.value.deprecated === true && op.value['x-ms-visibility'] === 'internal') {
					return false;
				}
				op.value.deprecated = true;
				op.value['x-ms-visibility'] = 'internal';
				return true;
			}),
	},
	{
		name: 'i required parameter with a default added',
		breaking: false,
		apply: (doc, ops, rng) =>
			onSomeOperation(ops, rng, (op) => {
				addParameter(op, { name: freshParameterName(doc, op, 'mutationDefaulted'), in: 'query', required: true, type: 'string', default: 'standard', description: 'A new input with a default.' });
				return true;
			}),
	},
];

interface Outcome {
	readonly connector: string;
	readonly kind: Kind;
	readonly label: string;
	readonly findings: readonly Finding[];
	/** Breaking: found at the labelled operation. Harmless: something reported. */
	readonly flagged: boolean;
}


const atOperation = (finding: Finding, operationId: string) => {
	const valuePath = finding.data?.valuePath;
	return finding.data?.operationId === operationId || (typeof valuePath === 'string' && (valuePath === `operation/${operationId}` || valuePath.startsWith(`operation/${operationId}/`)));
};

const describe = (finding: Finding) => `${finding.ruleId} ${finding.severity} ${String(finding.data?.valuePath)}: ${finding.message}`;

test('breaking-change rules on labelled mutations of the dev corpus: recall ≥ 0.95, false positives ≤ 0.02', { timeout: 60_000 }, (t) => {
	assert.ok(existsSync(DEV_CORPUS), `the dev corpus is expected at ${DEV_CORPUS} (clone ../shared beside the repository)`);
	const rng: Rng = seededRandom(SEED);
	const failures: string[] = [];
	const baseline: string[] = [];
	const outcomes: Outcome[] = [];
	let slowest = { ms: 0, what: '' };
	let usable = 0;
	const cursors = { breaking: 0, harmless: 0 };

	const compare = (connector: string, previous: ReturnType<typeof parseText>, text: string, what: string) => {
		const started = performance.now();
		const result = check(CHANGE_RULES, { swagger: parseText(text), previous: { swagger: previous } }, DEFAULT_CONFIG, { onRuleError: (ruleId, error) => failures.push(`${connector} (${what}) ${ruleId}: ${String(error)}`) });
		const ms = performance.now() - started;
		if (ms > slowest.ms) {
			slowest = { ms, what: `${connector} (${what})` };
		}
		return Object.values(result.findings).flat().filter((finding) => finding.ruleId.startsWith('breaking-'));
	};

	for (const { name, path } of corpusSwaggers(DEV_CORPUS)) {
		const text = readFileSync(path, 'utf8');
		const old = parseText(text);
		if (old.doc.fatal || !isObject(old.doc.value)) {
			continue;
		}
		usable++;
		const itself = compare(name, old, text, 'itself');
		baseline.push(...itself.map((finding) => `${name}: ${describe(finding)}`));
		const original = old.doc.value;

		for (const [kinds, cursor] of [[BREAKING, 'breaking'], [HARMLESS, 'harmless']] as const) {
			for (let made = 0; made < PER_CONNECTOR; made++) {
				// Round-robin: the next kind whose precondition some operation of this connector meets.
				let applied = false;
				for (let tried = 0; tried < kinds.length && !applied; tried++) {
					const kind = kinds[cursors[cursor] % kinds.length];
					cursors[cursor]++;
					const doc = structuredClone(original);
					const label = kind.apply(doc, operationsOf(doc), rng);
					if (label === undefined) {
						continue;
					}
					applied = true;
					const findings = compare(name, old, (kind.write ?? ((value) => JSON.stringify(value, null, 2)))(doc), kind.name);
					const flagged = kind.breaking ? findings.some((finding) => atOperation(finding, label)) : findings.some((finding) => finding.severity === 'error' || finding.severity === 'warning');
					outcomes.push({ connector: name, kind, label, findings, flagged });
				}
			}
		}
	}

	assert.deepEqual(failures, [], 'no rule throws');
	assert.deepEqual(baseline, [], 'a connector compared with itself reports nothing');

	const rows: string[] = [];
	const pad = (value: string | number, width: number) => String(value).padEnd(width);
	rows.push(`${pad('kind', 44)}${pad('count', 7)}hits / false positives`);
	for (const kind of [...BREAKING, ...HARMLESS]) {
		const of = outcomes.filter((outcome) => outcome.kind === kind);
		rows.push(`${pad(kind.name, 44)}${pad(of.length, 7)}${of.filter((outcome) => outcome.flagged).length}${kind.breaking ? ' hits' : ' FP'}`);
	}
	const breaking = outcomes.filter((outcome) => outcome.kind.breaking);
	const harmless = outcomes.filter((outcome) => !outcome.kind.breaking);
	const recall = breaking.filter((outcome) => outcome.flagged).length / breaking.length;
	const falsePositiveRate = harmless.filter((outcome) => outcome.flagged).length / harmless.length;
	rows.push(`connectors ${usable}; breaking ${breaking.length}, recall ${recall.toFixed(3)}; harmless ${harmless.length}, false-positive rate ${falsePositiveRate.toFixed(3)}`);
	rows.push(`slowest comparison: ${slowest.ms.toFixed(1)} ms (${slowest.what})`);
	const misses = breaking.filter((outcome) => !outcome.flagged).map((outcome) => `missed ${outcome.kind.name} at ${outcome.connector} ${outcome.label}: ${outcome.findings.map(describe).join('; ') || 'no finding'}`);
	const falsePositives = harmless.filter((outcome) => outcome.flagged).map((outcome) => `reported ${outcome.kind.name} at ${outcome.connector} ${outcome.label}: ${outcome.findings.map(describe).join('; ')}`);
	for (const row of [...rows, ...misses, ...falsePositives]) {
		t.diagnostic(row);
	}

	assert.ok(usable >= 75, `usable connectors: ${usable}`);
	assert.ok(breaking.length >= 200 && harmless.length >= 200, `mutations: ${breaking.length} breaking, ${harmless.length} harmless`);
	assert.ok(recall >= 0.95, `recall ${recall.toFixed(3)}:\n${misses.join('\n')}`);
	assert.ok(falsePositiveRate <= 0.02, `false-positive rate ${falsePositiveRate.toFixed(3)}:\n${falsePositives.join('\n')}`);
});
