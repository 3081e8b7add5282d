import { isObject, valueAtPath } from '../../core/refs';
import { setValue } from '../../engine/edits';
import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { successResponseStub } from '../../core/wording';
import { isSuccessStatus, operationLabel } from './_operations';

/** An operation with responses but no `2xx` one: the designer has no output to show for the success case. */
export default defineRule({
	id: 'operation-should-have-successful-response',
	msCode: 'OperationShouldHaveSuccessfulResponse',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR', 'COD'], basis: 'should' },
	description: 'Every operation should define at least one successful (2xx) response.',
	fixable: true,
	files: ['swagger'],
	check(context) {
		for (const operation of context.swagger!.operations()) {
			const responses = operation.value.responses;
			if (!isObject(responses)) {
				continue;
			}
			const keys = Object.keys(responses).filter((key) => !key.startsWith('x-'));
			// No response at all is operation-must-have-response's finding.
			if (keys.length === 0 || keys.some(isSuccessStatus)) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...operation.path, 'responses'],
				target: 'key',
				message: `The operation '${operationLabel(operation)}' should have at least one successful response definition.`,
				data: { operationId: operation.operationId, statuses: keys },
			});
		}
	},
	fix({ finding, doc }) {
		// The finding is on ['paths', path, method, 'responses']; the success response goes first, as readers expect.
		const method = String(finding.path[2]);
		const responses = valueAtPath(doc.value, finding.path);
		const first = isObject(responses) ? Object.keys(responses)[0] : undefined;
		return { requiresAuthor: true, title: 'Add a "200" response', edits: setValue(doc, [...finding.path, '200'], successResponseStub(method), { before: first }) };
	},
});
