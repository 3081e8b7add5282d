// The CLI's check threads keep scavenges on their own thread (host/scavenge.ts): the flag is set only on the V8
// versions it was measured on, and on the V8 running the tests it has the effect it is there for: V8's helper tasks
// take part in the fixture's scavenges by default, and in none of them once it is set.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { scavengeOnOwnThread } from '../../server/src/host/scavenge';

const ALLOCATE = join(__dirname, '..', 'fixtures', 'scavenge', 'allocate.ts');

/** The helper tasks' time (ms) in each scavenge of the fixture's allocating, from V8's `--trace-gc-nvp` lines. */
function helperTimes(...args: string[]): number[] {
	const result = spawnSync(process.execPath, ['--trace-gc-nvp', '--import', 'tsx', ALLOCATE, ...args], { encoding: 'utf8', timeout: 60_000 });
	assert.equal(result.status, 0, result.stderr);
	assert.match(result.stdout, /^total \d+$/m);
	const lines = result.stdout.split('\n');
	return lines.slice(lines.indexOf('allocating')).flatMap((line) => {
		const match = /^.*\bgc=s\b.*\bbackground\.scavenge\.parallel=([\d.]+)/.exec(line);
		return match ? [Number(match[1])] : [];
	});
}

describe('the check threads keep scavenges on their own thread', () => {
	test('turns parallel scavenging off on V8 10 and 11 (Node 18 and 20), and leaves other versions alone', () => {
		const set: string[] = [];
		assert.equal(scavengeOnOwnThread('10.2.154.26-node.36', (flags) => set.push(flags)), true);
		assert.equal(scavengeOnOwnThread('11.3.244.8-node.33', (flags) => set.push(flags)), true);
		assert.deepEqual(set, ['--no-parallel-scavenge', '--no-parallel-scavenge']);
		assert.equal(scavengeOnOwnThread('13.6.233.17-node.53', (flags) => set.push(flags)), false);
		assert.equal(scavengeOnOwnThread('12.4.254.21-node.33', (flags) => set.push(flags)), false);
		assert.equal(scavengeOnOwnThread('', (flags) => set.push(flags)), false);
		assert.equal(set.length, 2);
	});

	test("V8's helper tasks take part in scavenges by default, and in none once it is set", () => {
		const byDefault = helperTimes();
		assert.ok(byDefault.length >= 10, `${byDefault.length} scavenges`);
		assert.ok(byDefault.some((ms) => ms > 0), 'helpers took part by default');
		const set = helperTimes('cli');
		assert.ok(set.length >= 10, `${set.length} scavenges`);
		assert.deepEqual(set.filter((ms) => ms > 0), []);
	});
});
