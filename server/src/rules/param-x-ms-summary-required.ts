import { setValue } from '../engine/edits';
import { FROM_CERTIFICATION, defineRule } from '../engine/types';
import { titleFromName } from './_fixText';

/**
 * Certification: every parameter has an `x-ms-summary`, the field's display name in the designer. The validator
 * asks for it on internal parameters too: corpus pairs 15, 29 and 39 are real fixes where authors added it to
 * internal parameters to pass. The `exemptInternal` option skips them for teams that only want what users see.
 */
export default defineRule({
	id: 'param-x-ms-summary-required',
	msCode: 'RequiredPropertyMissing',
	severity: 'error',
	profiles: FROM_CERTIFICATION,
	description: 'Every parameter must have an x-ms-summary.',
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
			const summary = value['x-ms-summary'];
			if (typeof summary !== 'string' || summary.trim() === '') {
				context.report({
					file: 'swagger',
					path: [...parameter.definitionPath, 'x-ms-summary'],
					target: summary === undefined ? 'missing' : 'value',
					message: "The 'x-ms-summary' property is required.",
					data: { name: parameter.name, in: parameter.in },
				});
			}
		}
	},
	fix({ finding, doc }) {
		const name = finding.data?.name;
		const summary = typeof name === 'string' ? titleFromName(name) : '';
		if (summary === '') {
			return undefined;
		}
		// Next to the name it displays; replaces an empty one in place.
		return { title: `Add the x-ms-summary "${summary}"`, edits: setValue(doc, finding.path, summary, { after: 'name' }), placeholder: summary };
	},
});
