import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { annotationPath, apiAnnotation, isDeprecated } from './_operations';
import { operationLabel } from '../shared/operationLabel';

/** `x-ms-api-annotation.replacement` names the successor of a deprecated operation; on a live one it means nothing. */
export default defineRule({
	id: 'api-annotation-extension-replacement-info-for-non-deprecated-operations',
	msCode: 'ApiAnnotationExtensionReplacementInfoForNonDeprecatedOperations',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "The x-ms-api-annotation 'replacement' property is allowed on deprecated operations only.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const operation of context.swagger!.operations()) {
			const annotation = apiAnnotation(operation);
			if (annotation?.replacement === undefined || isDeprecated(operation)) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...annotationPath(operation), 'replacement'],
				target: 'key',
				message: `The 'x-ms-api-annotation' extension for operation '${operationLabel(operation)}' is invalid. The replacement property should be specified for deprecated operations only.`,
				data: { operationId: operation.operationId },
			});
		}
	},
});
