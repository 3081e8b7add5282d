import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { checkNonNegative } from '../shared/schemaLimits';

/** A negative `minProperties` can never be satisfied (or means nothing); SVR Metadata. Schemas, non-body parameters, headers and items. */
export default defineRule({
	id: 'min-properties-must-be-greater-than-or-equal-to-zero',
	msCode: 'MinPropertiesMustBeGreaterThanOrEqualToZero',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'validator-rejects' },
	description: "A 'minProperties' value must not be negative.",
	fixable: false,
	files: ['swagger'],
	check: checkNonNegative('minProperties'),
});
