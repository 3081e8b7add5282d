/** The rule contract: metadata every rule declares, and what a rule sees when it runs. */
import type { ApiPropertiesModel } from '../core/apiProperties';
import type { FileKind, JsonFileKind } from '../core/connector';
import type { BinaryArtifact, TextArtifact } from './artifacts';
import type { JsonPath } from '../core/json';
import type { Range } from '../core/lines';
import type { PathTarget } from '../core/location';
import type { ParsedFile } from './parsedFile';
import type { JsonDocument } from '../core/json';
import type { TextEdit } from './edits';
import type { RuleEvidence } from './evidence';
import type { SwaggerModel } from '../core/swagger';

export type Severity = 'error' | 'warning' | 'information' | 'hint';
export type SeveritySetting = Severity | 'off';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

/**
 * Profiles nest: `validator` (what Microsoft's Swagger Validator rejects) ⊂ `certification` (default: plus the
 * certification checklist) ⊂ `strict` (plus style guidance).
 */
export type Profile = 'validator' | 'certification' | 'strict';
export const PROFILES: readonly Profile[] = ['validator', 'certification', 'strict'];

/** Profile lists for rules: a rule in a profile is in every wider one. */
export const FROM_VALIDATOR: readonly Profile[] = ['validator', 'certification', 'strict'];
export const FROM_CERTIFICATION: readonly Profile[] = ['certification', 'strict'];
export const STRICT_ONLY: readonly Profile[] = ['strict'];

export interface RuleMeta {
	/** Kebab-case id: the file name, the doc page name and the diagnostic code. */
	readonly id: string;
	/** Microsoft's code for the check where one exists (PascalCase, typos kept), e.g. `RequiredPropertyMissing`. */
	readonly msCode?: string;
	readonly severity: Severity;
	readonly profiles: readonly Profile[];
	/** What the severity rests on: Microsoft's sources and the reason (see engine/evidence). */
	readonly evidence: RuleEvidence;
	/** One line, sentence case, ending with a period; the doc page's description repeats it. */
	readonly description: string;
	/** Whether a quick fix exists for its findings. */
	readonly fixable: boolean;
	/** The files the rule reads; it runs when at least one of them is present. */
	readonly files: readonly FileKind[];
	/**
	 * Compares the connector with its previous version (`RuleContext.previous`): runs only when a check is given one,
	 * and is all that `connector-certify diff` runs.
	 */
	readonly comparesVersions?: boolean;
	/** JSON-level rules also run on files with fatal syntax errors; model rules do not. */
	readonly runsOnBrokenJson?: boolean;
	/**
	 * Generic rules (the JSON schema validations) set this: where a specific rule reports the same node, or a node at
	 * most two levels below it, at any severity, this rule's finding there is dropped, so one problem is reported once,
	 * in Microsoft's specific words and at the severity the specific rule's evidence supports.
	 */
	readonly defersToSpecificRules?: boolean;
	/**
	 * Rules that say the same thing better: where one of them reports the same JSON location, or one up to two levels
	 * above or below it, this rule's finding there is dropped, so an author reads one finding per problem.
	 */
	readonly defersTo?: readonly string[];
	/**
	 * Rules that may report the same location for a different problem, each with what differs. The meta-test fails
	 * when two rules report one place and neither defers to the other nor names it here: a new rule that repeats an
	 * existing one is caught before users see every finding twice.
	 */
	readonly reportsBeside?: Readonly<Record<string, string>>;
	/**
	 * Settings for contested or unpublished limits (rules.md §12), e.g. a summary length. Users set them under
	 * `connectorCertify.ruleOptions` / `--rule-option <id>.<name>=<value>`; a `null` default means "off until set".
	 */
	readonly options?: Readonly<Record<string, RuleOptionSpec>>;
}

export type RuleOptionValue = number | string | boolean | readonly string[] | null;

export interface RuleOptionSpec {
	readonly type: 'number' | 'string' | 'boolean' | 'string[]';
	readonly default: RuleOptionValue;
	/** One sentence for the settings UI and the rules index. */
	readonly description: string;
}

export interface RelatedDescriptor {
	readonly file: JsonFileKind;
	readonly path: JsonPath;
	readonly target?: PathTarget;
	readonly message: string;
}

export interface ReportDescriptor {
	readonly file: FileKind;
	readonly path: JsonPath;
	/** Defaults to `value`. See `PathTarget`. */
	readonly target?: PathTarget;
	readonly message: string;
	/** What a quick fix needs (never parsed back out of the message). */
	readonly data?: Readonly<Record<string, unknown>>;
	/**
	 * An explicit range, for findings that are not about a JSON node (syntax errors, text artifacts). Findings on
	 * the icon, or on an artifact without a range, are placed at the start of the file.
	 */
	readonly range?: Range;
	readonly related?: readonly RelatedDescriptor[];
}

export interface ConnectorContext {
	/** The connector folder's path, when known. */
	readonly folderPath?: string;
	/** The folder lies under `independent-publisher-connectors`. */
	readonly independentPublisher: boolean;
	/** The base names in the connector folder, when read from disk (undefined for in-memory checks). */
	readonly folderEntries?: readonly string[];
}

export interface ConnectorArtifacts {
	readonly icon?: BinaryArtifact;
	readonly script?: TextArtifact;
	readonly readme?: TextArtifact;
	readonly intro?: TextArtifact;
}

export interface PreviousVersion {
	readonly swagger: SwaggerModel | undefined;
	readonly apiProperties: ApiPropertiesModel | undefined;
}

export interface RuleContext {
	/** The swagger model, when the definition is present and parses. */
	readonly swagger: SwaggerModel | undefined;
	/** The apiProperties model, when the file is present and parses. */
	readonly apiProperties: ApiPropertiesModel | undefined;
	/** The parsed files as they are, broken or not (for JSON-level rules). */
	readonly files: Readonly<Partial<Record<JsonFileKind, ParsedFile>>>;
	/** The icon, script.csx, readme.md and intro.md, when present. */
	readonly artifacts: ConnectorArtifacts;
	readonly connector: ConnectorContext;
	/**
	 * The connector's previous version (the last commit, or the other side of `diff`), when the check compares with
	 * one: the breaking-change rules (rules/changes/) run only then. A file that is absent or does not parse is undefined.
	 */
	readonly previous?: PreviousVersion;
	/** The value of one of the rule's declared options: the user's setting when valid, else the default. */
	option<T extends RuleOptionValue>(name: string): T;
	report(descriptor: ReportDescriptor): void;
}

export interface FixContext {
	/** The finding to fix, as the rule reported it (its `data` says what the fix needs). */
	readonly finding: Pick<Finding, 'ruleId' | 'path' | 'jsonPointer' | 'data' | 'file'>;
	/** The parsed file the finding is in, as it is now. */
	readonly doc: JsonDocument;
	readonly swagger: SwaggerModel | undefined;
	readonly apiProperties: ApiPropertiesModel | undefined;
}

export interface FixProposal {
	/** The code action's title, e.g. "Add a summary". */
	readonly title: string;
	/** Edits to the finding's file, computed with `engine/edits` so the file's style is kept. */
	readonly edits: readonly TextEdit[];
	/**
	 * Generated wording the author should review: after the edits, the editor selects its first occurrence inside
	 * the edited text, so typing replaces it at once.
	 */
	readonly placeholder?: string;
	/**
	 * The fix inserts content only the author can supply (a response schema stub, contact details, a brand colour):
	 * offered as a quick fix, where the author fills it in at once, but never applied by fix-all or `fix`, which would
	 * write placeholders nobody reviews.
	 */
	readonly requiresAuthor?: boolean;
}

export interface Rule extends RuleMeta {
	check(context: RuleContext): void;
	/** The quick fix for one finding, when `fixable`; undefined when this finding cannot be fixed mechanically. */
	fix?(context: FixContext): FixProposal | undefined;
}

export interface RelatedFinding {
	readonly file: JsonFileKind;
	readonly range: Range;
	readonly jsonPointer: string;
	readonly message: string;
}

/** A rule's finding, placed: the engine's output, free of LSP types. */
export interface Finding {
	readonly ruleId: string;
	readonly severity: Severity;
	readonly message: string;
	readonly file: FileKind;
	readonly path: JsonPath;
	readonly jsonPointer: string;
	readonly range: Range;
	readonly docsUrl: string;
	readonly data?: Readonly<Record<string, unknown>>;
	readonly related?: readonly RelatedFinding[];
}

export function defineRule(rule: Rule): Rule {
	return rule;
}
