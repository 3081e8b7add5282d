/** Command-line parsing for `connector-certify`, with Node's own `util.parseArgs` (no dependency). */
import { parseArgs } from 'node:util';
import { isProfile, isSeveritySetting, type EngineConfig, type SeveritySetting } from '../engine/index';
import { RULES } from '../rules/index';
import { DEFAULT_MAX_TOOLS } from '../core/mcpReadiness';
import { DEFAULT_PROBE_TIMEOUT_SECONDS } from '../commands/mcpProbe';
import { NEW_AUTH_KINDS, NEW_KINDS, NEW_MCP_AUTH_KINDS, type NewAuth, type NewKind } from '../core/connector';

export const CHECK_FORMATS = ['text', 'json', 'sarif'] as const;
export const RULES_FORMATS = ['text', 'json', 'markdown'] as const;
export const PACKAGE_CHECK_FORMATS = ['text', 'json'] as const;
export const MCP_PROBE_FORMATS = ['text', 'json'] as const;

export type CheckFormat = (typeof CHECK_FORMATS)[number];
export type RulesFormat = (typeof RULES_FORMATS)[number];

export type Command =
	| { readonly kind: 'help' }
	| { readonly kind: 'version' }
	| { readonly kind: 'check'; readonly targets: readonly string[]; readonly format: CheckFormat; readonly config: EngineConfig; readonly quiet: boolean; readonly against?: string; readonly baseline?: string; readonly limits?: CheckLimitsGiven }
	| { readonly kind: 'diff'; readonly old: string; readonly new: string; readonly format: CheckFormat; readonly config: EngineConfig }
	| { readonly kind: 'rules'; readonly format: RulesFormat }
	| { readonly kind: 'fix'; readonly targets: readonly string[]; readonly config: EngineConfig; readonly dryRun: boolean }
	| { readonly kind: 'package'; readonly target: string; readonly output?: string; readonly config: EngineConfig }
	| { readonly kind: 'package-check'; readonly zip: string; readonly format: (typeof PACKAGE_CHECK_FORMATS)[number] }
	| { readonly kind: 'mcp-probe'; readonly target?: string; readonly url?: string; readonly headers: Readonly<Record<string, string>>; readonly timeoutSeconds: number; readonly maxTools: number; readonly format: (typeof MCP_PROBE_FORMATS)[number] }
	| { readonly kind: 'intro' | 'readme'; readonly target: string; readonly force: boolean }
	| { readonly kind: 'new'; readonly target: string; readonly auth: NewAuth; readonly connectorKind: NewKind };

/** `--max-memory` and `--time-limit` as given (each connector's limits in its check thread). */
export interface CheckLimitsGiven {
	readonly maxMemoryMb?: number;
	readonly timeLimitSeconds?: number;
}

/** A mistake in how the CLI was called: printed as one line, exit code 2. */
export class UsageError extends Error {}

export const HELP = `Usage:
  connector-certify check <folder|file>... [options]
  connector-certify diff <old> <new> [--format text|json|sarif] [--rule ...]
  connector-certify fix <folder|file>... [--dry-run] [--profile ...] [--rule ...] [--rule-option ...]
  connector-certify package <folder> [-o file.zip] [--profile ...] [--rule ...] [--rule-option ...]
  connector-certify package --check <submission.zip> [--format text|json]
  connector-certify intro <folder> [--force]
  connector-certify readme <folder> [--force]
  connector-certify new <folder> --auth oauth2|apikey|basic|none [--kind rest|mcp]
  connector-certify rules [--format text|json|markdown]
  connector-certify mcp-probe <folder> [--url URL] [--header K=V]... [--timeout S]
                              [--max-tools N] [--format text|json]
  connector-certify --help | --version

Checks Power Platform custom connectors (apiDefinition.swagger.json + apiProperties.json)
offline, with the same rules as the Connector Certify VS Code extension (mcp-probe alone
connects to a server, when run).

check
  A folder is searched recursively for connectors (a folder holding apiProperties.json
  and/or apiDefinition.swagger.json; dot folders and node_modules are skipped).
  A file (apiDefinition.swagger.json, *.swagger.json or apiProperties.json) is checked
  together with the other file of its connector, because rules read both, but only the
  findings in the named file are reported; name both files to report both.
  Nothing is ever written, and $ref is never followed outside the file or to the network.

Options for check:
  -f, --format <text|json|sarif>   Output format (default: text). text prints
                                   path:line:col severity rule-id message (1-based).
  -p, --profile <name>             validator | certification (default) | strict
  -r, --rule <id-or-glob>=<level>  Override a rule: error, warning, information, hint
                                   or off. Repeatable; later globs win, an exact id
                                   wins over globs. Example: --rule "op-*=warning"
      --rule-option <id>.<name>=<value>
                                   Set a rule option (a limit the sources disagree on),
                                   e.g. --rule-option op-summary-max-80.maxLength=100.
                                   Values are JSON (numbers, true/false, ["a","b"]) or text.
  -q, --quiet                      Report errors only.
      --against <git-ref>          Also report what the connector breaks against its version
                                   at the ref (HEAD, HEAD~1, a branch), read from git (no
                                   network, nothing written): the breaking-* rules, as in diff.
                                   Outside a git repository, or with a ref the repository lacks,
                                   a note on stderr says so and nothing is compared; a file the
                                   ref does not have (a new connector) is not compared.
      --baseline <git-ref>         Report only findings the connector's version at the ref did
                                   not already have (same rule, message and place, array
                                   indexes aside), for an old connector whose history is not
                                   clean yet. SARIF marks results baselineState new, and lists
                                   the old ones as unchanged. Read from git as for --against.
      --max-memory <MB>            The heap one connector's check may use (default 2048).
      --time-limit <seconds>       How long one connector's check may take (default 120).
                                   A connector past either limit gets one check-failed error
                                   and the run goes on (exit 1). Several connectors are always
                                   checked on threads with these limits; a single one only
                                   when a limit is given.

diff
  Reports what the new version of a connector breaks for flows and connections built on
  the old one: deleted operations, parameters and output fields, changed paths, types,
  locations and enums, new required inputs, lost success responses, changed triggers,
  connection parameters and authentication (the breaking-* rules; see
  docs/breaking-changes.md). Each side is a connector folder or one swagger file (any
  name; apiProperties.json is read as such). Findings point into the new files, a deleted
  thing at its nearest surviving parent, with Microsoft's ValuePath in the JSON output.
  Exit 1 when a breaking change is found, 0 when none, 2 when a side cannot be read or is
  not valid JSON.

fix
  Applies every available quick fix (the editor's "fix all") to the connectors named, the
  same way check finds them, writing each changed file in place (atomically: a failure
  leaves the old file). Then says how many errors remain for the author to decide.
  --dry-run reports what would be fixed and writes nothing. Profile, --rule and
  --rule-option work as for check (a rule that is off is not fixed).

package
  Checks the connector, and only when no error remains writes the certification zip:
  exactly apiDefinition.swagger.json, apiProperties.json and icon.png at its root, under
  those names whatever their case on disk. The same files give the same bytes. Written
  atomically to -o/--output, or beside the folder as <folder>-certification.zip.
  With errors it prints them, writes nothing and exits 1.

package --check
  Checks a submission zip without extracting it: the classic three-file zip, or the
  Partner Center package (intro.md + package zip, PkgAssets, solution zips with their
  Connector/ and Workflows/ folders). Reports every problem with Microsoft's wording and
  policy code; exit 1 when there is any. Entry names with .. or absolute paths are
  reported, never followed, and sizes, entry counts and compression ratios are limited.

intro
  Writes intro.md beside the connector in Microsoft's template: a description paragraph and
  the six sections, with credential steps for its authentication. Never overwrites an
  existing intro.md unless --force is given.

readme
  Writes readme.md beside the connector in the open-source repository's template, with
  one ### section per operation from the swagger's summaries. Never overwrites an
  existing readme.md unless --force is given.

new
  Creates a connector folder (it must not exist or be empty) with a swagger, apiProperties
  and readme.md that pass every rule of the certification profile, one example operation,
  and the authentication named by --auth. Only the icon is left to add.
  --kind mcp writes an MCP server connector for Copilot Studio agents instead: one POST
  at /mcp with x-ms-agentic-protocol mcp-streamable-1.0 and its internal GET companion
  (--auth oauth2, apikey or none; see docs/mcp-connectors.md).

mcp-probe
  The only command that uses the network, and only when run: connects to the MCP server
  of an MCP server connector over Streamable HTTP, as Copilot Studio does, calls
  initialize and tools/list, and reports the tools an agent would not get as they are:
  dropped ($ref in a schema, past the tool cap), failing (an integer exclusiveMinimum,
  no inputSchema), mangled (an array "type", an enum of non-strings) or weak (no or a
  very short description); and that prompts are not offered. The URL is the one the
  swagger names for its x-ms-agentic-protocol operation (host, basePath, path).
      --url <url>          Probe this URL instead (the folder is then not read and
                           may be left out): a local or staging server.
      --header <name>=<value>
                           Send a header with every request (credentials, a key).
                           Repeatable.
      --timeout <seconds>  Limit for the whole probe (default: 15).
      --max-tools <n>      The tool cap (default: 128, the function limit of the
                           models the orchestrator runs on).
  -f, --format <text|json> Output format (default: text).
  Exit 0 when every tool is usable as is, 1 when one is not, 2 when the server could
  not be probed (no URL, refused, DNS, TLS, HTTP error, timeout, an SSE-only server).

Options for rules:
  -f, --format <text|json|markdown>  Output format (default: text).

Exit codes:
  0  no errors found (warnings and other findings may be present)
  1  errors were found
  2  usage error, or input that could not be read (missing path, no connector
     found, unreadable file); a one-line message on stderr says what and where

The JSON output (--format json) is a versioned contract: see README.md.`;

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], fallback: T, option: string): T {
	if (value === undefined) {
		return fallback;
	}
	if (!(allowed as readonly string[]).includes(value)) {
		throw new UsageError(`${option} must be one of ${allowed.join(', ')} (got "${value}").`);
	}
	return value as T;
}

function parseRuleOverrides(values: readonly string[]): Record<string, SeveritySetting> {
	const rules: Record<string, SeveritySetting> = {};
	for (const value of values) {
		const equals = value.lastIndexOf('=');
		const pattern = equals > 0 ? value.slice(0, equals).trim() : '';
		const setting = equals > 0 ? value.slice(equals + 1).trim() : '';
		if (!pattern || !setting) {
			throw new UsageError(`--rule expects <id-or-glob>=<severity|off> (got "${value}").`);
		}
		if (!isSeveritySetting(setting)) {
			throw new UsageError(`--rule ${pattern}: "${setting}" is not one of error, warning, information, hint, off.`);
		}
		if (!/[*?]/.test(pattern) && !RULES.some((rule) => rule.id === pattern)) {
			throw new UsageError(`--rule ${pattern}: no rule has this id (connector-certify rules lists them).`);
		}
		// Re-inserting moves the key last, so the order of the command line is the order of precedence.
		delete rules[pattern];
		rules[pattern] = setting;
	}
	return rules;
}

function parseRuleOptions(values: readonly string[]): Record<string, Record<string, unknown>> {
	const options: Record<string, Record<string, unknown>> = {};
	for (const value of values) {
		const match = /^([a-z0-9-]+)\.([A-Za-z][\w]*)=(.*)$/s.exec(value.trim());
		if (!match) {
			throw new UsageError(`--rule-option expects <rule-id>.<option>=<value> (got "${value}").`);
		}
		const [, id, name, text] = match;
		const rule = RULES.find((candidate) => candidate.id === id);
		if (!rule) {
			throw new UsageError(`--rule-option ${id}: no rule has this id (connector-certify rules lists them).`);
		}
		const spec = rule.options?.[name];
		if (!spec) {
			const known = Object.keys(rule.options ?? {});
			throw new UsageError(`--rule-option ${id}.${name}: the rule has ${known.length ? `the options ${known.join(', ')}` : 'no options'}.`);
		}
		let parsed: unknown = text;
		if (spec.type !== 'string') {
			try {
				parsed = JSON.parse(text);
			} catch {
				throw new UsageError(`--rule-option ${id}.${name}: "${text}" is not a ${spec.type} value.`);
			}
		}
		const fits =
			parsed === null ||
			(spec.type === 'number' && typeof parsed === 'number') ||
			(spec.type === 'boolean' && typeof parsed === 'boolean') ||
			(spec.type === 'string' && typeof parsed === 'string') ||
			(spec.type === 'string[]' && Array.isArray(parsed) && parsed.every((item) => typeof item === 'string'));
		if (!fits) {
			throw new UsageError(`--rule-option ${id}.${name}: "${text}" is not a ${spec.type} value.`);
		}
		options[id] = { ...options[id], [name]: parsed };
	}
	return options;
}

/** A positive number of an option (`--timeout 1.5`, `--max-tools 64`), within bounds. */
function positiveNumber(text: string | undefined, option: string, fallback: number, max: number, integer: boolean): number {
	if (text === undefined) {
		return fallback;
	}
	const value = Number(text.trim());
	if (text.trim() === '' || !Number.isFinite(value) || value <= 0 || value > max || (integer && !Number.isInteger(value))) {
		throw new UsageError(`${option} expects ${integer ? 'a whole number' : 'a number of seconds'} from ${integer ? 1 : 'above 0'} to ${max} (got "${text}").`);
	}
	return value;
}

/** `mcp-probe <folder> [--url URL] [--header K=V]... [--timeout S] [--max-tools N] [--format text|json]`. */
function parseMcpProbe(rest: readonly string[], values: { format?: string; profile?: string; rule?: string[]; 'rule-option'?: string[]; quiet?: boolean; 'dry-run'?: boolean; output?: string; url?: string; header?: string[]; timeout?: string; 'max-tools'?: string }): Command {
	if (values.profile !== undefined || values.rule !== undefined || values['rule-option'] !== undefined || values.quiet || values['dry-run'] || values.output !== undefined) {
		throw new UsageError('mcp-probe takes only --url, --header, --timeout, --max-tools and --format.');
	}
	if (rest.length > 1 || (rest.length === 0 && values.url === undefined)) {
		throw new UsageError(rest.length > 1 ? 'mcp-probe takes one connector folder.' : 'mcp-probe needs a connector folder (or --url).');
	}
	if (values.url !== undefined && !/^https?:\/\/[^\s/]/i.test(values.url.trim())) {
		throw new UsageError(`--url expects an http:// or https:// URL (got "${values.url}").`);
	}
	const headers: Record<string, string> = {};
	for (const header of values.header ?? []) {
		const equals = header.indexOf('=');
		const name = equals > 0 ? header.slice(0, equals).trim() : '';
		// An HTTP header name is a token; a value holds no line break (it would start another header).
		if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name) || /[\r\n\0]/.test(header.slice(equals + 1))) {
			throw new UsageError(`--header expects <name>=<value> (got "${header}").`);
		}
		headers[name] = header.slice(equals + 1).trim();
	}
	return {
		kind: 'mcp-probe',
		...(rest.length ? { target: rest[0] } : {}),
		...(values.url !== undefined ? { url: values.url.trim() } : {}),
		headers,
		timeoutSeconds: positiveNumber(values.timeout, '--timeout', DEFAULT_PROBE_TIMEOUT_SECONDS, 600, false),
		maxTools: positiveNumber(values['max-tools'], '--max-tools', DEFAULT_MAX_TOOLS, 100_000, true),
		format: oneOf(values.format, MCP_PROBE_FORMATS, 'text', '--format'),
	};
}

/** Turns argv (without node and the script) into a command; throws `UsageError` for anything it cannot accept. */
export function parseCommandLine(argv: readonly string[]): Command {
	let parsed;
	try {
		parsed = parseArgs({
			args: [...argv],
			allowPositionals: true,
			strict: true,
			options: {
				help: { type: 'boolean', short: 'h' },
				version: { type: 'boolean', short: 'v' },
				format: { type: 'string', short: 'f' },
				profile: { type: 'string', short: 'p' },
				rule: { type: 'string', short: 'r', multiple: true },
				'rule-option': { type: 'string', multiple: true },
				quiet: { type: 'boolean', short: 'q' },
				'dry-run': { type: 'boolean' },
				output: { type: 'string', short: 'o' },
				force: { type: 'boolean' },
				check: { type: 'boolean' },
				auth: { type: 'string' },
				kind: { type: 'string' },
				against: { type: 'string' },
				baseline: { type: 'string' },
				'max-memory': { type: 'string' },
				'time-limit': { type: 'string' },
				url: { type: 'string' },
				header: { type: 'string', multiple: true },
				timeout: { type: 'string' },
				'max-tools': { type: 'string' },
			},
		});
	} catch (error) {
		// parseArgs messages are one line already; drop its "Unknown option" advice about '--' for readability.
		throw new UsageError(String((error as Error).message).split('\n')[0].replace(/\. To specify a positional argument.*$/, '.'));
	}
	const { values, positionals } = parsed;
	if (values.help) {
		return { kind: 'help' };
	}
	if (values.version) {
		return { kind: 'version' };
	}
	const [command, ...rest] = positionals;
	if (command === undefined) {
		throw new UsageError('a command is required: check, diff, fix, package, intro, readme, new, rules or mcp-probe (see --help).');
	}
	if (command === 'help') {
		return { kind: 'help' };
	}
	if (command === 'rules') {
		if (rest.length) {
			throw new UsageError(`rules takes no arguments (got "${rest[0]}").`);
		}
		if (values.profile !== undefined || values.rule !== undefined || values['rule-option'] !== undefined || values.quiet) {
			throw new UsageError('--profile, --rule, --rule-option and --quiet apply to check, not rules.');
		}
		return { kind: 'rules', format: oneOf(values.format, RULES_FORMATS, 'text', '--format') };
	}
	// Options that belong to one command only, so a misplaced one is named rather than ignored.
	const only = (option: string, given: boolean, commands: readonly string[]) => {
		if (given && !commands.includes(command)) {
			throw new UsageError(`${option} applies to ${commands.join(' and ')}.`);
		}
	};
	only('--force', values.force ?? false, ['intro', 'readme']);
	only('--auth', values.auth !== undefined, ['new']);
	only('--kind', values.kind !== undefined, ['new']);
	only('--check', values.check ?? false, ['package']);
	only('--max-memory', values['max-memory'] !== undefined, ['check']);
	only('--time-limit', values['time-limit'] !== undefined, ['check']);
	only('--against', values.against !== undefined, ['check']);
	only('--baseline', values.baseline !== undefined, ['check']);
	for (const option of ['url', 'header', 'timeout', 'max-tools'] as const) {
		only(`--${option}`, values[option] !== undefined, ['mcp-probe']);
	}
	if (command === 'mcp-probe') {
		return parseMcpProbe(rest, values);
	}
	if (command === 'intro' || command === 'readme' || command === 'new') {
		if (rest.length !== 1) {
			throw new UsageError(`${command} takes exactly one connector folder.`);
		}
		if (values.format !== undefined || values.profile !== undefined || values.rule !== undefined || values['rule-option'] !== undefined || values.quiet || values['dry-run'] || values.output !== undefined) {
			throw new UsageError(command === 'new' ? 'new takes only --auth and --kind.' : `${command} takes only --force.`);
		}
		if (command === 'new') {
			if (values.auth === undefined) {
				throw new UsageError(`new needs --auth ${NEW_AUTH_KINDS.join('|')}.`);
			}
			const connectorKind = oneOf(values.kind, NEW_KINDS, 'rest', '--kind');
			return { kind: 'new', target: rest[0], auth: oneOf(values.auth, connectorKind === 'mcp' ? NEW_MCP_AUTH_KINDS : NEW_AUTH_KINDS, 'none', '--auth'), connectorKind };
		}
		return { kind: command, target: rest[0], force: values.force ?? false };
	}
	if (command === 'package' && values.check) {
		if (rest.length !== 1) {
			throw new UsageError('package --check takes exactly one zip file.');
		}
		if (values.profile !== undefined || values.rule !== undefined || values['rule-option'] !== undefined || values.quiet || values['dry-run'] || values.output !== undefined) {
			throw new UsageError('package --check takes only --format.');
		}
		return { kind: 'package-check', zip: rest[0], format: oneOf(values.format, PACKAGE_CHECK_FORMATS, 'text', '--format') };
	}
	if (command === 'diff') {
		if (rest.length !== 2) {
			throw new UsageError('diff takes two versions: diff <old> <new> (each a connector folder or a swagger file).');
		}
		if (values.profile !== undefined || values['rule-option'] !== undefined || values.quiet || values['dry-run'] || values.output !== undefined) {
			throw new UsageError('diff takes only --format and --rule.');
		}
		const rules = parseRuleOverrides(values.rule ?? []);
		return { kind: 'diff', old: rest[0], new: rest[1], format: oneOf(values.format, CHECK_FORMATS, 'text', '--format'), config: { profile: 'strict', ...(Object.keys(rules).length ? { rules } : {}) } };
	}
	if (command !== 'check' && command !== 'fix' && command !== 'package') {
		throw new UsageError(`unknown command "${command}": use check, diff, fix, package, intro, readme, new, rules or mcp-probe (see --help).`);
	}
	if (command !== 'package' && values.output !== undefined) {
		throw new UsageError('--output applies to package.');
	}
	if (command === 'package' && (rest.length !== 1 || values.format !== undefined || values.quiet || values['dry-run'])) {
		throw new UsageError(rest.length !== 1 ? 'package takes exactly one connector folder.' : '--format, --quiet and --dry-run do not apply to package.');
	}
	if (!rest.length) {
		throw new UsageError(`${command} needs at least one connector folder or file.`);
	}
	if (command === 'check' && values['dry-run']) {
		throw new UsageError('--dry-run applies to fix, not check.');
	}
	if (command === 'fix' && (values.format !== undefined || values.quiet)) {
		throw new UsageError('--format and --quiet apply to check, not fix.');
	}
	const profile = values.profile ?? 'certification';
	if (!isProfile(profile)) {
		throw new UsageError(`--profile must be one of validator, certification, strict (got "${profile}").`);
	}
	const rules = parseRuleOverrides(values.rule ?? []);
	const ruleOptions = parseRuleOptions(values['rule-option'] ?? []);
	const config: EngineConfig = { profile, ...(Object.keys(rules).length ? { rules } : {}), ...(Object.keys(ruleOptions).length ? { ruleOptions } : {}) };
	if (command === 'fix') {
		return { kind: 'fix', targets: rest, config, dryRun: values['dry-run'] ?? false };
	}
	if (command === 'package') {
		return { kind: 'package', target: rest[0], output: values.output, config };
	}
	return {
		kind: 'check',
		targets: rest,
		format: oneOf(values.format, CHECK_FORMATS, 'text', '--format'),
		config,
		quiet: values.quiet ?? false,
		...(values.against !== undefined ? { against: values.against } : {}),
		...(values.baseline !== undefined ? { baseline: values.baseline } : {}),
		...(values['max-memory'] !== undefined || values['time-limit'] !== undefined
			? {
					limits: {
						...(values['max-memory'] !== undefined ? { maxMemoryMb: wholeNumber('--max-memory', values['max-memory'], 64, 65536) } : {}),
						...(values['time-limit'] !== undefined ? { timeLimitSeconds: wholeNumber('--time-limit', values['time-limit'], 1, 86400) } : {}),
					},
				}
			: {}),
	};
}

function wholeNumber(option: string, text: string, min: number, max: number): number {
	const value = Number(text);
	if (!/^\d+$/.test(text) || value < min || value > max) {
		throw new UsageError(`${option} must be a whole number from ${min} to ${max} (got "${text}").`);
	}
	return value;
}
