import { valueAtPath } from '../core/refs';
import { setValue } from '../engine/edits';
import { FROM_CERTIFICATION, defineRule } from '../engine/types';
import { firstPresent, parameterDescription, titleFromName } from './_fixText';

/**
 * Certification: every parameter has a `description`, the field's tooltip and placeholder in the designer. The validator
 * asks for it on internal parameters too: corpus pairs 15, 29 and 39 are real fixes where authors added it to
 * internal parameters to pass. The `exemptInternal` option skips them for teams that only want what users see.
 */
export default defineRule({
	id: 'param-description-required',
	msCode: 'RequiredPropertyMissing',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	description: 'Every parameter must have a description.',
	fixable: true,
	files: ['swagger'],
	options: {
		exemptInternal: { type: 'boolean', default: false, description: 'Skip parameters with "x-ms-visibility": "internal", which the designer never shows.' },
	},
	check(context) {
		const exemptInternal = context.option<boolean>('exemptInternal');
		// Each parameter once, where its content is: a shared `#/parameters/x` is reported at its definition.
		for (const parameter of context.swagger!.uniqueParameters()) {
			const value = parameter.value;
			if (!value || (exemptInternal && value['x-ms-visibility'] === 'internal')) {
				continue;
			}
			const description = value.description;
			if (typeof description !== 'string' || description.trim() === '') {
				context.report({
					file: 'swagger',
					path: [...parameter.definitionPath, 'description'],
					target: description === undefined ? 'missing' : 'value',
					message: "The 'description' property is required.",
					data: { name: parameter.name, in: parameter.in },
				});
			}
		}
	},
	fix({ finding, doc }) {
		const parameter = valueAtPath(doc.value, finding.path.slice(0, -1));
		const summary = (parameter as Record<string, unknown> | undefined)?.['x-ms-summary'];
		const name = finding.data?.name;
		const displayName = typeof summary === 'string' && summary.trim() !== '' ? summary : typeof name === 'string' ? titleFromName(name) : '';
		const description = parameterDescription(displayName);
		// After the display name it explains; replaces an empty one in place.
		return {
			title: `Add the description "${description}"`,
			edits: setValue(doc, finding.path, description, { after: firstPresent(parameter, ['x-ms-summary', 'name']) }),
			placeholder: description,
		};
	},
});
