import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { checkMinNotAboveMax } from '../shared/schemaLimits';

/** `minimum` above `maximum` leaves no valid value (SVR Metadata, "should": a warning). Schemas, non-body parameters, headers and items. */
export default defineRule({
	id: 'minimum-should-be-less-than-or-equal-to-maximum',
	msCode: 'MinimumShouldBeLessThanOrEqualToMaximum',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'should' },
	description: "A 'minimum' value should not be greater than the 'maximum' value.",
	fixable: false,
	files: ['swagger'],
	check: checkMinNotAboveMax('minimum', 'maximum'),
});
