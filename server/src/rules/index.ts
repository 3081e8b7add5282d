/**
 * The rule registry. Every rule is listed here explicitly, in the order findings are computed; the meta-test checks
 * that each has a test file and a doc page named by its id.
 */
import type { Rule } from '../engine/types';
import jsonSyntax from './json-syntax';
import opSummaryRequired from './op-summary-required';

export const RULES: readonly Rule[] = [jsonSyntax, opSummaryRequired];

export function findRule(id: string): Rule | undefined {
	return RULES.find((rule) => rule.id === id);
}
