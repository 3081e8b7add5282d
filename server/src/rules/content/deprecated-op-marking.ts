import { valueAtPath } from '../../core/refs';
import { setValue } from '../../engine/edits';
import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { withDeprecatedMark } from '../../core/wording';
import { textValue } from '../../core/strings';
import { subjectOf, withSubject } from '../shared/subject';

/** DEP: to deprecate an operation, set `deprecated: true` and "append `(deprecated)` to the summary and description". */
export default defineRule({
	id: 'deprecated-op-marking',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['DEP'], basis: 'should' },
	description: "A deprecated operation's summary and description should end with (deprecated).",
	fixable: true,
	reportsBeside: {
		'op-summary-sentence-case': 'the deprecation marking, not capitalisation',
		'op-description-sentence': 'the deprecation marking, not whether the description is a sentence',
		'trigger-summary-pattern': 'the deprecation marking, not how a trigger summary begins',
	},
	files: ['swagger'],
	check(context) {
		for (const operation of context.swagger!.operations()) {
			if (operation.value.deprecated !== true) {
				continue;
			}
			for (const key of ['summary', 'description']) {
				// A missing summary or description is the *-required rules' finding.
				const text = textValue(operation.value[key]);
				if (text !== undefined && !/\(deprecated\)/i.test(text)) {
					context.report({
						file: 'swagger',
						path: [...operation.path, key],
						message: withSubject(`The operation is deprecated; append '(deprecated)' to its ${key}.`, subjectOf(context.swagger, operation.path)),
						data: { operationId: operation.operationId, key },
					});
				}
			}
		}
	},
	fix({ finding, doc }) {
		const text = valueAtPath(doc.value, finding.path);
		const key = String(finding.path[finding.path.length - 1]);
		return typeof text === 'string' ? { title: `Append "(deprecated)" to the ${key}`, edits: setValue(doc, finding.path, withDeprecatedMark(text)) } : undefined;
	},
});
