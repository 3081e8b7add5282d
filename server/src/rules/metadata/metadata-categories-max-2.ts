import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { splitCategories } from '../../core/metadata';
import { metadataValues } from './_metadataValues';

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
		for (const { value, path } of metadataValues(context.swagger!, ['Categories'])) {
			const categories = splitCategories(value);
			if (categories.length > 2) {
				context.report({
					file: 'swagger',
					path,
					message: "The maximum allowed number of categories for the connector is '2'.",
					data: { categories, max: 2 },
				});
			}
		}
	},
});
