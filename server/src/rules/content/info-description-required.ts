import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { isObject } from '../../core/refs';
import { setValue } from '../../engine/edits';
import { firstPresent } from '../../core/wording';
import { reportMissingInfoString } from './_infoStrings';

/** Certification: the connector has a description (`info.description`), shown on its page (CS; PR#3841). */
export default defineRule({
	id: 'info-description-required',
	msCode: 'RequiredPropertyMissing',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['CS'], basis: 'validator-rejects' },
	description: 'The connector must have a non-empty info.description.',
	fixable: true,
	files: ['swagger'],
	check(context) {
		reportMissingInfoString(context, 'description');
	},
	fix({ finding, doc }) {
		const root = doc.value;
		if (!isObject(root)) {
			return undefined;
		}
		const info = root.info;
		const title = isObject(info) && typeof info.title === 'string' ? info.title.trim() : '';
		// Skeleton wording to overwrite: names what to write, long enough for info-description-length, not the title.
		const description = title ? `${title}: describe the service and what users can do with this connector.` : 'Describe the service and what users can do with this connector.';
		return {
			requiresAuthor: true,
			title: 'Add a description skeleton',
			edits: setValue(doc, finding.path, description, { after: firstPresent(info, ['title']) }),
			placeholder: description,
		};
	},
});
