// Our Swagger structure rules reject a document exactly when swagger-parser (schema step, no external resolution)
// rejects it: over every swagger in the dev corpus that parses, and over hand-made documents. Where we differ on
// purpose (Microsoft's validator is stricter than the Swagger 2.0 schema, or swagger-parser reads data as references),
// the case is listed below with the reason and asserted as a difference.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import SwaggerParser from '@apidevtools/swagger-parser';
import { parseBytes, parseText, type ParsedFile } from '../../server/src/engine/parsedFile';
import { checkConnector } from '../../server/src/engine/run';
import type { Rule } from '../../server/src/engine/types';
import { RULES } from '../../server/src/rules/index';
import { corpusSwaggers } from '../helpers/corpusSwaggers';

const corpus = join(__dirname, '..', '..', '..', 'shared', 'corpus', 'dev');

/** The rules that stand for swagger-parser's checks: version, schema and references. */
const STRUCTURE_RULE_IDS = [
	'specification-version-incorrect',
	'swagger-schema',
	'additional-property-not-allowed',
	'json-type-incorrect',
	'json-value-not-in-enum',
	'required-property-missing',
	'schema-reference-not-found',
	'schema-reference-not-valid',
	'parameter-reference-not-found',
	'parameter-reference-not-valid',
	'response-reference-not-found',
	'response-reference-not-valid',
	'schema-ref-loop-not-allowed',
];
const STRUCTURE_RULES: Rule[] = STRUCTURE_RULE_IDS.map((id) => {
	const rule = RULES.find((r) => r.id === id);
	assert.ok(rule, `rule ${id} is registered`);
	return rule;
});

function ourFindings(file: ParsedFile): string[] {
	const result = checkConnector(STRUCTURE_RULES, { swagger: file }, { config: { profile: 'validator' }, onRuleError: (_id, error) => { throw error; } });
	return result.findings.swagger.filter((f) => f.severity === 'error').map((f) => `${f.ruleId} ${f.jsonPointer}: ${f.message}`);
}

async function parserRejects(value: unknown): Promise<string | undefined> {
	try {
		await SwaggerParser.validate(structuredClone(value) as never, { resolve: { external: false }, validate: { spec: false } });
		return undefined;
	} catch (error) {
		return error instanceof Error ? error.message : String(error);
	}
}


test('structure rules agree with swagger-parser on every parsable swagger of the dev corpus', async () => {
	assert.ok(existsSync(corpus), `the dev corpus is expected at ${corpus} (clone ../shared beside the repository)`);
	const mismatches: string[] = [];
	let compared = 0;
	for (const { name, path } of corpusSwaggers(corpus)) {
		const file = parseBytes(readFileSync(path));
		if (file.doc.fatal) {
			continue;
		}
		compared++;
		const ours = ourFindings(file);
		const theirs = await parserRejects(file.doc.value);
		if ((ours.length > 0) !== (theirs !== undefined)) {
			mismatches.push(`${name}: ours ${ours.length ? ours.slice(0, 3).join('; ') : 'accepts'} / swagger-parser ${theirs ?? 'accepts'}`);
		}
	}
	assert.ok(compared >= 70, `compared ${compared} swaggers`);
	assert.deepEqual(mismatches, []);
});

interface Case {
	readonly name: string;
	readonly document: unknown;
	/** Whether our structure rules report an error. */
	readonly ours: boolean;
	/** Whether swagger-parser rejects the document. */
	readonly parser: boolean;
	/** For a difference: why it is right. */
	readonly why?: string;
}

const base = { swagger: '2.0', info: { title: 'Contoso', version: '1.0' } };
const ok = { 200: { description: 'OK' } };
const get = (operation: object) => ({ ...base, paths: { '/invoices': { get: { responses: ok, ...operation } } } });

const CASES: Case[] = [
	{ name: 'minimal valid swagger', document: { ...base, paths: {} }, ours: false, parser: false },
	{ name: 'recursive schema through properties', document: { ...base, paths: {}, definitions: { Node: { type: 'object', properties: { next: { $ref: '#/definitions/Node' } } } } }, ours: false, parser: false },
	{ name: 'misspelled operation property', document: get({ summry: 'List' }), ours: true, parser: true },
	{ name: 'empty responses', document: get({ responses: {} }), ours: true, parser: true },
	{ name: 'unknown parameter location', document: get({ parameters: [{ name: 'top', in: 'querystring', type: 'integer' }] }), ours: true, parser: true },
	{ name: 'response without description', document: get({ responses: { 200: { schema: { type: 'object' } } } }), ours: true, parser: true },
	{ name: 'host with a scheme', document: { ...base, host: 'https://api.contoso.com', paths: {} }, ours: true, parser: true },
	{ name: 'numeric info.version', document: { ...base, info: { title: 'Contoso', version: 1 }, paths: {} }, ours: true, parser: true },
	{ name: 'swagger version as a number', document: { ...base, swagger: 2.0, paths: {} }, ours: true, parser: true },
	{ name: 'no swagger property', document: { info: base.info, paths: {} }, ours: true, parser: true },
	{ name: 'root is an array', document: [base], ours: true, parser: true },
	{ name: 'dangling schema reference', document: get({ responses: { 200: { description: 'OK', schema: { $ref: '#/definitions/Nope' } } } }), ours: true, parser: true },
	{
		name: 'schema reference into #/parameters',
		document: { ...get({ responses: { 200: { description: 'OK', schema: { $ref: '#/parameters/top' } } } }), parameters: { top: { name: 'top', in: 'query', type: 'integer' } } },
		ours: true,
		parser: true,
	},
	{
		name: 'reference to a URL',
		document: get({ responses: { 200: { description: 'OK', schema: { $ref: 'https://schemas.contoso.com/invoice.json' } } } }),
		ours: true,
		parser: false,
		why: 'with external resolution off swagger-parser leaves the reference alone; Microsoft accepts only local references',
	},
	{
		name: 'reference to another file',
		document: get({ responses: { 200: { description: 'OK', schema: { $ref: 'common.json#/definitions/Invoice' } } } }),
		ours: true,
		parser: false,
		why: 'as for URLs: never read, and not accepted by Microsoft',
	},
	{
		name: 'loop of plain $ref definitions',
		document: { ...base, paths: {}, definitions: { A: { $ref: '#/definitions/B' }, B: { $ref: '#/definitions/A' } } },
		ours: true,
		parser: false,
		why: 'swagger-parser tolerates circular references; Microsoft reports SchemaRefLoopNotAllowed',
	},
	{
		name: 'sibling of a parameter $ref',
		document: { ...get({ parameters: [{ $ref: '#/parameters/top', description: 'How many.' }] }), parameters: { top: { name: 'top', in: 'query', type: 'integer' } } },
		ours: true,
		parser: false,
		why: 'swagger-parser validates the dereferenced document, where the sibling merges into the parameter; the schema (and Microsoft) forbid siblings of a parameter $ref',
	},
	{
		name: 'OpenAPI 3 document',
		document: { openapi: '3.0.1', info: base.info, paths: {} },
		ours: true,
		parser: false,
		why: 'swagger-parser accepts OpenAPI 3; custom connectors accept only Swagger 2.0',
	},
	{
		name: '"$ref" text inside a response example',
		document: get({ responses: { 200: { description: 'OK', examples: { 'application/json': { $ref: '#/definitions/Nope' } } } } }),
		ours: false,
		parser: true,
		why: 'swagger-parser resolves every "$ref" key, even in example data; an example is data, not a reference',
	},
];

for (const c of CASES) {
	test(`conformance: ${c.name}${c.why ? ' (documented difference)' : ''}`, async () => {
		const ours = ourFindings(parseText(JSON.stringify(c.document, null, 2)));
		const theirs = await parserRejects(c.document);
		assert.deepEqual({ ours: ours.length > 0, parser: theirs !== undefined }, { ours: c.ours, parser: c.parser }, `ours: ${ours.join('; ') || 'none'}; swagger-parser: ${theirs ?? 'accepts'}`);
	});
}
