import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { reportRefDefects } from '../shared/swaggerStructure';

/** A response `$ref` into `#/responses/` whose target does not exist. */
export default defineRule({
	id: 'response-reference-not-found',
	msCode: 'ResponseReferenceNotFound',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'platform-rejects' },
	description: 'Every response $ref must point to a shared response that exists.',
	fixable: false,
	defersToSpecificRules: true,
	files: ['swagger'],
	check(context) {
		reportRefDefects(context, 'response', 'not-found');
	},
});
