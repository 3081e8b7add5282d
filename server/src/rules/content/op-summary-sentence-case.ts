import { STRICT_ONLY, defineRule } from '../../engine/types';
import { MINOR_WORDS, isCapitalizedWord, isLowercaseWord, wordsOf } from '../../core/strings';
import { operationSummaries } from '../shared/operationSummaries';
import { subjectOf, withSubject } from '../shared/subject';

/**
 * STR: operation summaries use sentence case ("Send an email"); EXT: "Use sentence case for summary". A heuristic:
 * it fires when every ordinary word after the first is capitalized ("Get All Invoices"), and at least two are.
 */
export default defineRule({
	id: 'op-summary-sentence-case',
	severity: 'information',
	profiles: STRICT_ONLY,
	evidence: { sources: ['STR', 'EXT'], basis: 'guidance' },
	description: 'Operation summaries should be in sentence case.',
	fixable: false,
	reportsBeside: {
		'trigger-summary-pattern': 'capitalisation, not how a trigger summary begins',
	},
	files: ['swagger'],
	check(context) {
		for (const { operation, summary, path } of operationSummaries(context.swagger!)) {
			// Words after the first that are ordinary words: acronyms ("ID"), numbers and mixed case ("iPhone") say nothing.
			const words = wordsOf(summary.replace(/\(deprecated\)/gi, '')).slice(1).filter((w) => !MINOR_WORDS.has(w.toLowerCase()));
			const capitalized = words.filter(isCapitalizedWord).length;
			const lower = words.filter(isLowercaseWord).length;
			if (capitalized >= 2 && lower === 0) {
				context.report({
					file: 'swagger',
					path,
					message: withSubject(`The operation summary '${summary}' should be in sentence case: capitalize only the first word and proper nouns.`, subjectOf(context.swagger, operation.path)),
					data: { operationId: operation.operationId },
				});
			}
		}
	},
});
