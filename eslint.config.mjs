// Lint: promise handling and type-only imports everywhere, and the architecture's layers (CONTRIBUTING.md) as import
// restrictions per folder, so a wrong import fails `npm test` instead of waiting for a reviewer to notice.
import tseslint from 'typescript-eslint';

/** What a folder may not import: everything of ours outside `allowed`, given as regular expressions on the specifier. */
function layer(files, forbidden, message, extraPaths = []) {
	return {
		files,
		rules: {
			'no-restricted-imports': ['error', { patterns: [{ regex: forbidden, message }, ...extraPaths] }],
		},
	};
}

// The pure layers run anywhere (the CLI, the language server's threads, tests): no editor, protocol or I/O modules.
const noHostModules = { regex: '^(node:|vscode($|-languageserver|-languageclient))', message: 'The connector model, rules and builders are pure: no Node built-ins, VS Code or LSP modules (I/O belongs in host/ or commands/).' };
const noEditorModules = { regex: '^vscode($|-languageserver|-languageclient)', message: 'Only lsp/ and the client speak LSP or VS Code.' };

export default tseslint.config(
	{ ignores: ['dist/**', 'node_modules/**', 'scratch/**', 'test/fixtures/**', '.vscode-test/**', '**/*.mjs', '**/*.js'] },
	{
		files: ['**/*.ts'],
		languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
		plugins: { '@typescript-eslint': tseslint.plugin },
		linterOptions: { reportUnusedDisableDirectives: 'error' },
		rules: {
			// node:test's test/describe/it return promises the runner awaits itself.
			'@typescript-eslint/no-floating-promises': ['error', { allowForKnownSafeCalls: [{ from: 'package', package: 'node:test', name: ['test', 'it', 'describe', 'suite', 'before', 'after', 'beforeEach', 'afterEach'] }] }],
			'@typescript-eslint/no-misused-promises': 'error',
			'@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
		},
	},
	layer(['server/src/core/**/*.ts'], '^\\.\\./', 'core/ imports nothing of ours: it is the connector model every other layer builds on.', [noHostModules]),
	layer(['server/src/engine/**/*.ts'], '^\\.\\./(?!core/)', 'engine/ imports only core/; it receives the rules from the front ends (rules/index.ts is the registry).', [noHostModules]),
	layer(['server/src/rules/*/**/*.ts'], '^\\.\\./(?!shared/|\\.\\./(core|engine|schemas)/)', 'A rule imports core/, engine/, its own area\'s _helpers and rules/shared/, never another area or a front end.', [noHostModules]),
	layer(['server/src/rules/shared/**/*.ts'], '^\\.\\./(?!\\.\\./(core|engine|schemas)/)', 'rules/shared/ imports only core/ and engine/: an area\'s helper used elsewhere belongs here.', [noHostModules]),
	layer(['server/src/rules/index.ts'], '^\\.\\./(?!engine/)', 'The registry lists the rules; it imports only their files and engine/ types.', [noHostModules]),
	layer(['server/src/language/**/*.ts'], '^\\.\\./(?!core/|engine/|\\.\\./\\.\\./snippets/)', 'language/ (completion, hover, references, symbols) builds on core/ and engine/ only; lsp/ puts it on the wire.', [noHostModules]),
	layer(['server/src/package/**/*.ts'], '^\\.\\./(?!core/)', 'package/ builds and checks submissions from core/ alone; commands/ does the reading and writing.', [noHostModules]),
	layer(['server/src/host/**/*.ts'], '^\\.\\./(?!core/|engine/)', 'host/ reads connectors from disk into the engine\'s inputs.', [noEditorModules]),
	layer(['server/src/commands/**/*.ts'], '^\\.\\./(?!core/|engine/|rules/index|package/|host/)', 'commands/ (check, package, scaffold, new) are shared by the CLI and the language server: they import no front end.', [noEditorModules]),
	layer(['server/src/cli/**/*.ts'], '^\\.\\./(lsp|language|protocol)/', 'The CLI does not depend on the language server.', [noEditorModules]),
	layer(['server/src/cli.ts'], '^\\./(lsp|language|protocol)/', 'The CLI does not depend on the language server.', [noEditorModules]),
	layer(['server/src/checkThread.ts'], '^\\./(?!commands/checkWorkers$|cli/reportFormat$)', 'A CLI check thread runs the check (commands/checkWorkers) and writes the report\'s parts (cli/reportFormat), nothing else of the CLI: its bundle stays the engine\'s.', [noEditorModules]),
	layer(['server/src/cliLauncher.ts', 'server/src/checkThreadLauncher.ts'], '^\\./(?!host/|checkThread$)', 'A launcher sets V8 up and compiles its bundle (host/); the code it runs is in the bundle, not in the launcher.', [noEditorModules]),
	layer(['server/src/lsp/**/*.ts'], '^\\.\\./cli/', 'The language server does not depend on the CLI: shared services live in commands/.'),
	layer(['server/src/server.ts'], '^\\./cli', 'The language server does not depend on the CLI: shared services live in commands/.'),
	layer(['server/src/protocol/**/*.ts'], '^\\.\\./(?!core/)', 'protocol/ is what the client shares with the server: request types and the connector file names from core/.', [noHostModules]),
	layer(['client/src/**/*.ts'], '^\\.\\./\\.\\./server/src/(?!protocol/)', 'The client talks to the server over LSP; it imports only server/src/protocol/.'),
);
