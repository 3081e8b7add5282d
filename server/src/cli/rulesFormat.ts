/** `connector-certify rules`: the rule catalogue with its metadata, as text, JSON or a Markdown table. */
import { ruleDocsUrl, type Profile, type RuleOptionSpec, type Severity } from '../engine/index';
import { RULES } from '../rules/index';
import type { RulesFormat } from './args';

export interface RuleListing {
	readonly id: string;
	/** Microsoft's code for the check, or null when it has none. */
	readonly msCode: string | null;
	readonly severity: Severity;
	readonly profiles: readonly Profile[];
	readonly description: string;
	readonly fixable: boolean;
	readonly docsUrl: string;
	/** The rule's options (`--rule-option`), by name; empty when it has none. */
	readonly options: Readonly<Record<string, RuleOptionSpec>>;
}

export function ruleListings(): RuleListing[] {
	return RULES.map((rule) => ({
		id: rule.id,
		msCode: rule.msCode ?? null,
		severity: rule.severity,
		profiles: [...rule.profiles],
		description: rule.description,
		fixable: rule.fixable,
		docsUrl: ruleDocsUrl(rule.id),
		options: rule.options ?? {},
	}));
}

function markdownCell(text: string): string {
	return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

export function formatRules(format: RulesFormat): string {
	const rules = ruleListings();
	if (format === 'json') {
		return JSON.stringify({ version: 1, rules }, null, 2) + '\n';
	}
	if (format === 'markdown') {
		const lines = [
			'| Rule | Microsoft code | Default severity | Profiles | Fixable | Description |',
			'| --- | --- | --- | --- | --- | --- |',
			...rules.map(
				(rule) =>
					`| [${rule.id}](${rule.docsUrl}) | ${rule.msCode ? `\`${rule.msCode}\`` : ''} | ${rule.severity} | ${rule.profiles.join(', ')} | ${rule.fixable ? 'yes' : 'no'} | ${markdownCell(rule.description)} |`,
			),
		];
		return lines.join('\n') + '\n';
	}
	const idWidth = Math.max(...rules.map((rule) => rule.id.length), 4);
	const lines = rules.map((rule) => {
		const tags = [rule.severity, `profiles: ${rule.profiles.join(', ')}`, rule.fixable ? 'fixable' : ''].filter(Boolean).join('; ');
		return `${rule.id.padEnd(idWidth)}  ${rule.description} (${tags})`;
	});
	lines.push('', `${rules.length} rules. Profiles nest: validator ⊂ certification ⊂ strict. Docs: ${ruleDocsUrl('<id>')}`);
	return lines.join('\n') + '\n';
}
