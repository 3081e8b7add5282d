import { FROM_CERTIFICATION, defineRule } from '../engine/types';
import { isObject } from '../core/refs';

/** Certification: the connector has a title (`info.title`), its name in the designer and the connector list. */
export default defineRule({
	id: 'info-title-required',
	msCode: 'RequiredPropertyMissing',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	description: 'The connector must have a non-empty info.title.',
	fixable: false,
	files: ['swagger'],
	check(context) {
		const swagger = context.swagger!;
		const info = swagger.root.info;
		// A root or an `info` that is not an object is the structure rules' finding.
		if (!isObject(swagger.document.value) || (info !== undefined && !isObject(info))) {
			return;
		}
		const title = info?.title;
		if (typeof title !== 'string' || title.trim() === '') {
			context.report({
				file: 'swagger',
				path: ['info', 'title'],
				target: title === undefined ? 'missing' : 'value',
				message: "The 'title' property is required.",
			});
		}
	},
});
