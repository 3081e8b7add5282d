// Property tests of $ref resolution (core/refs.ts): any ref in any document resolves or is refused without throwing,
// a generated graph of definitions (chains, cycles, aliases, dead ends, remote and file refs) resolves as a walk of the
// graph says, and no remote or out-of-folder ref is ever fetched or read, by the resolver, the rules, the CLI's loading
// or the language features.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http, { createServer, type Server } from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { after, before, test } from 'node:test';
import * as fc from 'fast-check';
import { EVERY_RULE } from '../../scripts/corpus-evidence';
import { resolveRef } from '../../server/src/core/refs';
import { check } from '../../server/src/engine/index';
import { connectorInFolder, loadConnector } from '../../server/src/host/nodeConnector';
import { definitionAt, referencesAt } from '../../server/src/language/references';
import { RULES } from '../../server/src/rules/index';
import { connectorCase, refCase, refGraph, TEST_SCALE } from './arbitraries';
import { fuzzParameters, resolveAnyRef, resolveGraph } from './properties';

test('any ref in any document resolves or is refused without throwing, never past a ref', () => {
	fc.assert(fc.property(refCase(TEST_SCALE), resolveAnyRef), fuzzParameters(100));
});

test('a graph of definitions resolves as a walk of the graph says: chains, cycles, aliases, the hop bound', () => {
	fc.assert(fc.property(refGraph(), resolveGraph), fuzzParameters(300));
});

let server: Server;
let requests = 0;
let root: string;

before(async () => {
	server = createServer((_, response) => {
		requests++;
		response.end('{"definitions":{"A":{"type":"string"}}}');
	});
	server.on('connection', () => requests++);
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	root = fs.mkdtempSync(path.join(tmpdir(), 'connector-certify-refs-'));
});

after(async () => {
	await new Promise<void>((resolve) => server.close(() => resolve()));
	fs.rmSync(root, { recursive: true, force: true });
});

test('remote and out-of-folder refs are never fetched or read: resolver, rules, loading, navigation', async () => {
	const port = (server.address() as AddressInfo).port;
	const outside = path.join(root, 'outside.json');
	fs.writeFileSync(outside, '{"definitions":{"A":{"type":"string"}}}');
	const refs = [`http://127.0.0.1:${port}/schema.json#/definitions/A`, `https://127.0.0.1:${port}/x.json`, `file://${outside}#/definitions/A`, '../outside.json#/definitions/A', outside, `//127.0.0.1:${port}/x.json`];
	// Everything the checks load lazily is loaded before the spies go in: the modules of the validator that explains an
	// invalid definition are read from disk at its first use, which in a test file run alone fell inside the property.
	const warmUp = fs.mkdtempSync(path.join(root, 'warm-up-'));
	fs.writeFileSync(path.join(warmUp, 'apiDefinition.swagger.json'), '{"swagger": "2.0", "info": 1, "paths": {"/a": {"get": {"responses": {"200": {"$ref": "#/x"}}}}}}');
	const warmed = await loadConnector((await connectorInFolder(warmUp))!);
	check(RULES, warmed.input, EVERY_RULE);
	definitionAt({ swagger: warmed.input.swagger!.doc }, 'swagger', 60);
	fs.rmSync(warmUp, { recursive: true, force: true });
	// Every read, open and fetch while the properties run, by path or URL.
	const touched: string[] = [];
	const spies: [object, string][] = [
		[fs, 'readFileSync'],
		[fs, 'openSync'],
		[fs, 'readFile'],
		[fs, 'open'],
		[fs, 'createReadStream'],
		[fs.promises, 'readFile'],
		[fs.promises, 'open'],
		[globalThis, 'fetch'],
		[http, 'request'],
		[http, 'get'],
		[https, 'request'],
		[https, 'get'],
		[net, 'connect'],
		[net, 'createConnection'],
	];
	const originals = spies.map(([owner, name]) => (owner as Record<string, unknown>)[name]);
	spies.forEach(([owner, name], index) => {
		(owner as Record<string, unknown>)[name] = function (this: unknown, ...args: unknown[]) {
			// A read by file descriptor follows an open the spies saw with its path.
			if (typeof args[0] !== 'number') {
				touched.push(String(args[0]));
			}
			return (originals[index] as (...a: unknown[]) => unknown).apply(this, args);
		};
	});
	try {
		await fc.assert(
			fc.asyncProperty(connectorCase(TEST_SCALE), fc.array(fc.tuple(fc.nat(), fc.constantFrom(...refs)), { minLength: 1, maxLength: 4 }), async (input, placed) => {
				// The generated definition with remote and outside refs spliced in where `"$ref": "` already stands, or at its start.
				let swagger = input.swagger ?? '{}';
				for (const [at, ref] of placed) {
					const quoted = JSON.stringify(ref).slice(1, -1);
					const marks = [...swagger.matchAll(/"\$ref"\s*:\s*"/g)];
					const mark = marks.length ? marks[at % marks.length] : undefined;
					swagger = mark ? swagger.slice(0, mark.index + mark[0].length) + quoted + swagger.slice(mark.index + mark[0].length).replace(/^[^"]*/, '') : swagger.replace(/^\s*\{/, `{"x":{"$ref":"${quoted}"},`);
				}
				const folder = fs.mkdtempSync(path.join(root, 'connector-'));
				fs.writeFileSync(path.join(folder, 'apiDefinition.swagger.json'), swagger);
				if (input.apiProperties !== undefined) {
					fs.writeFileSync(path.join(folder, 'apiProperties.json'), input.apiProperties);
				}
				touched.length = 0;
				const loaded = await loadConnector((await connectorInFolder(folder))!);
				const result = check(RULES, loaded.input, EVERY_RULE);
				const doc = loaded.input.swagger!.doc;
				for (const ref of refs) {
					assert.equal(resolveRef(doc.value, ref).ok, false);
				}
				for (let offset = 0; offset <= doc.text.length; offset += Math.max(1, Math.floor(doc.text.length / 50))) {
					definitionAt({ swagger: doc }, 'swagger', offset);
					referencesAt({ swagger: doc }, 'swagger', offset, true);
				}
				fs.rmSync(folder, { recursive: true, force: true });
				assert.ok(result);
				// The spies do see reads: the connector's own files were read through them.
				assert.ok(touched.some((file) => file.startsWith(folder)), 'the connector files were read through the spied functions');
				assert.deepEqual(
					touched.filter((file) => !file.startsWith(folder)),
					[],
					'nothing outside the connector folder is read or fetched',
				);
				assert.equal(requests, 0, 'the HTTP server behind the remote refs was never contacted');
			}),
			fuzzParameters(15),
		);
	} finally {
		spies.forEach(([owner, name], index) => {
			(owner as Record<string, unknown>)[name] = originals[index];
		});
	}
});
