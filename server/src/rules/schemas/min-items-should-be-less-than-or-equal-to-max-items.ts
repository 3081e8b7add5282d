import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { checkMinNotAboveMax } from '../shared/schemaLimits';

/** `minItems` above `maxItems` leaves no valid value (SVR Metadata, "should": a warning). Schemas, non-body parameters, headers and items. */
export default defineRule({
	id: 'min-items-should-be-less-than-or-equal-to-max-items',
	msCode: 'MinItemsShouldBeLessThanOrEqualToMaxItems',
	severity: 'warning',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR'], basis: 'should' },
	description: "A 'minItems' value should not be greater than the 'maxItems' value.",
	fixable: false,
	files: ['swagger'],
	check: checkMinNotAboveMax('minItems', 'maxItems'),
});
