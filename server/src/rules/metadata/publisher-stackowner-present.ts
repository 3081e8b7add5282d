import { isObject } from '../../core/refs';
import { setValue } from '../../engine/edits';
import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { isPlaceholderText } from '../../core/metadata';

const WHAT = {
	publisher: 'the full name of your company or organization',
	stackOwner: 'the company or organization that owns the back-end service',
} as const;

/** CS "Step 3a": apiProperties gives the `publisher` and the `stackOwner`. */
export default defineRule({
	id: 'publisher-stackowner-present',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: {
		sources: ['CS', 'TPL'],
		basis: 'reviewers-let-through',
		note: "Reviewers have asked authors to add stackOwner, but certified and independent-publisher connectors accepted from 2021 to 2024 lack it.",
	},
	description: 'The apiProperties file must give the publisher and the stackOwner.',
	fixable: true,
	files: ['apiProperties'],
	check(context) {
		const properties = context.apiProperties!.properties;
		for (const key of ['publisher', 'stackOwner'] as const) {
			const value = properties[key];
			// Non-strings are api-properties-schema's finding.
			if (value !== undefined && (typeof value !== 'string' || !isPlaceholderText(value))) {
				continue;
			}
			context.report({
				file: 'apiProperties',
				path: ['properties', key],
				target: value === undefined ? 'missing' : 'value',
				message: value === undefined ? `The '${key}' property is missing; certification asks for ${WHAT[key]}.` : `The '${key}' value is empty or template text: give ${WHAT[key]}.`,
				data: { property: key },
			});
		}
	},
	fix({ finding, doc, swagger, apiProperties }) {
		const key = finding.data?.property;
		if (key !== 'publisher' && key !== 'stackOwner') {
			return undefined;
		}
		// A starting name to overwrite: the other of the two when it is real (often the same company), else the
		// connector's title (often the service's name), else a neutral example name.
		const usable = (value: unknown): value is string => typeof value === 'string' && !isPlaceholderText(value);
		const other = apiProperties?.properties[key === 'publisher' ? 'stackOwner' : 'publisher'];
		const info = swagger?.root.info;
		const title = isObject(info) ? info.title : undefined;
		const placeholder = usable(other) ? other.trim() : usable(title) ? title.trim() : 'Contoso';
		const position = key === 'publisher' ? { before: 'stackOwner' } : { after: 'publisher' };
		return { requiresAuthor: true, title: `Set ${key} to "${placeholder}"`, edits: setValue(doc, finding.path, placeholder, position), placeholder };
	},
});
