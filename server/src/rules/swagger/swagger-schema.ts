import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { reportSchemaErrors } from '../shared/swaggerStructure';

/**
 * Swagger 2.0 schema violations that have no more specific rule (an empty `responses` object, a host with a scheme,
 * duplicate parameters…). Policy 5000.2.6.2: the swagger must adhere to OpenAPI 2.0.
 */
export default defineRule({
	id: 'swagger-schema',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['POL', 'OAS2'], basis: 'platform-rejects' },
	description: 'The definition must be a well-formed Swagger 2.0 (OpenAPI 2.0) document.',
	fixable: false,
	defersToSpecificRules: true,
	files: ['swagger'],
	check(context) {
		reportSchemaErrors(context, 'other');
	},
});
