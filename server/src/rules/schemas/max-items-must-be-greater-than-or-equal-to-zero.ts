import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { checkNonNegative } from '../shared/schemaLimits';

/** A negative `maxItems` can never be satisfied (or means nothing); SVR Metadata. Schemas, non-body parameters, headers and items. */
export default defineRule({
	id: 'max-items-must-be-greater-than-or-equal-to-zero',
	msCode: 'MaxItemsMustBeGreaterThanOrEqualToZero',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "A 'maxItems' value must not be negative.",
	fixable: false,
	files: ['swagger'],
	check: checkNonNegative('maxItems'),
});
