import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { entriesNamed, metadataEntries, splitCategories } from '../../core/metadata';

/** SVR `TooManyConnectorCategories`; CS "Step 3b": "a maximum of two" categories. */
export default defineRule({
	id: 'metadata-categories-max-2',
	msCode: 'TooManyConnectorCategories',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['CS', 'SVR'], basis: 'validator-rejects' },
	description: 'A connector can have at most two categories.',
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
			const categories = splitCategories(entry.propertyValue);
			if (categories.length > 2) {
				context.report({
					file: 'swagger',
					path: [...entry.path, 'propertyValue'],
					message: "The maximum allowed number of categories for the connector is '2'.",
					data: { categories, max: 2 },
				});
			}
		}
	},
});
