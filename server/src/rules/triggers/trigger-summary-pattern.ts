import { STRICT_ONLY, defineRule } from '../../engine/types';
import { isTrigger } from '../shared/triggers';
import { subjectOf, withSubject } from '../shared/subject';

/** STR: trigger summaries read "When a …" ("When an event is added to calendar"). */
export default defineRule({
	id: 'trigger-summary-pattern',
	severity: 'information',
	profiles: STRICT_ONLY,
	evidence: { sources: ['STR'], basis: 'guidance' },
	description: 'A trigger summary should start with "When", e.g. "When a task is created".',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const operation of context.swagger!.operations()) {
			const summary = operation.value.summary;
			// A missing or empty summary is op-summary-required's finding.
			if (!isTrigger(operation) || typeof summary !== 'string' || summary.trim() === '' || /^when\b/i.test(summary.trim())) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...operation.path, 'summary'],
				message: withSubject('A trigger summary should start with "When", e.g. "When a task is created".', subjectOf(context.swagger, operation.path)),
				data: { operationId: operation.operationId, summary },
			});
		}
	},
});
