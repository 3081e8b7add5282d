import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { CONNECTOR_CATEGORIES, canonicalCategory, splitCategories } from '../../core/metadata';
import { metadataValues } from './_metadataValues';

/** SVR `InvalidConnectorCategory`: each category comes from the list in CS "Step 3b". */
export default defineRule({
	id: 'metadata-categories-allowed',
	msCode: 'InvalidConnectorCategory',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['CS', 'DP'], basis: 'validator-rejects' },
	description: 'Every connector category must be one of the categories Microsoft lists.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		for (const { value, path } of metadataValues(context.swagger!, ['Categories'])) {
			// `;` is the delimiter; a `,` used instead is metadata-categories-delimiter's finding, so split on both.
			const invalid = splitCategories(value).filter((item) => canonicalCategory(item) === undefined);
			for (const category of invalid) {
				context.report({
					file: 'swagger',
					path,
					message: `The connector category is invalid. Available categories are: [${CONNECTOR_CATEGORIES.join(', ')}].`,
					data: { category, allowed: CONNECTOR_CATEGORIES },
				});
			}
		}
	},
});
