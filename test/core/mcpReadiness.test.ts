// core/mcpReadiness: each of Copilot Studio's MCP limits fires on a minimal tool, at the right place, and not on a
// fine tool; schema data (a property named "$ref", an enum inside a default) is not mistaken for keywords; the walk
// is bounded; and the server notes (prompts, tool cap) say what they should.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { assessMcpReadiness, DEFAULT_MAX_TOOLS, MAX_SCHEMA_NODES, type McpReadiness } from '../../server/src/core/mcpReadiness';

const FINE = {
	name: 'search_articles',
	description: 'Searches the knowledge base for articles that match a query.',
	inputSchema: {
		type: 'object',
		properties: {
			query: { type: 'string', description: 'Words to look for.' },
			limit: { type: 'integer', minimum: 1, maximum: 50, default: 10 },
			status: { type: 'string', enum: ['open', 'closed'] },
			// Data, not keywords: a property named "$ref" or "type", an enum inside a default or an example.
			$ref: { type: 'string', description: 'A property named "$ref".' },
			type: { type: 'string', description: 'A property named "type".' },
			filter: { type: 'object', default: { enum: [1, 2], type: ['a', 'b'], $ref: '#/x' }, examples: [{ exclusiveMinimum: 0 }] },
		},
		required: ['query'],
	},
	outputSchema: { type: 'object', properties: { titles: { type: 'array', items: { type: 'string' } } } },
};

const CAPABILITIES = { tools: {} };

function assess(tools: readonly unknown[], capabilities: unknown = CAPABILITIES, maxTools?: number): McpReadiness {
	return assessMcpReadiness({ capabilities, tools, maxTools });
}

/** `id effect pointer` of each problem of the only tool. */
function problemsOf(tool: object): string[] {
	const [only] = assess([tool]).tools;
	return only.problems.map((problem) => `${problem.id} ${problem.effect} ${problem.pointer}`);
}

const withInput = (inputSchema: object) => ({ ...FINE, inputSchema });

describe('mcpReadiness: each problem on a minimal tool', () => {
	test('a fine tool has no problem and no effect', () => {
		const readiness = assess([FINE]);
		assert.deepEqual(readiness.tools, [{ name: 'search_articles', index: 0, problems: [], omitted: 0 }]);
		assert.deepEqual(readiness.counts, { dropped: 0, fails: 0, mangled: 0, weak: 0, usable: 1, overCap: 0 });
		assert.deepEqual(readiness.notes, []);
		assert.equal(readiness.maxTools, DEFAULT_MAX_TOOLS);
	});

	test('schema-ref: $ref anywhere in inputSchema or outputSchema drops the tool', () => {
		assert.deepEqual(problemsOf(withInput({ type: 'object', properties: { a: { $ref: '#/$defs/A' } }, $defs: { A: { type: 'string' } } })), ['schema-ref dropped /inputSchema/properties/a/$ref']);
		assert.deepEqual(problemsOf(withInput({ $ref: '#/definitions/Root', definitions: { Root: { type: 'object' } } })), ['schema-ref dropped /inputSchema/$ref']);
		assert.deepEqual(problemsOf(withInput({ type: 'object', $defs: { A: { type: 'object', properties: { b: { $ref: '#/$defs/B' } } } } })), ['schema-ref dropped /inputSchema/$defs/A/properties/b/$ref']);
		assert.deepEqual(problemsOf({ ...FINE, outputSchema: { type: 'object', properties: { items: { type: 'array', items: { $ref: '#/$defs/Item' } } } } }), ['schema-ref dropped /outputSchema/properties/items/items/$ref']);
		assert.deepEqual(problemsOf(withInput({ type: 'object', properties: { a: { anyOf: [{ type: 'string' }, { $ref: '#/x' }] } } })), ['schema-ref dropped /inputSchema/properties/a/anyOf/1/$ref']);
	});

	test('type-array: an array type of two or more entries is mangled; one entry is not', () => {
		assert.deepEqual(problemsOf(withInput({ type: 'object', properties: { note: { type: ['string', 'null'] } } })), ['type-array mangled /inputSchema/properties/note/type']);
		assert.deepEqual(problemsOf(withInput({ type: 'object', properties: { note: { type: ['string'] } } })), []);
	});

	test('integer-exclusive-minimum: a numeric integer exclusiveMinimum fails the tool; the draft-4 boolean form does not', () => {
		assert.deepEqual(problemsOf(withInput({ type: 'object', properties: { count: { type: 'integer', exclusiveMinimum: 0 } } })), ['integer-exclusive-minimum fails /inputSchema/properties/count/exclusiveMinimum']);
		assert.deepEqual(problemsOf(withInput({ type: 'object', properties: { count: { type: 'integer', minimum: 0, exclusiveMinimum: true } } })), []);
		assert.deepEqual(problemsOf(withInput({ type: 'object', properties: { ratio: { type: 'number', exclusiveMinimum: 0.5 } } })), []);
	});

	test('non-string-enum: an enum of numbers or booleans is mangled', () => {
		assert.deepEqual(problemsOf(withInput({ type: 'object', properties: { priority: { type: 'integer', enum: [1, 2, 3] } } })), ['non-string-enum mangled /inputSchema/properties/priority/enum']);
		assert.deepEqual(problemsOf(withInput({ type: 'object', properties: { flag: { enum: [true, false] } } })), ['non-string-enum mangled /inputSchema/properties/flag/enum']);
	});

	test('missing-description and short-description are weak; ten characters after trimming is enough', () => {
		assert.deepEqual(problemsOf({ ...FINE, description: undefined }), ['missing-description weak /description']);
		assert.deepEqual(problemsOf({ ...FINE, description: '   ' }), ['missing-description weak /description']);
		assert.deepEqual(problemsOf({ ...FINE, description: '  Search   ' }), ['short-description weak /description']);
		assert.deepEqual(problemsOf({ ...FINE, description: ' Searches. ' }), ['short-description weak /description']);
		assert.deepEqual(problemsOf({ ...FINE, description: ' Finds docs ' }), []);
	});

	test('missing-input-schema fails the tool; missing-name drops it', () => {
		assert.deepEqual(problemsOf({ ...FINE, inputSchema: undefined }), ['missing-input-schema fails /inputSchema']);
		const [nameless] = assess([{ ...FINE, name: undefined }]).tools;
		assert.equal(nameless.name, '#1');
		assert.deepEqual(nameless.problems.map((problem) => problem.id), ['missing-name']);
	});

	test('over-tool-cap: the tools past the cap are dropped, and a note names them', () => {
		const tools = Array.from({ length: 5 }, (_, i) => ({ ...FINE, name: `tool_${i + 1}` }));
		const readiness = assess(tools, CAPABILITIES, 3);
		assert.deepEqual(
			readiness.tools.map((tool) => `${tool.name} ${tool.problems.map((problem) => `${problem.id} ${problem.effect} "${problem.pointer}"`).join()}`),
			['tool_1 ', 'tool_2 ', 'tool_3 ', 'tool_4 over-tool-cap dropped ""', 'tool_5 over-tool-cap dropped ""'],
		);
		assert.deepEqual(readiness.counts, { dropped: 2, fails: 0, mangled: 0, weak: 0, usable: 3, overCap: 2 });
		assert.deepEqual(readiness.notes.map((note) => note.id), ['over-tool-cap']);
		assert.match(readiness.notes[0].message, /^5 tools, over the cap of 3: the last 2 \(tool_4, tool_5\) will not be offered/);
		assert.deepEqual(assess(tools, CAPABILITIES, 5).notes, []);
	});

	test('a tool takes its gravest effect: dropped over fails over mangled over weak', () => {
		const [tool] = assess([{ name: 'mixed', description: 'Short', inputSchema: { type: 'object', properties: { a: { enum: [1] }, b: { exclusiveMinimum: 1 }, c: { $ref: '#/x' } } } }]).tools;
		assert.equal(tool.effect, 'dropped');
		assert.deepEqual(tool.problems.map((problem) => problem.id).sort(), ['integer-exclusive-minimum', 'non-string-enum', 'schema-ref', 'short-description']);
	});
});

describe('mcpReadiness: server notes and bounds', () => {
	test('the prompts capability is noted: Copilot Studio does not offer prompts', () => {
		assert.deepEqual(assess([FINE], { tools: {}, prompts: {} }).notes.map((note) => note.id), ['prompts-not-offered']);
		assert.deepEqual(assess([FINE], { tools: {}, resources: {} }).notes, []);
	});

	test('no tools capability, or no tools, is noted', () => {
		assert.deepEqual(assess([], {}).notes.map((note) => note.id), ['no-tools-capability']);
		assert.deepEqual(assess([], CAPABILITIES).notes.map((note) => note.id), ['no-tools']);
	});

	test('garbage entries and schemas do not throw', () => {
		const readiness = assess([null, 42, 'tool', { name: 'x', description: 'A tool that is fine.', inputSchema: 'object', outputSchema: [1, 2] }], null);
		assert.equal(readiness.tools.length, 4);
		assert.deepEqual(readiness.tools[3].problems, []);
		assert.deepEqual(readiness.tools[0].problems.map((problem) => problem.id), ['missing-name', 'missing-description', 'missing-input-schema']);
	});

	test('a very deep schema is walked without recursion, and a huge one is cut at the bound', () => {
		let deep: Record<string, unknown> = { type: ['string', 'null'] };
		for (let i = 0; i < 50_000; i++) {
			deep = { type: 'array', items: deep };
		}
		const [cut] = assess([withInput(deep)]).tools;
		assert.deepEqual(cut.problems.map((problem) => `${problem.id} ${problem.pointer}`), ['schema-too-large /inputSchema']);
		let nested: Record<string, unknown> = { $ref: '#/x' };
		for (let i = 0; i < MAX_SCHEMA_NODES - 10; i++) {
			nested = { items: nested };
		}
		const [found] = assess([withInput(nested)]).tools;
		assert.deepEqual(found.problems.map((problem) => problem.id), ['schema-ref']);
		assert.equal(found.problems[0].pointer, `/inputSchema${'/items'.repeat(MAX_SCHEMA_NODES - 10)}/$ref`);
	});

	test('problems past the per-tool bound are counted, not listed', () => {
		const properties = Object.fromEntries(Array.from({ length: 150 }, (_, i) => [`p${i}`, { $ref: '#/x' }]));
		const [tool] = assess([withInput({ type: 'object', properties })]).tools;
		assert.equal(tool.problems.length, 100);
		assert.equal(tool.omitted, 50);
		assert.equal(tool.problems[0].pointer, '/inputSchema/properties/p0/$ref');
	});

	test('pointers escape ~ and / in property names', () => {
		assert.deepEqual(problemsOf(withInput({ type: 'object', properties: { 'a/b~c': { enum: [1] } } })), ['non-string-enum mangled /inputSchema/properties/a~1b~0c/enum']);
	});
});
