import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { checkExclusiveNeedsBound } from '../shared/schemaLimits';

/** `exclusiveMaximum` is a flag on `maximum`; without `maximum` it bounds nothing (SVR Metadata). Schemas, non-body parameters, headers and items. */
export default defineRule({
	id: 'exclusive-maximum-requires-maximum',
	msCode: 'ExclusiveMaximumRequiresMaximum',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "The 'exclusiveMaximum' keyword needs a 'maximum' on the same schema or parameter.",
	fixable: false,
	files: ['swagger'],
	check: checkExclusiveNeedsBound('exclusiveMaximum', 'maximum'),
});
