import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { responseKeys } from './_operations';

const HTTP_STATUS = /^[1-5]\d\d$/;

/** A key under an operation's `responses` that is neither `default`, an HTTP status code (100–599), nor an `x-` extension. */
export default defineRule({
	id: 'response-must-be-default-or-http-status-code',
	msCode: 'ResponseMustBeDefaultOrHttpStatusCode',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "Each response must be keyed by an HTTP status code or 'default'.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const operation of context.swagger!.operations()) {
			for (const key of responseKeys(operation) ?? []) {
				if (key === 'default' || HTTP_STATUS.test(key)) {
					continue;
				}
				context.report({
					file: 'swagger',
					path: [...operation.path, 'responses', key],
					target: 'key',
					message: "The response is not valid, the response must be a valid HTTP status code, or the string 'default'.",
					data: { operationId: operation.operationId, key },
				});
			}
		}
	},
});
