import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { after, test } from 'node:test';
import { MAX_FILE_BYTES, connectorInFolder, findConnectorFolders, loadConnector } from '../../server/src/host/nodeConnector';

const root = mkdtempSync(join(tmpdir(), 'connector-certify-'));
after(() => rmSync(root, { recursive: true, force: true }));

const SWAGGER = '{"swagger": "2.0", "info": {"title": "Contoso", "version": "1.0"}, "paths": {}}';
const PROPERTIES = '{"properties": {"iconBrandColor": "#0058a9"}}';

function write(path: string, text: string): void {
	mkdirSync(join(root, path, '..'), { recursive: true });
	writeFileSync(join(root, path), text);
}

/** Every file and folder under a path with its size and modification time, to prove nothing was written. */
function snapshot(dir: string): string[] {
	const out: string[] = [];
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		const stat = statSync(path, { throwIfNoEntry: false });
		out.push(`${relative(root, path)} ${stat?.size} ${stat?.mtimeMs}`);
		if (entry.isDirectory()) {
			out.push(...snapshot(path));
		}
	}
	return out.sort();
}

write('tree/a/apiDefinition.swagger.json', SWAGGER);
write('tree/a/apiProperties.json', PROPERTIES);
write('tree/a/nested/apiProperties.json', PROPERTIES);
write('tree/b/readme.md', '# Not a connector');
write('tree/c/De-Lijn-Zoek.swagger.json', SWAGGER);
write('tree/c/apiProperties.json', PROPERTIES);
write('tree/node_modules/pkg/apiDefinition.swagger.json', SWAGGER);
write('tree/.git/x/apiDefinition.swagger.json', SWAGGER);
symlinkSync(join(root, 'tree/a'), join(root, 'tree/link-to-a'), 'dir');

test('findConnectorFolders walks the tree in name order, skipping node_modules, dot folders and links', async () => {
	const before = snapshot(root);
	const found = await findConnectorFolders(join(root, 'tree'));
	assert.deepEqual(
		found.map((c) => [relative(root, c.folder), Object.fromEntries(Object.entries(c.paths).map(([kind, path]) => [kind, relative(root, path)]))]),
		[
			['tree/a', { swagger: 'tree/a/apiDefinition.swagger.json', apiProperties: 'tree/a/apiProperties.json' }],
			['tree/a/nested', { apiProperties: 'tree/a/nested/apiProperties.json' }],
			['tree/c', { swagger: 'tree/c/De-Lijn-Zoek.swagger.json', apiProperties: 'tree/c/apiProperties.json' }],
		],
	);
	// The root itself counts when it is a connector.
	assert.deepEqual((await findConnectorFolders(join(root, 'tree/c'))).map((c) => relative(root, c.folder)), ['tree/c']);
	assert.equal(await connectorInFolder(join(root, 'tree/b')), undefined);
	assert.deepEqual(snapshot(root), before);
});

test('findConnectorFolders lets the event loop run while it walks a large tree, and keeps the order', async () => {
	// 200 folders, every tenth a connector: the language server walks a workspace on its main thread.
	for (let i = 0; i < 200; i++) {
		mkdirSync(join(root, 'wide', `f${String(i).padStart(3, '0')}`, 'sub'), { recursive: true });
		if (i % 10 === 0) {
			write(`wide/f${String(i).padStart(3, '0')}/sub/apiProperties.json`, PROPERTIES);
		}
	}
	let turns = 0;
	let walking = true;
	const tick = () => {
		turns++;
		if (walking) {
			setImmediate(tick);
		}
	};
	setImmediate(tick);
	const found = await findConnectorFolders(join(root, 'wide'));
	walking = false;
	assert.deepEqual(
		found.map((c) => relative(join(root, 'wide'), c.folder)),
		Array.from({ length: 20 }, (_, k) => join(`f${String(k * 10).padStart(3, '0')}`, 'sub')),
	);
	assert.ok(turns >= 5, `the event loop turned ${turns} times during the walk of 401 folders`);
});

test('loadConnector parses both files and passes the folder on', async () => {
	const before = snapshot(root);
	const connector = (await connectorInFolder(join(root, 'tree/a')))!;
	const loaded = await loadConnector(connector);
	assert.deepEqual(loaded.unreadable, {});
	assert.equal(loaded.input.folderPath, join(root, 'tree/a'));
	assert.deepEqual(loaded.input.apiProperties?.doc.value, { properties: { iconBrandColor: '#0058a9' } });
	assert.equal(loaded.input.swagger?.byteLength, Buffer.byteLength(SWAGGER));
	assert.deepEqual(snapshot(root), before);
});

test('loadConnector reports an unreadable, oversized or special file instead of throwing or waiting', async () => {
	// A folder where a file should be cannot be read, even by root (chmod would not stop root).
	mkdirSync(join(root, 'bad/apiDefinition.swagger.json'), { recursive: true });
	write('bad/apiProperties.json', PROPERTIES);
	// A sparse file over the limit costs no disk space.
	write('big/apiDefinition.swagger.json', '');
	truncateSync(join(root, 'big/apiDefinition.swagger.json'), MAX_FILE_BYTES + 1);
	write('pipe/apiProperties.json', PROPERTIES);
	execFileSync('mkfifo', [join(root, 'pipe/apiDefinition.swagger.json')]);
	const before = snapshot(root);

	const bad = await loadConnector((await connectorInFolder(join(root, 'bad')))!);
	assert.equal(bad.input.swagger, undefined);
	assert.ok(bad.input.apiProperties);
	assert.match(bad.unreadable.swagger ?? '', /apiDefinition\.swagger\.json: a folder, not a file$/);

	const big = await loadConnector((await connectorInFolder(join(root, 'big')))!);
	assert.equal(big.input.swagger, undefined);
	assert.match(big.unreadable.swagger ?? '', /apiDefinition\.swagger\.json: the file is 64\.0 MB, over the 64 MB this tool reads/);

	// A named pipe is not read (that would wait for a writer for ever) but reported.
	const pipe = await loadConnector((await connectorInFolder(join(root, 'pipe')))!);
	assert.equal(pipe.input.swagger, undefined);
	assert.ok(pipe.input.apiProperties);
	assert.match(pipe.unreadable.swagger ?? '', /apiDefinition\.swagger\.json: not a regular file \(a pipe, socket or device\)$/);

	// An open editor buffer stands in for the file on disk.
	const overridden = await loadConnector((await connectorInFolder(join(root, 'bad')))!, { swagger: bad.input.apiProperties });
	assert.deepEqual(overridden.unreadable, {});
	assert.equal(overridden.input.swagger, bad.input.apiProperties);
	assert.deepEqual(snapshot(root), before);
});
