import { isObject } from '../../core/refs';
import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { annotationPath, apiAnnotation } from './_operations';
import { operationLabel } from '../shared/operationLabel';

/** A `replacement` object in `x-ms-api-annotation` must say which operation replaces this one: 'operationId' is missing. */
export default defineRule({
	id: 'api-annotation-extension-replacement-info-missing-operation-id-property',
	msCode: 'ApiAnnotationExtensionReplacementInfoMissingOperationIdProperty',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "The x-ms-api-annotation 'replacement' object must have an 'operationId' property.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const operation of context.swagger!.operations()) {
			const replacement = apiAnnotation(operation)?.replacement;
			// A non-object replacement is api-annotation-shape's finding.
			if (!isObject(replacement) || replacement.operationId !== undefined) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...annotationPath(operation), 'replacement', 'operationId'],
				target: 'missing',
				message: `The 'x-ms-api-annotation' extension for operation '${operationLabel(operation)}' is invalid. The replacement property must specify 'operationId' property.`,
				data: { operationId: operation.operationId },
			});
		}
	},
});
