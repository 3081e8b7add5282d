import { isObject } from '../../core/refs';
import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { operationLabel } from './_operations';

/** The media type of a MIME string, lower-cased, without parameters (`Application/JSON; charset=utf-8` → `application/json`). */
function mediaType(mime: string): string {
	return mime.split(';')[0].trim().toLowerCase();
}

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
		const reported = new Set<string>();
		for (const operation of swagger.operations()) {
			// With no `produces` anywhere there is nothing to compare with (Microsoft's default is not published).
			const produces = swagger.produces(operation).map(mediaType);
			if (produces.length === 0) {
				continue;
			}
			for (const response of swagger.responses(operation)) {
				const examples = response.value?.examples;
				if (!isObject(examples)) {
					continue;
				}
				for (const mime of Object.keys(examples)) {
					const path = [...response.definitionPath, 'examples', mime];
					const key = path.join('\u0000');
					if (produces.includes(mediaType(mime)) || reported.has(key)) {
						continue;
					}
					reported.add(key);
					context.report({
						file: 'swagger',
						path,
						target: 'key',
						message: `The response example '${mime}' is not produced by the operation '${operationLabel(operation)}'.`,
						data: { operationId: operation.operationId, mime, produces },
					});
				}
			}
		}
	},
});
