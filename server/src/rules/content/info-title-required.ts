import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { isObject } from '../../core/refs';
import { setValue } from '../../engine/edits';
import { titleFromHost } from '../../core/wording';
import { reportMissingInfoString } from './_infoStrings';

/** Certification: the connector has a title (`info.title`), its name in the designer and the connector list. */
export default defineRule({
	id: 'info-title-required',
	msCode: 'RequiredPropertyMissing',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['MSS', 'CS'], basis: 'validator-rejects' },
	description: 'The connector must have a non-empty info.title.',
	fixable: true,
	files: ['swagger'],
	check(context) {
		reportMissingInfoString(context, 'title');
	},
	fix({ finding, doc }) {
		const root = doc.value;
		if (!isObject(root)) {
			return undefined;
		}
		// From the host when it names the service; otherwise a neutral placeholder (no restricted word, ends alphanumeric).
		const fromHost = titleFromHost(root.host);
		const title = fromHost ?? 'Service name';
		const info = root.info;
		// First in `info`, where every connector has it.
		const first = isObject(info) ? Object.keys(info)[0] : undefined;
		// A title derived from the host is a fair guess; the neutral placeholder must be written by the author.
		return { title: `Add the title "${title}"`, edits: setValue(doc, finding.path, title, { before: first }), placeholder: title, requiresAuthor: fromHost === undefined };
	},
});
