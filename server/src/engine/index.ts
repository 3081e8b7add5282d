/** The engine's public surface for the front ends (server, CLI, client commands). */
import type { EngineConfig } from './config';
import type { Rule } from './types';
import { checkConnector, type CheckResult, type ConnectorInput } from './run';

export { DEFAULT_CONFIG, effectiveSeverity, isProfile, isSeveritySetting, type EngineConfig } from './config';
export { ruleDocsUrl, REPOSITORY_URL } from './docs';
export { parseBytes, parseText, type ParsedFile } from './parsedFile';
export { textArtifact, textArtifactOf, type BinaryArtifact, type TextArtifact } from './artifacts';
export { updateOf } from './update';
export { noFindings, SEVERITY_ORDER, type CheckResult, type ConnectorInput } from './run';
export * from './types';

/** Checks a connector with the given rules (the front ends pass the registry, `rules/index`). */
export function check(rules: readonly Rule[], input: ConnectorInput, config: EngineConfig, extra: { isCancelled?: () => boolean; onRuleError?: (ruleId: string, error: unknown) => void } = {}): CheckResult {
	return checkConnector(rules, input, { config, ...extra });
}
