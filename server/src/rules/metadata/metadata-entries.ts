import { valueAtPath } from '../../core/refs';
import { setValue } from '../../engine/edits';
import { FROM_VALIDATOR, defineRule } from '../../engine/types';
import { METADATA_PLACEHOLDERS, metadataEntry } from '../shared/fixStructure';
import { REQUIRED_METADATA, entriesNamed, metadataEntries } from '../../core/metadata';

/**
 * SVR `ConnectorMetadataPropertiesMissing`: `x-ms-connector-metadata` has a `Website`, a `Privacy policy` and a
 * `Categories` entry with a value. Names match ignoring case (rules.md §12 item 6: 75 certified files spell
 * `Privacy Policy`).
 */
export default defineRule({
	id: 'metadata-entries',
	msCode: 'ConnectorMetadataPropertiesMissing',
	severity: 'error',
	profiles: FROM_VALIDATOR,
	evidence: { sources: ['SVR', 'CS', 'PR4077'], basis: 'validator-rejects' },
	description: 'The x-ms-connector-metadata array must have Website, Privacy policy and Categories entries.',
	fixable: true,
	files: ['swagger'],
	check(context) {
		const entries = metadataEntries(context.swagger!);
		// A missing extension is x-ms-connector-metadata-required's finding.
		if (!entries) {
			return;
		}
		for (const name of REQUIRED_METADATA) {
			const found = entriesNamed(entries, name);
			const message = `The connector metadata property '${name}' is required.`;
			if (found.length === 0) {
				context.report({ file: 'swagger', path: ['x-ms-connector-metadata'], target: 'key', message, data: { propertyName: name } });
				continue;
			}
			const withValue = found.find((entry) => typeof entry.propertyValue !== 'string' || entry.propertyValue.trim() !== '');
			if (!withValue) {
				const entry = found[0];
				context.report({
					file: 'swagger',
					path: [...entry.path, 'propertyValue'],
					target: entry.propertyValue === undefined ? 'missing' : 'value',
					message,
					data: { propertyName: name },
				});
			}
		}
	},
	fix({ finding, doc }) {
		const name = finding.data?.propertyName;
		if (typeof name !== 'string') {
			return undefined;
		}
		const placeholder = METADATA_PLACEHOLDERS[name] ?? '';
		if (finding.path[finding.path.length - 1] === 'propertyValue') {
			return { requiresAuthor: true, title: `Add a ${name} value`, edits: setValue(doc, finding.path, placeholder), placeholder };
		}
		const entries = valueAtPath(doc.value, ['x-ms-connector-metadata']);
		if (!Array.isArray(entries)) {
			return undefined;
		}
		return { requiresAuthor: true, title: `Add the ${name} entry`, edits: setValue(doc, ['x-ms-connector-metadata', entries.length], metadataEntry(name)), placeholder };
	},
});
