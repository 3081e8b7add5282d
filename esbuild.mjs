// Bundles the VS Code client, the language server, the CLI and the CLI's check threads.
// `--watch` rebuilds on change; `--production` minifies. Type-checking is `npm run typecheck` (esbuild does not).
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

/**
 * Writes the bundles with every character past ASCII as a \uXXXX escape. V8 keeps each script's source in memory, one
 * byte per character only while every character fits in Latin-1, and esbuild escapes strings and identifiers but leaves
 * comments and regular expressions as written: a dozen such characters (’, 。, →) made the 3 MB server bundle a 6 MB
 * two-byte string in every thread that loads it, the main thread and each checker. In a comment or a regular
 * expression the escape reads the same as the character (a surrogate pair as two escapes included).
 */
const asciiOnly = {
	name: 'ascii-only',
	setup(build) {
		build.onEnd(async (result) => {
			for (const file of result.outputFiles ?? []) {
				await mkdir(dirname(file.path), { recursive: true });
				const contents = file.path.endsWith('.js') ? file.text.replace(/[^\x00-\x7f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`) : file.contents;
				await writeFile(file.path, contents);
			}
		});
	},
};

/**
 * Modules the Node bundles load from files of their own, beside them in dist/, when they first need them: code few runs
 * use, which V8 would otherwise parse at the start of each thread that loads a bundle. Each is imported by one module,
 * by the specifier given here, and is built into `dist/<name>.js` (see its comment).
 */
const separateModules = [
	{ name: 'swaggerSchemaExplainer', importer: 'server/src/core/swaggerSchema.ts', source: 'server/src/core/swaggerSchemaExplainer.ts' },
	{ name: 'mcpClient', importer: 'server/src/commands/mcpProbe.ts', source: 'server/src/commands/mcpClient.ts' },
];

const loadSeparately = {
	name: 'load-separately',
	setup(build) {
		build.onResolve({ filter: /^\.\/\w+$/ }, (args) => {
			const module = separateModules.find(({ name, importer }) => args.path === `./${name}` && args.importer === resolve(importer));
			return module ? { path: `./${module.name}.js`, external: true } : undefined;
		});
	},
};

const common = { bundle: true, write: false, plugins: [asciiOnly], platform: 'node', format: 'cjs', target: 'node18', sourcemap: !production, minify: production, logLevel: 'warning', legalComments: 'none',
	// jsonc-parser's `main` is a UMD build whose dynamic requires esbuild cannot follow; its ESM build bundles cleanly.
	mainFields: ['module', 'main'] };
const node = { ...common, plugins: [...common.plugins, loadSeparately] };
const builds = [
	{ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
	{ ...node, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
	// The CLI and its check threads: each a small launcher that compiles its bundle with V8's code cache
	// (host/codeCache.ts). A bundle compiled that way has no module loader for `import()`, so esbuild turns the one it
	// holds (mcpProbe.ts's, of dist/mcpClient.js, which Node loads as usual) into a `require`.
	{ ...common, entryPoints: ['server/src/cliLauncher.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
	{ ...node, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.main.js', supported: { 'dynamic-import': false } },
	{ ...common, entryPoints: ['server/src/checkThreadLauncher.ts'], outfile: 'dist/checkThread.js' },
	{ ...node, entryPoints: ['server/src/checkThread.ts'], outfile: 'dist/checkThread.main.js', supported: { 'dynamic-import': false } },
	...separateModules.map(({ name, source }) => ({ ...common, entryPoints: [source], outfile: `dist/${name}.js` })),
];

if (watch) {
	for (const options of builds) {
		const context = await esbuild.context(options);
		await context.watch();
	}
	console.log('watching…');
} else {
	await Promise.all(builds.map((options) => esbuild.build(options)));
}
