import { isObject } from '../../core/refs';
import { mimeEssence } from '../../core/swagger';
import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { reportOncePerPath } from '../shared/reportOncePerPath';
import { operationLabel } from '../shared/operationLabel';

/** A response `examples` entry keyed by a MIME type the operation's effective `produces` does not list. */
export default defineRule({
	id: 'response-example-must-be-produced-by-operation',
	msCode: 'ResponseExampleMustBeProducedByOperation',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "A response example's MIME type must be one the operation produces.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		const report = reportOncePerPath(context);
		for (const operation of swagger.operations()) {
			// With no `produces` anywhere there is nothing to compare with (Microsoft's default is not published).
			const produces = swagger.produces(operation).map(mimeEssence);
			if (produces.length === 0) {
				continue;
			}
			for (const response of swagger.responses(operation)) {
				const examples = response.value?.examples;
				if (!isObject(examples)) {
					continue;
				}
				for (const mime of Object.keys(examples)) {
					if (produces.includes(mimeEssence(mime))) {
						continue;
					}
					report({
						file: 'swagger',
						path: [...response.definitionPath, 'examples', mime],
						target: 'key',
						message: `The response example '${mime}' is not produced by the operation '${operationLabel(operation)}'.`,
						data: { operationId: operation.operationId, mime, produces },
					});
				}
			}
		}
	},
});
