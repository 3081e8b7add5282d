import { setValue } from '../../engine/edits';
import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { splitCategories } from '../../core/metadata';
import { metadataValues } from './_metadataValues';

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
		for (const { value, path } of metadataValues(context.swagger!, ['Categories'])) {
			// No category name contains a comma, so any comma is a delimiter.
			if (!value.includes(',')) {
				continue;
			}
			const suggestion = splitCategories(value).join(';');
			context.report({
				file: 'swagger',
				path,
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
