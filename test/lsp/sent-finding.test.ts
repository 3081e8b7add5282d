// What the checker thread sends the main thread for each finding: what the diagnostic shows and its quick fixes read,
// nothing the main thread would only copy and collect.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Finding } from '../../server/src/engine/index';
import { MAX_RELATED_PER_FINDING, sentFinding } from '../../server/src/lsp/workerProtocol';

const range = (line: number) => ({ start: { line, character: 4 }, end: { line, character: 9 } });

test('a finding is sent without its file, path, docs URL and the pointers of its related places', () => {
	const finding: Finding = {
		ruleId: 'operation-has-many-responses-with-schema',
		severity: 'warning',
		message: "The operation 'GetItem' has more than one response with specified schema.",
		file: 'swagger',
		path: ['paths', '/items', 'get', 'responses'],
		jsonPointer: '/paths/~1items/get/responses',
		range: range(10),
		docsUrl: 'https://example.invalid/docs/rules/operation-has-many-responses-with-schema.md',
		data: { operationId: 'GetItem' },
		related: [{ file: 'swagger', range: range(12), jsonPointer: '/paths/~1items/get/responses/200/schema', message: "The '200' response has a schema." }],
	};
	assert.deepEqual(sentFinding(finding), {
		ruleId: 'operation-has-many-responses-with-schema',
		severity: 'warning',
		message: "The operation 'GetItem' has more than one response with specified schema.",
		range: range(10),
		jsonPointer: '/paths/~1items/get/responses',
		data: { operationId: 'GetItem' },
		related: [{ file: 'swagger', range: range(12), message: "The '200' response has a schema." }],
	});
});

test('a finding without data or related places is sent without those keys, and related places are capped', () => {
	const bare: Finding = { ruleId: 'swagger-size-1mb', severity: 'warning', message: 'Too large.', file: 'swagger', path: [], jsonPointer: '', range: range(0), docsUrl: 'https://example.invalid' };
	assert.deepEqual(Object.keys(sentFinding(bare)), ['ruleId', 'severity', 'message', 'range', 'jsonPointer']);
	const many = { ...bare, related: Array.from({ length: MAX_RELATED_PER_FINDING + 5 }, (_, i) => ({ file: 'swagger' as const, range: range(i), jsonPointer: `/x/${i}`, message: `Place ${i}.` })) };
	const related = sentFinding(many).related ?? [];
	assert.equal(related.length, MAX_RELATED_PER_FINDING);
	assert.deepEqual(related.at(-1), { file: 'swagger', range: range(MAX_RELATED_PER_FINDING - 1), message: `Place ${MAX_RELATED_PER_FINDING - 1}.` });
});
