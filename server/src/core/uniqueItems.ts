/**
 * Ajv's `uniqueItems` in linear time. Where the items may be objects or arrays, Ajv compares every pair with a deep
 * equality: 10,000 parameters in one `parameters` list are 50 million comparisons, seven seconds. This keyword keeps
 * Ajv's place in the rules, its error (keyword `uniqueItems`, params `{ i, j }`, message) and its answer, the pair Ajv
 * finds first scanning from the end: `i` the last item equal to an earlier one, `j` the last such earlier one; but it
 * finds it with one canonical JSON text per item in a Map (a string is its own key, in a Map of strings). Lists whose
 * items are declared strings or numbers keep Ajv's own code, which is linear already. Both Swagger validators use it:
 * the explaining one (swaggerSchemaExplainer.ts) and the precompiled check that scripts/generate-validators.mjs
 * writes, whose code requires ./canonicalJson.
 */
import { _, type CodeKeywordDefinition, type KeywordCxt } from 'ajv';
import { _Code } from 'ajv/dist/compile/codegen/code';
import type AjvCore from 'ajv/dist/core';
import { getSchemaTypes } from 'ajv/dist/compile/validate/dataType';
import ajvUniqueItems from 'ajv/dist/vocabularies/validation/uniqueItems';
import { canonicalJson } from './canonicalJson';

/** How standalone code reaches the helper (what Ajv's own `equal` has in `require("ajv/dist/runtime/equal")`). */
const CANONICAL_JSON = new _Code('require("./canonicalJson").canonicalJson');

const linearUniqueItems: CodeKeywordDefinition = {
	...ajvUniqueItems,
	code(cxt: KeywordCxt) {
		const { gen, data, $data, schema, parentSchema, schemaCode } = cxt;
		const itemTypes = parentSchema.items ? getSchemaTypes(parentSchema.items) : [];
		if (itemTypes.length > 0 && !itemTypes.some((type) => type === 'object' || type === 'array')) {
			ajvUniqueItems.code(cxt);
			return;
		}
		if (!$data && !schema) {
			return;
		}
		const valid = gen.let('valid');
		cxt.block$data(
			valid,
			() => {
				const i = gen.let('i', _`${data}.length`);
				const j = gen.let('j');
				cxt.setParams({ i, j });
				gen.assign(valid, true);
				gen.if(_`${i} > 1`, () => {
					const key = gen.scopeValue('func', { ref: canonicalJson, code: CANONICAL_JSON });
					const last = gen.let('last', -1);
					// A short list of strings only (nearly every enum) is compared pairwise, from the end, which finds the same
					// pair: two maps for each of Encodian's enum lists were a third of a megabyte a check.
					const short = gen.let('short', _`${i} <= ${SHORT_LIST}`);
					gen.if(short, () => gen.forRange('k', 0, i, (k) => gen.if(_`typeof ${data}[${k}] != "string"`, () => gen.assign(short, false).break())));
					gen.if(
						short,
						() => {
							gen.forRange('k', 0, _`${i} - 1`, (k) => {
								const at = gen.const('at', _`${i} - 1 - ${k}`);
								const earlier = gen.const('earlier', _`${data}.lastIndexOf(${data}[${at}], ${at} - 1)`);
								gen.if(_`${earlier} >= 0`, () => gen.assign(last, at).assign(j, earlier).break());
							});
						},
						() => {
							// Strings (nearly every enum item) are their own key in a map of their own: two strings are equal
							// exactly when their canonical texts are, and no string equals a value of another type. Quoting each
							// one took as long as the rest of the keyword.
							const seen = gen.const('seen', _`new Map()`);
							const seenStrings = gen.const('seenStrings', _`new Map()`);
							gen.forRange('k', 0, i, (k) => {
								const item = gen.const('item', _`${data}[${k}]`);
								const isString = gen.const('isString', _`typeof ${item} == "string"`);
								const map = gen.const('map', _`${isString} ? ${seenStrings} : ${seen}`);
								const text = gen.const('text', _`${isString} ? ${item} : ${key}(${item})`);
								const earlier = gen.const('earlier', _`${map}.get(${text})`);
								gen.if(_`${earlier} !== undefined`, () => gen.assign(last, k).assign(j, earlier));
								gen.code(_`${map}.set(${text}, ${k})`);
							});
						},
					);
					gen.if(_`${last} >= 0`, () => {
						gen.assign(i, last);
						cxt.error();
						gen.assign(valid, false);
					});
				});
			},
			_`${schemaCode} === false`,
		);
		cxt.ok(valid);
	},
};

/** Up to this many strings, comparing each with those before it is quicker than two maps, and allocates nothing. */
const SHORT_LIST = 16;

/** Replaces an Ajv instance's `uniqueItems` with the linear one, at the same place in its rules (before compiling). */
export function useLinearUniqueItems(ajv: AjvCore): void {
	const group = ajv.RULES.rules.find((candidate) => candidate.rules.some((rule) => rule.keyword === 'uniqueItems'));
	const at = group?.rules.findIndex((rule) => rule.keyword === 'uniqueItems') ?? -1;
	const before = group?.rules[at + 1]?.keyword;
	ajv.removeKeyword('uniqueItems');
	ajv.addKeyword(before === undefined ? linearUniqueItems : { ...linearUniqueItems, before });
}
