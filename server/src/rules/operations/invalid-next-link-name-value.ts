import { isObject } from '../../core/refs';
import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { operationLabel } from '../shared/operationLabel';

const SUPPORTED = ['nextLink', '@odata.nextLink'];

/** `x-ms-pageable.nextLinkName` must name one of the two properties the platform follows. */
export default defineRule({
	id: 'invalid-next-link-name-value',
	msCode: 'InvalidNextLinkNameValue',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "The x-ms-pageable nextLinkName must be 'nextLink' or '@odata.nextLink'.",
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const operation of context.swagger!.operations()) {
			const pageable = operation.value['x-ms-pageable'];
			if (!isObject(pageable)) {
				continue;
			}
			const name = pageable.nextLinkName;
			if (typeof name === 'string' && SUPPORTED.includes(name)) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...operation.path, 'x-ms-pageable', 'nextLinkName'],
				target: name === undefined ? 'missing' : 'value',
				message: `The nextLinkName value for operation '${operationLabel(operation)}' is invalid. Supported values are 'nextLink' or '@odata.nextLink'.`,
				data: { operationId: operation.operationId, value: name },
			});
		}
	},
});
