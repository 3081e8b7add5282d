import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { reportRefDefects } from '../shared/swaggerStructure';

/** A schema `$ref` that points outside `#/definitions/`: another section, another file or a URL (never read or fetched), or a malformed pointer. */
export default defineRule({
	id: 'schema-reference-not-valid',
	msCode: 'SchemaReferenceNotValid',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "Schema $refs must be references into '#/definitions/' of the same document.",
	fixable: false,
	defersToSpecificRules: true,
	files: ['swagger'],
	check(context) {
		reportRefDefects(context, 'schema', 'not-valid');
	},
});
