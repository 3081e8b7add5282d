// The checker thread's memory tiers (lsp/checker.ts) on a real thread of the built server: a document that does not
// fit the first tier is checked again on a thread with the next one, and past the last the check fails with a message
// saying so, while the Checker keeps working for the next document.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { DEFAULT_CONFIG } from '../../server/src/engine/index';
import { Checker, type CheckJob } from '../../server/src/lsp/checker';

const SERVER = path.resolve(__dirname, '..', '..', 'dist', 'server.js');

function logger(lines: string[]) {
	return { error: (m: string) => lines.push(`error: ${m}`), warn: (m: string) => lines.push(`warn: ${m}`), info: (m: string) => lines.push(`info: ${m}`) };
}

/** A swagger open in the editor: `operations` operations, each with a long description (a large, valid document). */
function job(operations: number): CheckJob {
	const paths: Record<string, unknown> = {};
	for (let i = 0; i < operations; i++) {
		paths[`/items${i}`] = { get: { operationId: `Get${i}`, summary: `Get item ${i}`, description: 'An item. '.repeat(40), responses: { 200: { description: 'OK' } } } };
	}
	const text = JSON.stringify({ swagger: '2.0', info: { title: 'Big', description: 'A big one.', version: '1.0' }, host: 'api.contoso.com', basePath: '/', schemes: ['https'], paths }, null, 2);
	const uri = 'file:///memory/apiDefinition.swagger.json';
	return { paths: {}, open: { swagger: { uri, version: 1, text } }, config: DEFAULT_CONFIG };
}

describe('checker thread memory tiers', () => {
	// The Checker unrefs its thread (the server's process must be free to exit); the test keeps its own loop alive.
	let keepAlive: ReturnType<typeof setInterval>;
	before(() => (keepAlive = setInterval(() => {}, 1000)));
	after(() => clearInterval(keepAlive));

	test('a document too large for the first tier is checked on a thread with the next one', { timeout: 60_000 }, async () => {
		assert.ok(existsSync(SERVER), 'dist/server.js is missing: run `npm run build` first');
		const lines: string[] = [];
		const checker = new Checker(SERVER, 'test', logger(lines), [48, 512]);
		try {
			const outcome = await checker.run(job(6000)).outcome;
			assert.equal(outcome.kind, 'done', JSON.stringify(outcome).slice(0, 300));
			assert.ok(lines.includes('info: The test checker thread ran out of its 48 MB; checking again with 512 MB.'), lines.join('\n'));
			// The tier stays: the next large check runs at once.
			assert.equal((await checker.run(job(6000)).outcome).kind, 'done');
		} finally {
			checker.dispose();
		}
	});

	test('past the last tier the check fails with a message, and the next small document is checked', { timeout: 60_000 }, async () => {
		const lines: string[] = [];
		const checker = new Checker(SERVER, 'test', logger(lines), [48]);
		try {
			const outcome = await checker.run(job(6000)).outcome;
			assert.deepEqual(outcome, { kind: 'failed', message: 'the document is too large or too complex to check within 48 MB of memory' });
			assert.ok(lines.includes('error: The test checker thread ran out of its 48 MB.'), lines.join('\n'));
			assert.equal((await checker.run(job(3)).outcome).kind, 'done');
		} finally {
			checker.dispose();
		}
	});
});
