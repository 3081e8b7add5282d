import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { isObject } from '../../core/refs';
import { setValue } from '../../engine/edits';
import { firstPresent } from '../../core/wording';

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
		const swagger = context.swagger!;
		const info = swagger.root.info;
		// A root or an `info` that is not an object is the structure rules' finding.
		if (!isObject(swagger.document.value) || (info !== undefined && !isObject(info))) {
			return;
		}
		const description = info?.description;
		if (typeof description !== 'string' || description.trim() === '') {
			context.report({
				file: 'swagger',
				path: ['info', 'description'],
				target: description === undefined ? 'missing' : 'value',
				message: "The 'description' property is required.",
			});
		}
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
