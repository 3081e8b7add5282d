import { setValue } from '../../engine/edits';
import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { entriesNamed, metadataEntries, splitCategories } from '../../core/metadata';

/** CS "Step 3b": "The Categories property value is a semicolon-delimited string." */
export default defineRule({
	id: 'metadata-categories-delimiter',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['CS'], basis: 'should' },
	description: 'Connector categories should be separated by semicolons, not commas.',
	fixable: true,
	files: ['swagger'],
	check(context) {
		const entries = metadataEntries(context.swagger!);
		if (!entries) {
			return;
		}
		for (const entry of entriesNamed(entries, 'Categories')) {
			const value = entry.propertyValue;
			// No category name contains a comma, so any comma is a delimiter.
			if (typeof value !== 'string' || !value.includes(',')) {
				continue;
			}
			const suggestion = splitCategories(value).join(';');
			context.report({
				file: 'swagger',
				path: [...entry.path, 'propertyValue'],
				message: `The 'Categories' value should be a semicolon-delimited string: "${suggestion}".`,
				data: { suggestion },
			});
		}
	},
	fix({ finding, doc }) {
		const suggestion = finding.data?.suggestion;
		return typeof suggestion === 'string' ? { title: `Separate the categories with ';'`, edits: setValue(doc, finding.path, suggestion) } : undefined;
	},
});
