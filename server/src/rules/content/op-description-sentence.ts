import { valueAtPath } from '../../core/refs';
import { setValue } from '../../engine/edits';
import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { asSentence } from '../../core/wording';
import { hasTwoWords } from '../../core/strings';
import { subjectOf, withSubject } from '../shared/subject';

const CLOSING_QUOTES = /[)\]"'’”»]+$/u;
const SENTENCE_END = /[.!?。]$/u;

/**
 * CS: descriptions "should be full, descriptive sentences, and end in punctuation"; COD: "end with a period". STR: "No
 * period required if there's a single word", so one-word descriptions are left alone.
 */
export default defineRule({
	id: 'op-description-sentence',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['CS', 'COD'], basis: 'should' },
	description: 'Operation descriptions should be full sentences that end in punctuation.',
	fixable: true,
	defersTo: ['summary-description-differ'],
	files: ['swagger'],
	check(context) {
		for (const operation of context.swagger!.operations()) {
			const description = operation.value.description;
			if (typeof description !== 'string' || !hasTwoWords(description)) {
				continue;
			}
			// Closing quotes and brackets may follow the final punctuation: `(deprecated).`, `"Done."`.
			const end = description.trimEnd().replace(CLOSING_QUOTES, '');
			if (!SENTENCE_END.test(end)) {
				context.report({
					file: 'swagger',
					path: [...operation.path, 'description'],
					message: withSubject('The operation description should be a full sentence that ends in punctuation, usually a period.', subjectOf(context.swagger, operation.path)),
					data: { operationId: operation.operationId },
				});
			}
		}
	},
	fix({ finding, doc }) {
		const description = valueAtPath(doc.value, finding.path);
		return typeof description === 'string' ? { title: 'End the description with a period', edits: setValue(doc, finding.path, asSentence(description)) } : undefined;
	},
});
