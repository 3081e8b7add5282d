import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { typedNodes } from '../shared/typedNodes';

/** .NET inline options (`(?i)`, `(?im-sx)`, `(?i:…)`), which ECMAScript lacks but Microsoft's (.NET) validator accepts. */
const DOTNET_INLINE_OPTIONS = /\(\?[imnsx]*(?:-[imnsx]+)?(\)|:)/g;

/**
 * Whether `pattern` compiles. ECMAScript without the `u` flag (the lenient Annex B grammar) is the baseline: JSON
 * Schema and the designer read patterns as ECMAScript, while the validator runs on .NET; a pattern that fails even
 * the lenient grammar, after .NET inline options are set aside, is broken in both engines.
 */
function compiles(pattern: string): boolean {
	for (const candidate of [pattern, pattern.replace(DOTNET_INLINE_OPTIONS, (_all, end: string) => (end === ':' ? '(?:' : ''))]) {
		try {
			new RegExp(candidate);
			return true;
		} catch {
			// Try the next reading.
		}
	}
	return false;
}

/** A `pattern` that is not a regular expression validates nothing (SVR Metadata; "should", so a warning). */
export default defineRule({
	id: 'pattern-should-be-valid-regular-expression',
	msCode: 'PatternShouldBeValidRegularExpression',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'should' },
	description: "A 'pattern' value should be a valid regular expression.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		const typed = typedNodes(context.swagger!);
		for (let typedIndex = 0; typedIndex < typed.length; typedIndex++) {
			const node = typed[typedIndex];
			const pattern = node.value.pattern;
			if (typeof pattern === 'string' && !compiles(pattern)) {
				context.report({
					file: 'swagger',
					path: [...node.path, 'pattern'],
					message: "The 'pattern' value should be a valid regular expression.",
					data: { pattern },
				});
			}
		}
	},
});
