import { FROM_VALIDATOR, defineRule } from '../engine/types';
import { operationLabel } from './_pathsParams';

/** An operation that sends a body or form data must say in which MIME type (its own `consumes`, else the root's). */
export default defineRule({
	id: 'consumes-missing',
	msCode: 'ConsumesMissing',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	description: 'An operation with a body or formData parameter must declare at least one MIME type in consumes.',
	fixable: false,
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
				data: { operationId: operation.operationId, method: operation.method, pathKey: operation.pathKey },
			});
		}
	},
});
