import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { reportRefDefects } from '../shared/swaggerStructure';

/** A schema `$ref` into `#/definitions/` whose target does not exist (a renamed or deleted definition, a typo). */
export default defineRule({
	id: 'schema-reference-not-found',
	msCode: 'SchemaReferenceNotFound',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'platform-rejects' },
	description: 'Every schema $ref must point to a definition that exists.',
	fixable: false,
	defersToSpecificRules: true,
	files: ['swagger'],
	check(context) {
		reportRefDefects(context, 'schema', 'not-found');
	},
});
