import { setValue } from '../../engine/edits';
import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { successResponseStub } from '../../core/wording';

/** COD: "Don't use `default` as your only defined response, pair it with a success definition instead." */
export default defineRule({
	id: 'response-not-default-only',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['COD'], basis: 'should' },
	description: "An operation should not have 'default' as its only response.",
	fixable: true,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		for (const operation of swagger.operations()) {
			const responses = swagger.responses(operation);
			if (responses.length === 1 && responses[0].status === 'default') {
				context.report({
					file: 'swagger',
					path: responses[0].path,
					target: 'key',
					message: `The operation '${operation.operationId ?? `${operation.method.toUpperCase()} ${operation.pathKey}`}' has only a 'default' response; define its success response (such as '200') instead.`,
					data: { operationId: operation.operationId },
				});
			}
		}
	},
	fix({ finding, doc }) {
		// The finding is on ['paths', path, method, 'responses', 'default']; the success response goes before it.
		const method = String(finding.path[2]);
		return { requiresAuthor: true, title: 'Add a "200" response', edits: setValue(doc, [...finding.path.slice(0, -1), '200'], successResponseStub(method), { before: 'default' }), placeholder: 'OK' };
	},
});
