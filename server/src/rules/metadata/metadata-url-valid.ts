import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { parseAbsoluteUrl } from '../../core/metadata';
import { metadataValues } from './_metadataValues';

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
		for (const { entry, value, path } of metadataValues(context.swagger!, ['Website', 'Privacy policy'])) {
			// Empty values are metadata-entries' finding.
			if (value.trim() === '') {
				continue;
			}
			const url = parseAbsoluteUrl(value);
			if (url && (url.protocol === 'https:' || url.protocol === 'http:')) {
				continue;
			}
			context.report({
				file: 'swagger',
				path,
				message: `The '${entry.propertyName ?? ''}' value '${value}' is not an absolute http or https URL.`,
				data: { propertyName: entry.propertyName, url: value },
			});
		}
	},
});
