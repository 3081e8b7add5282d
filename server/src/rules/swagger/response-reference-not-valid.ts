import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { reportRefDefects } from '../shared/swaggerStructure';

/** A response `$ref` that points outside `#/responses/`: another section, another file or a URL (never read or fetched), or a malformed pointer. */
export default defineRule({
	id: 'response-reference-not-valid',
	msCode: 'ResponseReferenceNotValid',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "Response $refs must be references into '#/responses/' of the same document.",
	fixable: false,
	defersToSpecificRules: true,
	files: ['swagger'],
	check(context) {
		reportRefDefects(context, 'response', 'not-valid');
	},
});
