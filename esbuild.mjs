// Bundles the three processes: the VS Code client, the language server and the CLI.
// `--watch` rebuilds on change; `--production` minifies. Type-checking is `npm run typecheck` (esbuild does not).
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node18', sourcemap: !production, minify: production, logLevel: 'warning', legalComments: 'none',
	// jsonc-parser's `main` is a UMD build whose dynamic requires esbuild cannot follow; its ESM build bundles cleanly.
	mainFields: ['module', 'main'] };
const builds = [
	{ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] },
	{ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
	{ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } },
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
