// The layers hold: no import cycle between the folders of server/src (nor between rule areas), checked on the source
// itself. ESLint's per-folder import restrictions (eslint.config.mjs) say which way each folder may import; this test
// is the independent check that what they allow stays acyclic, and prints the graph when it does not.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { test } from 'node:test';

const SRC = resolve(__dirname, '..', 'server', 'src');
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(?\s*)'(\.{1,2}\/[^']+)'/g;

function sources(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : []));
}

/** Edges between groups, a group being what `groupOf` names for a file (undefined: outside the graph). */
function graph(groupOf: (file: string) => string | undefined): Map<string, Set<string>> {
	const edges = new Map<string, Set<string>>();
	for (const file of sources(SRC)) {
		const from = groupOf(file);
		for (const [, specifier] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
			const to = groupOf(resolve(dirname(file), specifier));
			if (from && to && from !== to) {
				edges.set(from, (edges.get(from) ?? new Set()).add(to));
			}
		}
	}
	return edges;
}

function cycle(edges: Map<string, Set<string>>): string[] | undefined {
	const state = new Map<string, 'open' | 'done'>();
	const stack: string[] = [];
	const visit = (node: string): string[] | undefined => {
		if (state.get(node) === 'open') {
			return [...stack.slice(stack.indexOf(node)), node];
		}
		if (state.get(node) === 'done') {
			return undefined;
		}
		state.set(node, 'open');
		stack.push(node);
		for (const next of edges.get(node) ?? []) {
			const found = visit(next);
			if (found) {
				return found;
			}
		}
		stack.pop();
		state.set(node, 'done');
		return undefined;
	};
	for (const node of edges.keys()) {
		const found = visit(node);
		if (found) {
			return found;
		}
	}
	return undefined;
}

const show = (edges: Map<string, Set<string>>) => [...edges].map(([from, to]) => `${from} -> ${[...to].sort().join(', ')}`).sort().join('\n');

test('no import cycle between the folders of server/src', () => {
	const folders = graph((file) => {
		const parts = relative(SRC, file).split(sep);
		return parts[0].startsWith('..') ? undefined : parts.length > 1 ? parts[0] : parts[0].replace(/\.ts$/, '');
	});
	assert.ok(folders.get('engine')?.has('core'), 'the graph is read (engine imports core)');
	assert.equal(cycle(folders)?.join(' -> '), undefined, `folder graph:\n${show(folders)}`);
});

test('no import cycle between rule areas (rules/shared included)', () => {
	const areas = graph((file) => {
		const parts = relative(join(SRC, 'rules'), file).split(sep);
		return parts[0].startsWith('..') || parts.length < 2 ? undefined : parts[0];
	});
	assert.equal(cycle(areas)?.join(' -> '), undefined, `area graph:\n${show(areas)}`);
	for (const [area, imported] of areas) {
		assert.deepEqual([...imported].filter((other) => other !== 'shared'), [], `rules/${area} imports only rules/shared of the other areas`);
	}
});
