/**
 * The `connectorCertify.*` settings as the server reads them. The manifest (`package.json` `contributes.configuration`)
 * declares them; the server pulls them per connector folder with `workspace/configuration` and turns them into an
 * engine configuration here. Invalid values are ignored (with a log line), never fatal. `ClientSettings` is where the
 * server keeps them: pulled settings cached per scope until the next change, or the ones the client pushed.
 */
import { DEFAULT_CONFIG, isProfile, isSeveritySetting, type EngineConfig, type SeveritySetting } from '../engine/index';
import type { Logger } from './checker';
import { maxItemsOf } from './limits';

/** The configuration section the settings live under. */
export const SETTINGS_SECTION = 'connectorCertify';

/** The settings as declared in the manifest. */
export interface ConnectorCertifySettings {
	/** `validator`, `certification` (default) or `strict`. */
	readonly profile?: string;
	/** Rule id or glob → `error|warning|information|hint|off`, e.g. `{ "op-*": "warning" }`. */
	readonly rules?: Record<string, string>;
	/** Rule id → option name → value, e.g. `{ "op-summary-max-80": { "maxLength": 100 } }`. */
	readonly ruleOptions?: Record<string, Record<string, unknown>>;
	/** The git ref whose version the breaking-change rules compare open connectors with (`HEAD`), or `off`. */
	readonly compareWith?: string;
	/** The git ref whose findings are not shown again (only new ones are), or empty/`off`. */
	readonly baseline?: string;
}

/** The ref whose findings open connectors leave out, from raw settings: undefined unless set (and not `off`). */
export function baselineOf(raw: unknown, warn: (message: string) => void): string | undefined {
	const value = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as { baseline?: unknown }).baseline : undefined;
	if (value === undefined || value === null) {
		return undefined;
	}
	if (typeof value !== 'string') {
		warn(`Ignoring "${SETTINGS_SECTION}.baseline": ${JSON.stringify(value)} is not a git ref or "off"; every finding is shown.`);
		return undefined;
	}
	return value.trim() === '' || value.trim() === 'off' ? undefined : value.trim();
}

/** The ref to compare open connectors with, from raw settings: `HEAD` unless set; undefined for `off` or an empty value. */
export function compareWithOf(raw: unknown, warn: (message: string) => void): string | undefined {
	const value = raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? (raw as { compareWith?: unknown }).compareWith : undefined;
	if (value === undefined || value === null) {
		return 'HEAD';
	}
	if (typeof value !== 'string') {
		warn(`Ignoring "${SETTINGS_SECTION}.compareWith": ${JSON.stringify(value)} is not a git ref or "off"; comparing with HEAD.`);
		return 'HEAD';
	}
	return value.trim() === '' || value.trim() === 'off' ? undefined : value.trim();
}

/**
 * The engine configuration for raw settings (whatever the client sent, possibly null or of the wrong shape).
 * `warn` receives one line per ignored value.
 */
export function toEngineConfig(raw: unknown, warn: (message: string) => void): EngineConfig {
	if (raw === null || raw === undefined) {
		return DEFAULT_CONFIG;
	}
	if (typeof raw !== 'object' || Array.isArray(raw)) {
		warn(`Ignoring the "${SETTINGS_SECTION}" settings: expected an object, got ${JSON.stringify(raw)}.`);
		return DEFAULT_CONFIG;
	}
	const settings = raw as { profile?: unknown; rules?: unknown; ruleOptions?: unknown };
	let profile = DEFAULT_CONFIG.profile;
	if (settings.profile !== undefined && settings.profile !== null) {
		if (isProfile(settings.profile)) {
			profile = settings.profile;
		} else {
			warn(`Ignoring "${SETTINGS_SECTION}.profile": ${JSON.stringify(settings.profile)} is not one of "validator", "certification", "strict".`);
		}
	}
	const rules: Record<string, SeveritySetting> = {};
	if (settings.rules !== undefined && settings.rules !== null) {
		if (typeof settings.rules !== 'object' || Array.isArray(settings.rules)) {
			warn(`Ignoring "${SETTINGS_SECTION}.rules": expected an object mapping rule ids or globs to severities.`);
		} else {
			for (const [pattern, value] of Object.entries(settings.rules as Record<string, unknown>)) {
				if (isSeveritySetting(value)) {
					rules[pattern] = value;
				} else {
					warn(`Ignoring "${SETTINGS_SECTION}.rules" entry "${pattern}": ${JSON.stringify(value)} is not one of "error", "warning", "information", "hint", "off".`);
				}
			}
		}
	}
	const ruleOptions: Record<string, Record<string, unknown>> = {};
	if (settings.ruleOptions !== undefined && settings.ruleOptions !== null) {
		if (typeof settings.ruleOptions !== 'object' || Array.isArray(settings.ruleOptions)) {
			warn(`Ignoring "${SETTINGS_SECTION}.ruleOptions": expected an object mapping rule ids to their options.`);
		} else {
			for (const [id, options] of Object.entries(settings.ruleOptions as Record<string, unknown>)) {
				if (options && typeof options === 'object' && !Array.isArray(options)) {
					// Values of the wrong type fall back to the rule's default in the engine (ruleOption).
					ruleOptions[id] = options as Record<string, unknown>;
				} else {
					warn(`Ignoring "${SETTINGS_SECTION}.ruleOptions" entry "${id}": expected an object of option values.`);
				}
			}
		}
	}
	return {
		profile,
		...(Object.keys(rules).length ? { rules } : {}),
		...(Object.keys(ruleOptions).length ? { ruleOptions } : {}),
	};
}

function describe(error: unknown): string {
	return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

/**
 * The settings as the server has them: pulled from the client per scope (a connector folder's URI) with
 * `workspace/configuration` and cached until the next change, or, for a client that cannot answer that, the last
 * ones it pushed with `workspace/didChangeConfiguration`. Each warning about an invalid value is logged once per change.
 */
export class ClientSettings {
	/** Asks the client for the raw settings of a scope. */
	readonly #pull: (scopeUri: string) => Promise<unknown>;
	readonly #log: Logger;
	#pulling = false;
	#pushed: unknown;
	readonly #cache = new Map<string, Promise<unknown>>();
	readonly #warnings = new Set<string>();

	constructor(pull: (scopeUri: string) => Promise<unknown>, log: Logger) {
		this.#pull = pull;
		this.#log = log;
	}

	/** Whether the client answers `workspace/configuration` (its capability, known at initialize). */
	setPulling(pulling: boolean): void {
		this.#pulling = pulling;
	}

	/** The configuration for a scope, pulled from the client once and cached. */
	async configFor(scopeUri: string): Promise<EngineConfig> {
		return toEngineConfig(await this.#raw(scopeUri), (message) => this.#warn(message));
	}

	/** The git ref open connectors of a scope are compared with (`connectorCertify.compareWith`), or undefined when off. */
	async compareWithFor(scopeUri: string): Promise<string | undefined> {
		return compareWithOf(await this.#raw(scopeUri), (message) => this.#warn(message));
	}

	/** The git ref whose findings open connectors of a scope leave out (`connectorCertify.baseline`), or undefined when off. */
	async baselineFor(scopeUri: string): Promise<string | undefined> {
		return baselineOf(await this.#raw(scopeUri), (message) => this.#warn(message));
	}

	/** How many items the outline, references, completion and code actions compute at most (`connectorCertify.maxItemsComputed`). */
	async maxItemsFor(scopeUri: string): Promise<number> {
		return maxItemsOf(await this.#raw(scopeUri), (message) => this.#warn(message));
	}

	/** The raw settings of a scope: pulled once and cached, or the pushed ones. */
	#raw(scopeUri: string): Promise<unknown> {
		if (!this.#pulling) {
			return Promise.resolve(this.#pushed);
		}
		let raw = this.#cache.get(scopeUri);
		if (!raw) {
			raw = this.#pull(scopeUri).catch((error: unknown) => {
				this.#log.warn(`Could not read the settings for ${scopeUri}; using the defaults: ${describe(error)}`);
				return undefined;
			});
			this.#cache.set(scopeUri, raw);
		}
		return raw;
	}

	/** A `workspace/didChangeConfiguration`: keeps what it pushed (when not pulling) and forgets the cache and the warnings. */
	changed(settings: unknown): void {
		if (!this.#pulling) {
			this.#pushed = (settings as Record<string, unknown> | null | undefined)?.[SETTINGS_SECTION];
		}
		this.#cache.clear();
		this.#warnings.clear();
	}

	#warn(message: string): void {
		if (!this.#warnings.has(message)) {
			this.#warnings.add(message);
			this.#log.warn(message);
		}
	}
}
