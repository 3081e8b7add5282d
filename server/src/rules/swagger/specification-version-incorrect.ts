import { isObject } from '../../core/refs';
import { FROM_VALIDATOR, defineRule } from '../../engine/types';

/**
 * `swagger` must be the string "2.0". Custom connectors accept only Swagger 2.0, so an OpenAPI 3 document gets one
 * finding that says so, and the schema rules stay quiet on it instead of flooding the file.
 */
export default defineRule({
	id: 'specification-version-incorrect',
	msCode: 'SpecificationVersionIncorrect',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'platform-rejects' },
	description: 'The swagger property must be the string "2.0".',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const root = context.swagger!.document.value;
		// A root that is not an object is a schema finding (json-type-incorrect).
		if (!isObject(root) || root.swagger === '2.0') {
			return;
		}
		if (root.swagger === undefined && typeof root.openapi === 'string') {
			context.report({
				file: 'swagger',
				path: ['openapi'],
				message: `OpenAPI ${root.openapi} is not supported by custom connectors: the definition must be converted to Swagger 2.0 (OpenAPI 2.0), with the 'swagger' property set to "2.0".`,
				data: { openapi: root.openapi },
			});
			return;
		}
		context.report({
			file: 'swagger',
			path: ['swagger'],
			target: root.swagger === undefined ? 'missing' : 'value',
			message: 'The \'swagger\' property must have the string value "2.0".',
			data: { found: root.swagger },
		});
	},
});
