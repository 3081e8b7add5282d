import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { isObject } from '../../core/refs';
import type { ParameterInfo } from '../../core/swagger';
import { reportOncePerPath } from '../shared/reportOncePerPath';

function visibility(parameter: ParameterInfo): string {
	const value = parameter.value?.['x-ms-visibility'];
	return typeof value === 'string' && value !== '' ? value : 'none';
}

function typeOf(parameter: ParameterInfo): unknown {
	const value = parameter.value;
	return value?.in === 'body' ? undefined : value?.type;
}

/**
 * A trigger with `x-ms-notification` is fetched by the platform after the webhook named by its `operationId`
 * (the subscribe operation) fires. The platform passes the same user input to both, so a parameter name both use must
 * mean the same thing: same `type`, same `x-ms-visibility`.
 */
export default defineRule({
	id: 'paramters-with-same-name-must-have-same-type-and-visibility',
	msCode: 'ParamtersWithSameNameMustHaveSameTypeAndVisibility',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'Parameters with the same name in a fetch trigger and its subscribe operation must have the same type and visibility.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		const report = reportOncePerPath(context);
		for (const fetch of swagger.operations()) {
			const notification = fetch.value['x-ms-notification'];
			if (!isObject(notification) || typeof notification.operationId !== 'string') {
				continue;
			}
			const subscribe = swagger.operationById(notification.operationId);
			if (!subscribe || subscribe === fetch) {
				continue;
			}
			for (const parameter of fetch.parameters) {
				if (parameter.name === undefined || parameter.value?.in === 'body') {
					continue;
				}
				const other = subscribe.parameters.find((candidate) => candidate.name === parameter.name && candidate.value?.in !== 'body');
				if (!other || (typeOf(other) === typeOf(parameter) && visibility(other) === visibility(parameter))) {
					continue;
				}
				report({
					file: 'swagger',
					path: parameter.definitionPath,
					target: 'key',
					message: 'Parameters of the same name in fetch and subscribe operations must be of the same type and visibility.',
					data: { name: parameter.name, subscribeOperationId: notification.operationId },
				});
			}
		}
	},
});
