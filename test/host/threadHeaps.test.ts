// The language server's semi-space flag stays with its main thread (host/threadHeaps.ts): V8 applies a flag given on
// the command line to every heap it creates, over a thread's resourceLimits, unless it is cleared first.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { test } from 'node:test';
import { SERVER_NODE_FLAGS } from '../../server/src/protocol/launch';

const YOUNG = join(__dirname, '..', 'fixtures', 'threadHeaps', 'young.ts');

/** The young generation a thread asking for 48 MB reached, in MB, in a process started with the server's flags. */
function youngGenerationMb(...args: string[]): number {
	const result = spawnSync(process.execPath, [...SERVER_NODE_FLAGS, '--import', 'tsx', YOUNG, ...args], { encoding: 'utf8', timeout: 60_000 });
	assert.equal(result.status, 0, result.stderr);
	const match = /^young ([\d.]+) MB$/m.exec(result.stdout);
	assert.ok(match, result.stdout);
	return Number(match[1]);
}

test("a thread started after the flag is cleared gets the young generation its resourceLimits ask for, not the main thread's", () => {
	assert.ok(youngGenerationMb() <= 4, 'the flag holds a thread to 2 MB semi-spaces');
	assert.ok(youngGenerationMb('cleared') > 4);
});
