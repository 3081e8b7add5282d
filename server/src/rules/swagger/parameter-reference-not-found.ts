import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { reportRefDefects } from '../shared/swaggerStructure';

/** A parameter `$ref` into `#/parameters/` whose target does not exist. */
export default defineRule({
	id: 'parameter-reference-not-found',
	msCode: 'ParameterReferenceNotFound',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'platform-rejects' },
	description: 'Every parameter $ref must point to a shared parameter that exists.',
	fixable: false,
	defersToSpecificRules: true,
	files: ['swagger'],
	check(context) {
		reportRefDefects(context, 'parameter', 'not-found');
	},
});
