import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { checkExclusiveNeedsBound } from '../shared/schemaLimits';

/** `exclusiveMinimum` is a flag on `minimum`; without `minimum` it bounds nothing (SVR Metadata). Schemas, non-body parameters, headers and items. */
export default defineRule({
	id: 'exclusive-minimum-requires-minimum',
	msCode: 'ExclusiveMinimumRequiresMinimum',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "The 'exclusiveMinimum' keyword needs a 'minimum' on the same schema or parameter.",
	fixable: false,
	files: ['swagger'],
	check: checkExclusiveNeedsBound('exclusiveMinimum', 'minimum'),
});
