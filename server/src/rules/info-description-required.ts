import { FROM_CERTIFICATION, defineRule } from '../engine/types';
import { isObject } from '../core/refs';

/** Certification: the connector has a description (`info.description`), shown on its page (CS; PR#3841). */
export default defineRule({
	id: 'info-description-required',
	msCode: 'RequiredPropertyMissing',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	description: 'The connector must have a non-empty info.description.',
	fixable: false,
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
});
