// Real fixes from the upstream history (../shared/corpus/pairs): each before.json is flagged at the places its
// meta.txt lists, by the rule for the problem it names, and those places are clean in after.json. For tier A pairs the
// whole after.json is clean for the rule. The pairs are read in place and never modified.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { toJsonPointer } from '../../server/src/core/location';
import { SwaggerModel } from '../../server/src/core/swagger';
import { parseText } from '../../server/src/engine/parsedFile';
import { findRule } from '../../server/src/rules/index';
import type { Finding } from '../../server/src/engine/types';
import { runRule } from '../helpers/ruleTester';

const PAIRS = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'pairs');

/**
 * The problem names the miner used, and the rules that find each. Missing summaries and descriptions are found by two
 * rules, at the severity Microsoft's enforcement supports: the error where the validator checks them, the
 * checklist warning elsewhere (an internal parameter in pair 39, an internal operation in pair 19).
 */
const RULES_FOR: Readonly<Record<string, string | readonly string[]>> = {
	paramDescription: ['param-description-required', 'param-description-checklist'],
	paramXmsSummary: ['param-x-ms-summary-required', 'param-x-ms-summary-checklist'],
	opDescription: ['op-description-required', 'op-description-checklist'],
	opSummary: ['op-summary-required', 'op-summary-checklist'],
	misspelledXms: 'extension-key-misspelled',
	connectorMetadata: 'x-ms-connector-metadata-required',
	onlyDefaultResponse: 'response-not-default-only',
	summaryEqDescription: 'summary-description-differ',
	defaultBrandColor: 'icon-brand-color-forbidden',
	stackOwner: 'publisher-stackowner-present',
	responseSchema: 'response-2xx-schema',
	duplicateKeys: 'json-duplicate-key',
	jsonStrict: 'json-strict',
};

interface Meta {
	readonly problem: string;
	readonly fileKind: 'swagger' | 'apiProperties';
	readonly tier: 'A' | 'B';
	readonly locations: readonly string[];
}

function readMeta(folder: string): Meta {
	const text = readFileSync(join(folder, 'meta.txt'), 'utf8');
	const problem = /^rule: (\w+)/m.exec(text)![1];
	const fileKind = /^file: .*\(apiProperties\.json\)$/m.test(text) ? 'apiProperties' : 'swagger';
	const tier = /\(tier A/.test(text) ? 'A' : 'B';
	const block = /^fixed locations:\n((?: {2}.*\n)+)/m.exec(text)?.[1] ?? '';
	return { problem, fileKind, tier, locations: block.split('\n').map((line) => line.trim()).filter(Boolean) };
}

/** A listed location as the JSON pointer prefix (or line) where the rule's finding must be. */
function locate(text: string, location: string): { pointer?: string; line?: number } {
	const duplicate = /@line (\d+)$/.exec(location);
	if (duplicate) {
		return { line: Number(duplicate[1]) - 1 };
	}
	const model = new SwaggerModel(parseText(text).doc);
	const operationOf = (method: string, pathKey: string) => {
		const operation = model.operations().find((op) => op.method === method.toLowerCase() && op.pathKey === pathKey);
		assert.ok(operation, `${method} ${pathKey} exists`);
		return operation;
	};
	const parameter = /^(\w+) (\S+):(\w+):(.+)$/.exec(location);
	if (parameter) {
		const [, method, pathKey, where, name] = parameter;
		const found = operationOf(method, pathKey).parameters.find((p) => p.in === where && p.name === name);
		assert.ok(found, `parameter ${where}:${name} of ${method} ${pathKey} exists`);
		return { pointer: toJsonPointer(found.definitionPath) };
	}
	const response = /^(\w+) (\S+):(\d{3})$/.exec(location);
	if (response) {
		return { pointer: toJsonPointer([...operationOf(response[1], response[2]).path, 'responses', response[3]]) };
	}
	const operation = /^\S+ \((\w+) (\S+)\)$/.exec(location);
	assert.ok(operation, `location "${location}" has a known form`);
	return { pointer: toJsonPointer(operationOf(operation[1], operation[2]).path) };
}

function at(findings: readonly Finding[], place: { pointer?: string; line?: number }): Finding[] {
	return findings.filter((f) =>
		place.line !== undefined ? f.range.start.line === place.line : f.jsonPointer === place.pointer || f.jsonPointer.startsWith(`${place.pointer}/`),
	);
}

const pairs = existsSync(PAIRS) ? readdirSync(PAIRS).filter((name) => /^\d\d-/.test(name)).sort() : [];

test('the pairs corpus is present beside the repository', () => {
	assert.ok(pairs.length >= 20, `expected the pairs at ${PAIRS}`);
});

for (const name of pairs) {
	test(`pair ${name}`, () => {
		const folder = join(PAIRS, name);
		const meta = readMeta(folder);
		const mapped = RULES_FOR[meta.problem];
		assert.ok(mapped, `a rule is mapped for "${meta.problem}"`);
		const rules = (typeof mapped === 'string' ? [mapped] : mapped).map((id) => findRule(id)!);
		const ruleId = rules.map((rule) => rule.id).join(' or ');
		const before = readFileSync(join(folder, 'before.json'), 'utf8');
		const after = readFileSync(join(folder, 'after.json'), 'utf8');
		const findingsBefore = rules.flatMap((rule) => runRule(rule, { [meta.fileKind]: before }));
		const findingsAfter = rules.flatMap((rule) => runRule(rule, { [meta.fileKind]: after }));
		assert.ok(findingsBefore.length > 0, `${ruleId} flags before.json`);
		for (const location of meta.locations) {
			assert.ok(at(findingsBefore, locate(before, location)).length > 0, `${ruleId} flags ${location} in before.json`);
			if (!/@line/.test(location)) {
				assert.deepEqual(at(findingsAfter, locate(after, location)), [], `${location} is clean in after.json`);
			}
		}
		if (meta.tier === 'A') {
			assert.deepEqual(findingsAfter.map((f) => `${f.jsonPointer}: ${f.message}`), [], `tier A: after.json is clean for ${ruleId}`);
		}
	});
}
