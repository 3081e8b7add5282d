/**
 * What Microsoft accepted, measured on the dev corpus (../shared/corpus/dev): since 2020-08 every upstream pull request
 * that changes a swagger runs Microsoft's validator and fails on any error, so a swagger that last changed after that
 * passed the validator as it stood then; certified and independent-publisher connectors also passed review. A finding
 * at `error` on such a swagger is a false alarm unless it is a documented exception below.
 *
 * Used by `npm run corpus-report -- --precision` (the report), `-- --evidence` (docs/rules/evidence.json, from which
 * the rule pages' Evidence sections are generated) and `npm run test:corpus` (which holds the figures).
 */
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import type { SourceId } from '../server/src/engine/evidence';
import { check, type EngineConfig, type Finding, type Profile, type Rule } from '../server/src/engine/index';
import { RULES } from '../server/src/rules/index';
import { findConnectorFolders, loadConnector } from '../server/src/host/nodeConnector';

export const REPO_ROOT = path.join(__dirname, '..');
export const DEV_CORPUS = path.join(REPO_ROOT, '..', 'shared', 'corpus', 'dev');
export const EVIDENCE_PATH = path.join(REPO_ROOT, 'docs', 'rules', 'evidence.json');

/** Swaggers changed upstream on or after this date count as accepted (the pipeline has validated since 2020-08). */
export const ACCEPTED_SINCE = '2021-01-01';

/** The upstream folders whose connectors also passed certification review (the pipeline's certification rules). */
const CERTIFIED_FOLDERS: ReadonlySet<string> = new Set(['certified-connectors', 'independent-publisher-connectors']);

/** At most this share of accepted certified swaggers may have an error in the certification profile (issue 11). */
export const CERTIFICATION_ERROR_SHARE = 0.15;

/** An error on an accepted swagger that is right nonetheless, with the reason and its dated sources. */
export interface AcceptedException {
	readonly connector: string;
	readonly rule: string;
	readonly reason: string;
	readonly sources: readonly SourceId[];
}

export const EXCEPTIONS: readonly AcceptedException[] = [
	...['IN-D Invoice Data Capture', 'StabilityAI', 'SigningHub'].map((connector) => ({
		connector,
		rule: 'json-syntax',
		reason:
			'The file is not JSON (a missing comma or bracket): no JSON reader accepts it and the platform cannot import it. It was merged although the check failed.',
		sources: ['JSON'] as const,
	})),
	{
		connector: 'Yelp',
		rule: 'metadata-entries',
		reason:
			"Last changed in 2021-09, before Microsoft's rules page listed the Categories entry as required (ConnectorMetadataPropertiesMissing, 2022-09-14); the validator reports it as an error on current submissions (PR#4077, 2026).",
		sources: ['SVR', 'PR4077'],
	},
	{
		connector: 'De Lijn',
		rule: 'param-x-ms-summary-required',
		reason:
			"Its swagger is not named apiDefinition.swagger.json (De-Lijn-Zoek.swagger.json), so nothing shows that the certification check ran on it; the validator reported this message on other pull requests before and after its merge in 2022-11 (PR#1658, PR#4041).",
		sources: ['PR1658', 'PR4041'],
	},
	...['param-x-ms-summary-required', 'param-description-required'].map((rule) => ({
		connector: 'Survey123',
		rule,
		reason:
			'One optional parameter, made visible by removing its x-ms-visibility in the 2021-03 update that was accepted; the validator reported this message on other pull requests from 2020-11 (PR#550) to 2026 (PR#4160).',
		sources: ['PR550', 'PR4160'] as const,
	})),
	{
		connector: 'DocuSignDemo',
		rule: 'icon-brand-color-forbidden',
		reason:
			'Its iconBrandColor is #FFFFFF, which the pull-request template has listed as invalid since 2020; the apiProperties.json of this demonstration connector was accepted anyway.',
		sources: ['PRT'],
	},
];

export interface CorpusConnector {
	readonly name: string;
	/** When its swagger last changed upstream (SWAGGER-DATES.md). */
	readonly date: string;
	/** The upstream folder: certified-connectors, independent-publisher-connectors or custom-connectors. */
	readonly upstreamFolder: string;
	readonly accepted: boolean;
	readonly certified: boolean;
}

/** The dev corpus's connectors with their dates and upstream folders, from SWAGGER-DATES.md and MANIFEST.md. */
export function readCorpusIndex(corpus = DEV_CORPUS): Map<string, CorpusConnector> {
	const dates = new Map<string, string>();
	for (const line of readFileSync(path.join(corpus, 'SWAGGER-DATES.md'), 'utf8').split('\n')) {
		const match = /^\| `([^`]+)` \| `[^`]+` \| (\d{4}-\d\d-\d\d) \|/.exec(line);
		if (match) {
			dates.set(match[1], match[2]);
		}
	}
	const result = new Map<string, CorpusConnector>();
	for (const line of readFileSync(path.join(corpus, 'MANIFEST.md'), 'utf8').split('\n')) {
		const match = /^\| `([^`]+)` \| `([^/`]+)\//.exec(line);
		const date = match ? dates.get(match[1]) : undefined;
		if (match && date) {
			result.set(match[1], {
				name: match[1],
				date,
				upstreamFolder: match[2],
				accepted: date >= ACCEPTED_SINCE,
				certified: CERTIFIED_FOLDERS.has(match[2]),
			});
		}
	}
	return result;
}

export interface ProfileMeasure {
	readonly profile: Profile;
	/** The accepted swaggers the profile is held to: all of them for `validator`, certified ones otherwise. */
	readonly population: readonly string[];
	/** Connectors of the population with at least one error. */
	readonly withErrors: readonly string[];
	/** The same, without errors that are documented exceptions. */
	readonly withUnexplainedErrors: readonly string[];
	/** Rule id → the connectors of the population it flags at error. */
	readonly errorsByRule: Readonly<Record<string, readonly string[]>>;
}

export interface CorpusMeasure {
	readonly connectors: readonly CorpusConnector[];
	readonly profiles: readonly ProfileMeasure[];
	/**
	 * Rule id → the accepted connectors it flags at its default severity (every rule run, whatever its profiles): all
	 * accepted connectors for a rule of the validator profile, the certified ones for the others.
	 */
	readonly flagsByRule: Readonly<Record<string, readonly string[]>>;
}

/** Every rule at its default severity, whatever its profiles: how rules are measured against real connectors. */
export const EVERY_RULE: EngineConfig = { profile: 'strict', rules: Object.fromEntries(RULES.map((rule) => [rule.id, rule.severity])) };

/**
 * Whether a rule is judged on every accepted swagger (a rule of the validator profile, which the pipeline ran on all of
 * them) or only on the certified and independent-publisher ones (a certification rule).
 */
export function judgedOnAllAccepted(rule: Rule): boolean {
	return rule.profiles.includes('validator');
}

function isException(connector: string, rule: string): boolean {
	return EXCEPTIONS.some((exception) => exception.connector === connector && exception.rule === rule);
}

function ruleIdsOf(findings: readonly Finding[], severity?: Finding['severity']): Set<string> {
	return new Set(findings.filter((finding) => severity === undefined || finding.severity === severity).map((finding) => finding.ruleId));
}

/** Checks every accepted dev connector under each profile and with every rule; the connectors are read once. */
export async function measureCorpus(corpus = DEV_CORPUS): Promise<CorpusMeasure> {
	const index = readCorpusIndex(corpus);
	const profiles: Profile[] = ['validator', 'certification'];
	const errors = new Map<Profile, Map<string, Set<string>>>(profiles.map((profile) => [profile, new Map()]));
	const flagged = new Map<string, Set<string>>();
	const connectors: CorpusConnector[] = [];
	for (const folder of await findConnectorFolders(corpus)) {
		const info = index.get(path.relative(corpus, folder.folder));
		if (!info?.accepted) {
			continue;
		}
		connectors.push(info);
		const { input } = await loadConnector(folder);
		for (const profile of profiles) {
			errors.get(profile)!.set(info.name, ruleIdsOf(Object.values(check(RULES, input, { profile }).findings).flat(), 'error'));
		}
		flagged.set(info.name, ruleIdsOf(Object.values(check(RULES, input, EVERY_RULE).findings).flat()));
	}
	connectors.sort((a, b) => a.name.localeCompare(b.name));
	const measures = profiles.map((profile): ProfileMeasure => {
		const population = connectors.filter((connector) => profile === 'validator' || connector.certified).map((connector) => connector.name);
		const byConnector = errors.get(profile)!;
		const errorsByRule: Record<string, string[]> = {};
		for (const name of population) {
			for (const rule of byConnector.get(name)!) {
				(errorsByRule[rule] ??= []).push(name);
			}
		}
		return {
			profile,
			population,
			withErrors: population.filter((name) => byConnector.get(name)!.size > 0),
			withUnexplainedErrors: population.filter((name) => [...byConnector.get(name)!].some((rule) => !isException(name, rule))),
			errorsByRule,
		};
	});
	const flagsByRule: Record<string, string[]> = {};
	for (const rule of RULES) {
		flagsByRule[rule.id] = connectors
			.filter((connector) => (judgedOnAllAccepted(rule) || connector.certified) && flagged.get(connector.name)!.has(rule.id))
			.map((connector) => connector.name);
	}
	return { connectors, profiles: measures, flagsByRule };
}

/** docs/rules/evidence.json: what the rule pages' Evidence sections say about the corpus. */
export interface EvidenceFile {
	readonly corpus: string;
	readonly acceptedSince: string;
	readonly accepted: number;
	readonly acceptedCertified: number;
	readonly rules: Readonly<Record<string, RuleMeasure>>;
}

export interface RuleMeasure {
	readonly flags: readonly string[];
	readonly exceptions: readonly { readonly connector: string; readonly reason: string; readonly sources: readonly SourceId[] }[];
	/**
	 * Set by `npm run new-rule` for a rule the corpus has not been run against yet, so `npm test` passes without the
	 * corpus; the next `npm run corpus-report -- --evidence` replaces the entry with the measurement (and `npm run
	 * test:corpus` fails until then).
	 */
	readonly notMeasured?: true;
}

/** The entry `npm run new-rule` writes for a rule until the corpus measures it. */
export const NOT_MEASURED: RuleMeasure = { flags: [], exceptions: [], notMeasured: true };

export function evidenceFile(measure: CorpusMeasure): EvidenceFile {
	const rules: Record<string, EvidenceFile['rules'][string]> = {};
	for (const rule of RULES) {
		rules[rule.id] = {
			flags: measure.flagsByRule[rule.id],
			exceptions: EXCEPTIONS.filter((exception) => exception.rule === rule.id).map(({ connector, reason, sources }) => ({ connector, reason, sources })),
		};
	}
	return {
		corpus: 'shared/corpus/dev, upstream snapshot of 2024-10-23',
		acceptedSince: ACCEPTED_SINCE,
		accepted: measure.connectors.length,
		acceptedCertified: measure.connectors.filter((connector) => connector.certified).length,
		rules,
	};
}

export function renderEvidenceFile(file: EvidenceFile): string {
	return `${JSON.stringify(file, null, '\t')}\n`;
}

const percent = (part: number, whole: number) => (whole ? `${((100 * part) / whole).toFixed(1)} %` : '—');

/** The precision report: per profile, accepted swaggers with an error, and per rule how many it flags at error. */
export function renderPrecision(measure: CorpusMeasure): string {
	const lines = [
		`# Errors on swaggers Microsoft accepted (dev corpus, changed upstream since ${ACCEPTED_SINCE})`,
		'',
		`${measure.connectors.length} accepted swaggers, ${measure.connectors.filter((c) => c.certified).length} of them certified or independent-publisher.`,
	];
	for (const profile of measure.profiles) {
		lines.push(
			'',
			`## ${profile.profile}`,
			'',
			`- accepted swaggers checked: ${profile.population.length}${profile.profile === 'validator' ? '' : ' (certified and independent-publisher)'}`,
			`- with at least one error: ${profile.withErrors.length} (${percent(profile.withErrors.length, profile.population.length)})`,
			`- with an error that is not a documented exception: ${profile.withUnexplainedErrors.length} (${percent(profile.withUnexplainedErrors.length, profile.population.length)})`,
			'',
			'| Rule | Accepted swaggers it flags at error | Documented exceptions |',
			'|---|---:|---|',
			...Object.entries(profile.errorsByRule)
				.sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]))
				.map(([rule, names]) => `| ${rule} | ${names.length} | ${names.map((name) => `${name}${isException(name, rule) ? '' : ' (unexplained)'}`).join(', ')} |`),
		);
	}
	return `${lines.join('\n')}\n`;
}
