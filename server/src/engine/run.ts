/** Runs the registered rules over a connector's parsed files and places their findings. */
import { ApiPropertiesModel } from '../core/apiProperties';
import { FILE_KINDS, isIndependentPublisherPath, isJsonFileKind, type FileKind, type JsonFileKind } from '../core/connector';
import { pathToRange, toJsonPointer } from '../core/location';
import { SwaggerModel } from '../core/swagger';
import { memo } from '../core/memo';
import { effectiveSeverity, ruleOption, type EngineConfig } from './config';
import { ruleDocsUrl } from './docs';
import type { ParsedFile } from './parsedFile';
import type { ConnectorArtifacts, ConnectorContext, Finding, PreviousVersion, ReportDescriptor, Rule, RuleContext, RuleOptionValue, Severity } from './types';

export interface ConnectorInput {
	readonly swagger?: ParsedFile;
	readonly apiProperties?: ParsedFile;
	/** The connector folder (used for folder-level facts such as the independent-publisher tree). */
	readonly folderPath?: string;
	/** The base names in the connector folder, when known. */
	readonly folderEntries?: readonly string[];
	readonly artifacts?: ConnectorArtifacts;
	/** The previous version's definition files, to report what the update breaks (see RuleContext.previous). */
	readonly previous?: { readonly swagger?: ParsedFile; readonly apiProperties?: ParsedFile };
}

const START_OF_FILE = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

export interface CheckOptions {
	readonly config: EngineConfig;
	/** Polled between rules; when it returns true the check stops and reports `cancelled`. */
	readonly isCancelled?: () => boolean;
	/** Receives a rule's exception; the rule's findings so far are kept and the other rules still run. */
	readonly onRuleError?: (ruleId: string, error: unknown) => void;
}

export interface CheckResult {
	readonly findings: Readonly<Record<FileKind, Finding[]>>;
	readonly cancelled: boolean;
}

/** Most severe first: how findings are ordered at one place, and which a front end keeps when it must leave some out. */
export const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, information: 2, hint: 3 };

/** An empty list of findings for every file kind. */
export function noFindings(): Record<FileKind, Finding[]> {
	return Object.fromEntries(FILE_KINDS.map((kind) => [kind, []])) as unknown as Record<FileKind, Finding[]>;
}

export function checkConnector(rules: readonly Rule[], input: ConnectorInput, options: CheckOptions): CheckResult {
	const findings = noFindings();
	const artifacts = input.artifacts ?? {};
	const seen: SeenFindings = new Map();
	const usable = (file: ParsedFile | undefined) => (file && !file.doc.fatal ? file : undefined);
	const swaggerFile = usable(input.swagger);
	const apiPropertiesFile = usable(input.apiProperties);
	const connector: ConnectorContext = {
		folderPath: input.folderPath,
		independentPublisher: input.folderPath !== undefined && isIndependentPublisherPath(input.folderPath),
		folderEntries: input.folderEntries,
	};
	const files: Partial<Record<JsonFileKind, ParsedFile>> = {};
	if (input.swagger) {
		files.swagger = input.swagger;
	}
	if (input.apiProperties) {
		files.apiProperties = input.apiProperties;
	}
	const swagger = swaggerFile ? new SwaggerModel(swaggerFile.doc) : undefined;
	const apiProperties = apiPropertiesFile ? new ApiPropertiesModel(apiPropertiesFile.doc) : undefined;
	const previousSwagger = usable(input.previous?.swagger);
	const previousApiProperties = usable(input.previous?.apiProperties);
	const previous: PreviousVersion | undefined = input.previous
		? {
				swagger: previousSwagger ? new SwaggerModel(previousSwagger.doc) : undefined,
				apiProperties: previousApiProperties ? new ApiPropertiesModel(previousApiProperties.doc) : undefined,
			}
		: undefined;

	const inputs: CheckInputs = { swagger, apiProperties, files, artifacts, connector, previous };
	const severities = severitiesOf(rules, options.config);
	for (let index = 0; index < rules.length; index++) {
		const rule = rules[index];
		if (options.isCancelled?.()) {
			return { findings, cancelled: true };
		}
		const severity = severities[index];
		if (!severity) {
			continue;
		}
		const available = rule.files.some((kind) =>
			!isJsonFileKind(kind) ? artifacts[kind] : rule.runsOnBrokenJson ? files[kind] : kind === 'swagger' ? swaggerFile : apiPropertiesFile,
		);
		if (!available) {
			continue;
		}
		const context = new RuleRun(rule, severity, options.config, inputs, findings, seen);
		try {
			rule.check(context);
		} catch (error) {
			options.onRuleError?.(rule.id, error);
		}
	}
	for (const kind of Object.keys(findings) as FileKind[]) {
		findings[kind] = withoutDeferredDuplicates(findings[kind], rules);
	}
	for (const list of Object.values(findings)) {
		list.sort(byPlace);
	}
	return { findings, cancelled: false };
}

/** Findings in document order; at one place, the most severe first, then by rule id. */
function byPlace(a: Finding, b: Finding): number {
	return (
		a.range.start.line - b.range.start.line ||
		a.range.start.character - b.range.start.character ||
		SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
		byRuleId(a.ruleId, b.ruleId)
	);
}

/**
 * The messages reported so far at each place (rule, file, pointer, and range or target), one string for the usual
 * one: keyed with the message too, each key was a long string to hash, a tenth of the report's time.
 */
type SeenFindings = Map<string, string | readonly string[]>;

/** What every rule of one check shares. */
type CheckInputs = Pick<RuleRun, 'swagger' | 'apiProperties' | 'files' | 'artifacts' | 'connector' | 'previous'>;

/**
 * One rule's context in one check: a class, so `report` is a method compiled once rather than a closure made for each
 * rule of each check, which loses its optimized code at every full collection (see core/memo.ts).
 */
class RuleRun implements RuleContext {
	readonly swagger: SwaggerModel | undefined;
	readonly apiProperties: ApiPropertiesModel | undefined;
	readonly files: Partial<Record<JsonFileKind, ParsedFile>>;
	readonly artifacts: ConnectorArtifacts;
	readonly connector: ConnectorContext;
	readonly previous: PreviousVersion | undefined;
	/** One per rule, made with its first finding. */
	#docsUrl: string | undefined;

	constructor(
		private readonly rule: Rule,
		private readonly severity: Severity,
		private readonly config: EngineConfig,
		inputs: CheckInputs,
		private readonly findings: Record<FileKind, Finding[]>,
		private readonly seen: SeenFindings,
	) {
		this.swagger = inputs.swagger;
		this.apiProperties = inputs.apiProperties;
		this.files = inputs.files;
		this.artifacts = inputs.artifacts;
		this.connector = inputs.connector;
		this.previous = inputs.previous;
	}

	option<T extends RuleOptionValue>(name: string): T {
		return ruleOption(this.rule, this.config, name) as T;
	}

	report(descriptor: ReportDescriptor): void {
		const files = this.files;
		const file = isJsonFileKind(descriptor.file) ? files[descriptor.file] : undefined;
		if (!file && !(!isJsonFileKind(descriptor.file) && this.artifacts[descriptor.file])) {
			return;
		}
		const ruleId = this.rule.id;
		const target = descriptor.target ?? 'value';
		const jsonPointer = toJsonPointer(descriptor.path);
		// The same finding reached twice (a shared definition seen from several uses) is reported once.
		const where = descriptor.range ? `${descriptor.range.start.line}:${descriptor.range.start.character}` : target;
		const place = `${ruleId}\u0000${descriptor.file}\u0000${jsonPointer}\u0000${where}`;
		const messages = this.seen.get(place);
		if (messages === undefined) {
			this.seen.set(place, descriptor.message);
		} else if (messages === descriptor.message || (typeof messages !== 'string' && messages.includes(descriptor.message))) {
			return;
		} else {
			this.seen.set(place, typeof messages === 'string' ? [messages, descriptor.message] : [...messages, descriptor.message]);
		}
		this.findings[descriptor.file].push({
			ruleId,
			severity: this.severity,
			message: descriptor.message,
			file: descriptor.file,
			path: descriptor.path,
			jsonPointer,
			range: descriptor.range ?? (file ? pathToRange(file.doc, descriptor.path, target) : START_OF_FILE),
			docsUrl: (this.#docsUrl ??= ruleDocsUrl(ruleId)),
			data: descriptor.data,
			related: descriptor.related && placedRelated(descriptor.related, files),
		});
	}
}

/** The related places whose file is present, with their ranges. */
function placedRelated(related: NonNullable<ReportDescriptor['related']>, files: Partial<Record<JsonFileKind, ParsedFile>>): NonNullable<Finding['related']> {
	const placed: NonNullable<Finding['related']>[number][] = [];
	for (let index = 0; index < related.length; index++) {
		const place = related[index];
		const file = files[place.file];
		if (file) {
			placed.push({ file: place.file, range: pathToRange(file.doc, place.path, place.target ?? 'value'), jsonPointer: toJsonPointer(place.path), message: place.message });
		}
	}
	return placed;
}

/**
 * Rule ids in code-point order. They are lowercase letters, digits and hyphens (test/meta.test.ts), which
 * `localeCompare` puts in the same order; but its first call in a thread sets up ICU's collator, about 6 ms of the
 * first check of a CLI check thread or checker thread that has two findings at one place (HtmlToText's first check in
 * a fresh process: 30-42 ms to 24 ms).
 */
function byRuleId(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** The last rule list and config severities were worked out for, by the config's JSON (a thread gets a copy per connector). */
let lastSeverities: { rules: readonly Rule[]; config: string; severities: readonly (Severity | undefined)[] } | undefined;

/** Each rule's severity under `config` (undefined: off), worked out once for a run of connectors checked alike. */
function severitiesOf(rules: readonly Rule[], config: EngineConfig): readonly (Severity | undefined)[] {
	const key = JSON.stringify(config);
	if (lastSeverities?.rules !== rules || lastSeverities.config !== key) {
		lastSeverities = { rules, config: key, severities: rules.map((rule) => effectiveSeverity(rule, config)) };
	}
	return lastSeverities.severities;
}

/**
 * Drops the findings of rules that give way to others at the same place (see RuleMeta). Generic rules
 * (`defersToSpecificRules`) give way to any specific rule at the node or up to two levels above it, whatever the
 * specific finding's severity: the specific rule's severity is the one calibrated against what Microsoft accepts, so a
 * schema-level duplicate must not bring back an error the specific rule graded a warning. A rule with `defersTo`
 * gives way to the rules it names where they report the same node, or one up to two levels above or below it (one
 * cause, such as an operation with only a `default` response, reported once by the rule that names it best).
 */
function withoutDeferredDuplicates(list: Finding[], rules: readonly Rule[]): Finding[] {
	// Worked out once per rule list, not per connector and file.
	const { deferring, named, givenWayTo } = memo(rules, 'deferrals', () => ({
		deferring: new Set(rules.filter((rule) => rule.defersToSpecificRules).map((rule) => rule.id)),
		named: new Map(rules.filter((rule) => rule.defersTo?.length).map((rule) => [rule.id, new Set(rule.defersTo)])),
		givenWayTo: new Set(rules.flatMap((rule) => rule.defersTo ?? [])),
	}));
	if ((!deferring.size && !named.size) || !list.some((finding) => deferring.has(finding.ruleId) || named.has(finding.ruleId))) {
		return list;
	}
	// The pointers of specific findings and of the two levels above each; for each rule, the pointers it reports at and
	// the two levels above those, so "near" (the same node, or up to two levels apart) is a few set lookups.
	const covered = new Set<string>();
	const places: RulePlaces = { at: new Map(), below: new Map() };
	// Only what a finding can give way to is indexed: the places of the rules some rule names, and, when a generic
	// rule reported anything, the places of the specific ones (a megabyte connector has hundreds of other findings).
	const anyGeneric = list.some((finding) => deferring.has(finding.ruleId));
	for (const finding of list) {
		if (givenWayTo.has(finding.ruleId)) {
			addPlace(places.at, finding.ruleId, finding.jsonPointer);
			for (const above of ancestors(finding.jsonPointer)) {
				addPlace(places.below, finding.ruleId, above);
			}
		}
		if (!anyGeneric || deferring.has(finding.ruleId)) {
			continue;
		}
		let pointer = finding.jsonPointer;
		for (let level = 0; level <= 2 && pointer !== ''; level++) {
			covered.add(pointer);
			pointer = pointer.slice(0, pointer.lastIndexOf('/'));
		}
	}
	const kept: Finding[] = [];
	for (const finding of list) {
		if (deferring.has(finding.ruleId) && covered.has(finding.jsonPointer)) {
			continue;
		}
		const betters = named.get(finding.ruleId);
		if (!betters || !anyNear(places, betters, finding.jsonPointer)) {
			kept.push(finding);
		}
	}
	return kept;
}

/** For each rule, the pointers it reports at, and the pointers one and two levels above those. */
interface RulePlaces {
	readonly at: Map<string, Set<string>>;
	readonly below: Map<string, Set<string>>;
}

function addPlace(map: Map<string, Set<string>>, ruleId: string, pointer: string): void {
	let set = map.get(ruleId);
	if (!set) {
		set = new Set();
		map.set(ruleId, set);
	}
	set.add(pointer);
}

/** Whether one of `ruleIds` reported at `pointer` or up to two levels above or below it. */
function anyNear(places: RulePlaces, ruleIds: ReadonlySet<string>, pointer: string): boolean {
	for (const ruleId of ruleIds) {
		const at = places.at.get(ruleId);
		if (at?.has(pointer) || places.below.get(ruleId)?.has(pointer) || (at && ancestors(pointer).some((above) => at.has(above)))) {
			return true;
		}
	}
	return false;
}

/** The pointers one and two levels above `pointer` (the root, `''`, included). */
function ancestors(pointer: string): string[] {
	const result: string[] = [];
	for (let current = pointer; current !== '' && result.length < 2; ) {
		current = current.slice(0, current.lastIndexOf('/'));
		result.push(current);
	}
	return result;
}
