import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { CONNECTOR_CATEGORIES, canonicalCategory, entriesNamed, metadataEntries } from '../../core/metadata';

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
		const entries = metadataEntries(context.swagger!);
		if (!entries) {
			return;
		}
		for (const entry of entriesNamed(entries, 'Categories')) {
			if (typeof entry.propertyValue !== 'string') {
				continue;
			}
			// `;` is the delimiter; a `,` used instead is metadata-categories-delimiter's finding, so split on both.
			const invalid = entry.propertyValue
				.split(/[;,]/)
				.map((item) => item.trim())
				.filter((item) => item !== '' && canonicalCategory(item) === undefined);
			for (const category of invalid) {
				context.report({
					file: 'swagger',
					path: [...entry.path, 'propertyValue'],
					message: `The connector category is invalid. Available categories are: [${CONNECTOR_CATEGORIES.join(', ')}].`,
					data: { category, allowed: CONNECTOR_CATEGORIES },
				});
			}
		}
	},
});
