/**
 * Which rules run and at what severity. A rule runs when its profile list includes the chosen profile, or when the
 * user names it explicitly; `off` means it does not run at all (its work is skipped, not filtered).
 */
import { PROFILES, SEVERITIES, type Profile, type Rule, type RuleOptionSpec, type RuleOptionValue, type Severity, type SeveritySetting } from './types';

export interface EngineConfig {
	readonly profile: Profile;
	/** Rule id or glob (`*` any characters, `?` one) → severity or `off`. Later globs win; an exact id beats globs. */
	readonly rules?: Readonly<Record<string, SeveritySetting>>;
	/** Rule id → option name → value, for the options a rule declares. Unknown or ill-typed values are ignored. */
	readonly ruleOptions?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

export const DEFAULT_CONFIG: EngineConfig = { profile: 'certification' };

const globCache = new Map<string, RegExp>();

function globToRegExp(glob: string): RegExp {
	let regexp = globCache.get(glob);
	if (!regexp) {
		const source = glob.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
		regexp = new RegExp(`^${source}$`);
		globCache.set(glob, regexp);
	}
	return regexp;
}

export function isSeveritySetting(value: unknown): value is SeveritySetting {
	return value === 'off' || (SEVERITIES as readonly unknown[]).includes(value);
}

export function isProfile(value: unknown): value is Profile {
	return (PROFILES as readonly unknown[]).includes(value);
}

/**
 * The severity a rule runs at under a configuration, or undefined when it does not run.
 * An exact id setting applies (and enables a rule outside the profile); globs only re-grade or silence rules the
 * profile already runs, so `"*": "warning"` does not switch on every strict rule.
 */
export function effectiveSeverity(rule: Rule, config: EngineConfig): Severity | undefined {
	const settings = config.rules ?? {};
	const exact = settings[rule.id];
	if (exact !== undefined && isSeveritySetting(exact)) {
		return exact === 'off' ? undefined : exact;
	}
	if (!rule.profiles.includes(config.profile)) {
		return undefined;
	}
	let severity: SeveritySetting = rule.severity;
	for (const [pattern, setting] of Object.entries(settings)) {
		if ((pattern.includes('*') || pattern.includes('?')) && isSeveritySetting(setting) && globToRegExp(pattern).test(rule.id)) {
			severity = setting;
		}
	}
	return severity === 'off' ? undefined : severity;
}

function optionValueFits(spec: RuleOptionSpec, value: unknown): value is RuleOptionValue {
	if (value === null) {
		return true;
	}
	switch (spec.type) {
		case 'number':
			return typeof value === 'number' && Number.isFinite(value);
		case 'string':
			return typeof value === 'string';
		case 'boolean':
			return typeof value === 'boolean';
		case 'string[]':
			return Array.isArray(value) && value.every((item) => typeof item === 'string');
	}
}

/** A rule's option under a configuration: the configured value when it fits the declared type, else the default. */
export function ruleOption(rule: Rule, config: EngineConfig, name: string): RuleOptionValue {
	const spec = rule.options?.[name];
	if (!spec) {
		throw new Error(`Rule ${rule.id} has no option named ${name}`);
	}
	const configured = config.ruleOptions?.[rule.id]?.[name];
	return configured !== undefined && optionValueFits(spec, configured) ? configured : spec.default;
}
