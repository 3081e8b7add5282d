import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { reportSchemaErrors } from '../shared/swaggerStructure';

/** A value of the wrong JSON type (a number where a string is required, `required: true` on a schema property). */
export default defineRule({
	id: 'json-type-incorrect',
	msCode: 'JsonTypeIncorrect',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'Every property must have the JSON type that Swagger 2.0 requires.',
	fixable: false,
	defersToSpecificRules: true,
	files: ['swagger'],
	check(context) {
		reportSchemaErrors(context, 'type');
	},
});
