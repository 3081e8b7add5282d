import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { isPathKey } from './_pathsParams';

/** OpenAPI 2.0 lets a path item be a `$ref`; Microsoft's validator does not (code spelled `PathItemRefNotSuppored`). */
export default defineRule({
	id: 'path-item-ref-not-suppored',
	msCode: 'PathItemRefNotSuppored',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'A path item must not use $ref.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const item of context.swagger!.pathItems()) {
			if (!isPathKey(item.pathKey) || !Object.prototype.hasOwnProperty.call(item.value, '$ref')) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...item.path, '$ref'],
				target: 'key',
				message: "The '$ref' property in a path is not supported.",
				data: { pathKey: item.pathKey, ref: item.value.$ref },
			});
		}
	},
});
