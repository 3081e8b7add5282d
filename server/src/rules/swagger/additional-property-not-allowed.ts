import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { reportSchemaErrors } from '../shared/swaggerStructure';

/** A property the Swagger 2.0 schema does not define for its object (typos such as `summry`, OpenAPI 3 keywords, schema keywords on a body parameter). */
export default defineRule({
	id: 'additional-property-not-allowed',
	msCode: 'AdditionalPropertyNotAllowed',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR', 'MSS'], basis: 'validator-rejects' },
	description: 'Objects must contain only the properties Swagger 2.0 defines for them, or extensions starting with x-.',
	fixable: false,
	defersToSpecificRules: true,
	files: ['swagger'],
	check(context) {
		reportSchemaErrors(context, 'additional-property');
	},
});
