import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { reportSchemaErrors } from '../shared/swaggerStructure';

/** A property the Swagger 2.0 schema requires is missing (`info.version`, a response `description`, a parameter `type`). */
export default defineRule({
	id: 'required-property-missing',
	msCode: 'RequiredPropertyMissing',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'Properties that Swagger 2.0 requires must be present.',
	fixable: false,
	defersToSpecificRules: true,
	files: ['swagger'],
	check(context) {
		reportSchemaErrors(context, 'required');
	},
});
