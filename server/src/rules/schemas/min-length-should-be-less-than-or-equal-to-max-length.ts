import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { checkMinNotAboveMax } from '../shared/schemaLimits';

/** `minLength` above `maxLength` leaves no valid value (SVR Metadata, "should": a warning). Schemas, non-body parameters, headers and items. */
export default defineRule({
	id: 'min-length-should-be-less-than-or-equal-to-max-length',
	msCode: 'MinLengthShouldBeLessThanOrEqualToMaxLength',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'should' },
	description: "A 'minLength' value should not be greater than the 'maxLength' value.",
	fixable: false,
	files: ['swagger'],
	check: checkMinNotAboveMax('minLength', 'maxLength'),
});
