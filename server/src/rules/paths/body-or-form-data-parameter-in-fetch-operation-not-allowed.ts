import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { reportOnce, useAnchor } from './_pathsParams';

/** A GET operation sends no request body, so it cannot take a `body` or `formData` parameter. */
export default defineRule({
	id: 'body-or-form-data-parameter-in-fetch-operation-not-allowed',
	msCode: 'BodyOrFormDataParameterInFetchOperationNotAllowed',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: {
		sources: ['SVR'],
		basis: 'validator-lets-through',
		note: "Swaggers the validator accepted in 2024 have a GET operation with a body parameter (DocuSignDemo, Telegram Bot), so it does not block; many HTTP servers ignore such a body.",
	},
	description: 'A GET operation must not have body or formData parameters.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const report = reportOnce(context);
		for (const operation of context.swagger!.operations()) {
			if (operation.method !== 'get') {
				continue;
			}
			for (const parameter of operation.parameters) {
				if (parameter.in !== 'body' && parameter.in !== 'formData') {
					continue;
				}
				// Reported where the GET uses it: a path-level parameter once, however many GETs inherit it.
				report({
					file: 'swagger',
					...useAnchor(parameter),
					message: 'Body or form data parameters are not supported in a fetch operation.',
					data: { operationId: operation.operationId, name: parameter.name, in: parameter.in },
				});
			}
		}
	},
});
