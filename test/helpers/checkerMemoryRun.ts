// Run by test/lsp/checker-memory.test.ts in a process of its own: a Checker on real threads of the built server with
// small memory tiers, checking a large and a small document; prints each outcome and the log as JSON, then exits
// (a thread that ran out of memory must not keep a test runner's process alive).
import { DEFAULT_CONFIG } from '../../server/src/engine/index';
import { Checker, type CheckJob } from '../../server/src/lsp/checker';

/** A swagger open in the editor: `operations` operations, each with a long description (a large, valid document). */
function job(operations: number): CheckJob {
	const paths: Record<string, unknown> = {};
	for (let i = 0; i < operations; i++) {
		paths[`/items${i}`] = { get: { operationId: `Get${i}`, summary: `Get item ${i}`, description: 'An item. '.repeat(40), responses: { 200: { description: 'OK' } } } };
	}
	const text = JSON.stringify({ swagger: '2.0', info: { title: 'Big', description: 'A big one.', version: '1.0' }, host: 'api.contoso.com', basePath: '/', schemes: ['https'], paths }, null, 2);
	return { paths: {}, open: { swagger: { uri: 'file:///memory/apiDefinition.swagger.json', version: 1, text } }, config: DEFAULT_CONFIG };
}

async function main(): Promise<void> {
	const [server, tiersArg, ...sizes] = process.argv.slice(2);
	const lines: string[] = [];
	const log = { error: (m: string) => lines.push(`error: ${m}`), warn: (m: string) => lines.push(`warn: ${m}`), info: (m: string) => lines.push(`info: ${m}`) };
	const checker = new Checker(server, 'test', log, tiersArg.split(',').map(Number));
	const keepAlive = setInterval(() => {}, 1000); // The Checker unrefs its threads.
	const outcomes: unknown[] = [];
	for (const size of sizes) {
		const outcome = await checker.run(job(Number(size))).outcome;
		outcomes.push(outcome.kind === 'failed' ? outcome : { kind: outcome.kind });
	}
	checker.dispose();
	clearInterval(keepAlive);
	process.stdout.write(JSON.stringify({ outcomes, lines }));
	process.exit(0);
}

void main();
