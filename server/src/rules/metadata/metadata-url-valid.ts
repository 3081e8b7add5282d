import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { entriesNamed, metadataEntries, parseAbsoluteUrl } from '../../core/metadata';

/** CS "Step 3b": `Website` and `Privacy policy` "should be a URL"; the docs page links to them. */
export default defineRule({
	id: 'metadata-url-valid',
	msCode: 'UrlNotValid',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: {
		sources: ['CS'],
		basis: 'validator-lets-through',
		note: "Microsoft's message for this check is presumed, not seen, and the validator accepted a swagger in 2024 whose Privacy policy URL starts with hhttps://, so a URL here does not block; the warning still catches such typos.",
	},
	description: 'The Website and Privacy policy metadata values must be absolute http or https URLs.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const entries = metadataEntries(context.swagger!);
		if (!entries) {
			return;
		}
		for (const entry of [...entriesNamed(entries, 'Website'), ...entriesNamed(entries, 'Privacy policy')]) {
			const value = entry.propertyValue;
			// Empty values are metadata-entries' finding; other types are not ours to judge.
			if (typeof value !== 'string' || value.trim() === '') {
				continue;
			}
			const url = parseAbsoluteUrl(value);
			if (url && (url.protocol === 'https:' || url.protocol === 'http:')) {
				continue;
			}
			context.report({
				file: 'swagger',
				path: [...entry.path, 'propertyValue'],
				message: `The '${entry.propertyName ?? ''}' value '${value}' is not an absolute http or https URL.`,
				data: { propertyName: entry.propertyName, url: value },
			});
		}
	},
});
