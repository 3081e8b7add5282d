/** The engine's public surface for the front ends (server, CLI, client commands). */
import { RULES } from '../rules/index';
import type { EngineConfig } from './config';
import { checkConnector, type CheckResult, type ConnectorInput } from './run';

export { RULES, findRule } from '../rules/index';
export { DEFAULT_CONFIG, effectiveSeverity, isProfile, isSeveritySetting, type EngineConfig } from './config';
export { ruleDocsUrl, REPOSITORY_URL } from './docs';
export { parseBytes, parseText, type ParsedFile } from './parsedFile';
export { textArtifact, textArtifactOf, type BinaryArtifact, type TextArtifact } from './artifacts';
export { noFindings, type CheckResult, type ConnectorInput } from './run';
export * from './types';

/** Checks a connector with every registered rule. */
export function check(input: ConnectorInput, config: EngineConfig, extra: { isCancelled?: () => boolean; onRuleError?: (ruleId: string, error: unknown) => void } = {}): CheckResult {
	return checkConnector(RULES, input, { config, ...extra });
}
