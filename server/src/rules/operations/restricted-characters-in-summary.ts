import { valueAtPath } from '../../core/refs';
import { setValue } from '../../engine/edits';
import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { withoutSummaryCharacters } from '../../core/wording';
import { operationSummaries } from '../shared/operationSummaries';

/** The characters the validator rejects in an operation summary (PR#1095 quotes the list). */
const RESTRICTED = '/\\<>*%&?';

/** An operation summary containing one of `/ \ < > * % & ?`. */
export default defineRule({
	id: 'restricted-characters-in-summary',
	msCode: 'RestrictedCharactersInSummary',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'An operation summary must not contain any of the characters / \\ < > * % & ?.',
	fixable: true,
	files: ['swagger'],
	check(context) {
		for (const { operation, summary, path } of operationSummaries(context.swagger!)) {
			const found = [...new Set([...summary].filter((character) => RESTRICTED.includes(character)))];
			if (found.length > 0) {
				context.report({
					file: 'swagger',
					path,
					message: `Summary string contains any of the restricted characters [${RESTRICTED}]`,
					data: { operationId: operation.operationId, characters: found },
				});
			}
		}
	},
	fix({ finding, doc }) {
		const summary = valueAtPath(doc.value, finding.path);
		const fixed = typeof summary === 'string' ? withoutSummaryCharacters(summary) : '';
		return fixed === '' ? undefined : { title: `Remove the restricted characters: "${fixed}"`, edits: setValue(doc, finding.path, fixed) };
	},
});
