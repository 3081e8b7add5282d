import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { reportSchemaErrors } from '../shared/swaggerStructure';

/** A value outside the set Swagger 2.0 allows (parameter `in`, `type`, `collectionFormat`, security `type` and `flow`). */
export default defineRule({
	id: 'json-value-not-in-enum',
	msCode: 'JsonValueNotInEnum',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: 'Properties with a fixed set of values must use one of those values.',
	fixable: false,
	defersToSpecificRules: true,
	files: ['swagger'],
	check(context) {
		reportSchemaErrors(context, 'enum');
	},
});
