import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { reportRefDefects } from '../shared/swaggerStructure';

/** A parameter `$ref` that points outside `#/parameters/`: another section, another file or a URL (never read or fetched), or a malformed pointer. */
export default defineRule({
	id: 'parameter-reference-not-valid',
	msCode: 'ParameterReferenceNotValid',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "Parameter $refs must be references into '#/parameters/' of the same document.",
	fixable: false,
	defersToSpecificRules: true,
	files: ['swagger'],
	check(context) {
		reportRefDefects(context, 'parameter', 'not-valid');
	},
});
