import { isObject } from '../../core/refs';
import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { matchBodyProperty, pathSegments } from '../../core/dynamic';
import { targetedCalls } from './_targetedCalls';

/**
 * A dynamic call must supply every required parameter of the invoked operation. A parameter with a `default` is
 * supplied by the platform, so it need not be passed.
 */
export default defineRule({
	id: 'operation-missing-required-property',
	msCode: 'OperationMissingRequiredProperty',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'A dynamic call must pass every required parameter of the invoked operation that has no default.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		for (const { occurrence, target } of targetedCalls(swagger)) {
			const parameters = occurrence.value.parameters;
			const keys = isObject(parameters) ? Object.keys(parameters) : [];
			for (const parameter of target.parameters) {
				const value = parameter.value;
				if (!value || value.required !== true || value.default !== undefined || parameter.name === undefined) {
					continue;
				}
				const name = parameter.name;
				const supplied = keys.some(
					(key) => key === name || pathSegments(key)[0] === name || (value.in === 'body' && matchBodyProperty(swagger, target, key)?.parameter === parameter),
				);
				if (supplied) {
					continue;
				}
				const written = parameters !== undefined;
				context.report({
					file: 'swagger',
					// On the `parameters` key; without one, on the extension's key.
					path: [...occurrence.path, 'parameters'],
					target: written ? 'key' : 'missing',
					message: `The target operation requires parameter '${name}'.`,
					data: { operationId: target.operationId, name, in: value.in },
				});
			}
		}
	},
});
