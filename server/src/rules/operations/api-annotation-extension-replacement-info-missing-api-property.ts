import { isObject } from '../../core/refs';
import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { annotationPath, apiAnnotation } from './_operations';
import { operationLabel } from '../shared/operationLabel';

/** A `replacement` object in `x-ms-api-annotation` must say which operation replaces this one: 'api' is missing. */
export default defineRule({
	id: 'api-annotation-extension-replacement-info-missing-api-property',
	msCode: 'ApiAnnotationExtensionReplacementInfoMissingApiProperty',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "The x-ms-api-annotation 'replacement' object must have an 'api' property.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const operation of context.swagger!.operations()) {
			const replacement = apiAnnotation(operation)?.replacement;
			// A non-object replacement is api-annotation-shape's finding.
			if (!isObject(replacement) || replacement.api !== undefined) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...annotationPath(operation), 'replacement', 'api'],
				target: 'missing',
				message: `The 'x-ms-api-annotation' extension for operation '${operationLabel(operation)}' is invalid. The replacement property must specify 'api' property.`,
				data: { operationId: operation.operationId },
			});
		}
	},
});
