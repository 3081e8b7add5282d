import { setValue } from '../../engine/edits';
import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { operationLabel } from '../shared/operationLabel';

/** An operation that sends a body or form data must say in which MIME type (its own `consumes`, else the root's). */
export default defineRule({
	id: 'consumes-missing',
	msCode: 'ConsumesMissing',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'should' },
	description: 'An operation with a body or formData parameter must declare at least one MIME type in consumes.',
	fixable: true,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		for (const operation of swagger.operations()) {
			if (!operation.parameters.some((p) => p.in === 'body' || p.in === 'formData')) {
				continue;
			}
			if (swagger.consumes(operation).some((mime) => mime.trim() !== '')) {
				continue;
			}
			const own = operation.value.consumes !== undefined;
			context.report({
				file: 'swagger',
				path: [...operation.path, 'consumes'],
				target: own ? 'value' : 'missing',
				message: `At least one supported MIME type must be provided in 'consumes' for operation '${operationLabel(operation)}'.`,
				// formData: the fix declares multipart/form-data for form fields, JSON otherwise.
				data: { operationId: operation.operationId, method: operation.method, pathKey: operation.pathKey, formData: operation.parameters.some((p) => p.in === 'formData') },
			});
		}
	},
	fix({ finding, doc }) {
		const mime = finding.data?.formData === true ? 'multipart/form-data' : 'application/json';
		// Before the parameters that need it, where Swagger files usually declare it.
		return { title: `Add "consumes": ["${mime}"]`, edits: setValue(doc, finding.path, [mime], { before: 'parameters' }) };
	},
});
