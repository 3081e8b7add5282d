import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { REQUIRED_SECTIONS, headings, sectionTitles } from './_readme';

/** The repository's readme template marks these sections "Required." (rules.md §11); reviewers ask for them. */
export default defineRule({
	id: 'readme-required-sections',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['SVR', 'TPL'], basis: 'should' },
	description: "The readme.md file must have the template's required sections.",
	fixable: false,
	reportsBeside: {
		'readme-intro-length': 'missing sections, not the introduction\'s length',
		'readme-placeholders': 'missing sections, not template text left in',
	},
	files: ['readme'],
	check(context) {
		const readme = context.artifacts.readme!;
		const all = headings(readme);
		const title = all.find((heading) => heading.level === 1);
		const where = title ? readme.rangeAt(title.offset, title.length) : undefined;
		if (!title) {
			context.report({ file: 'readme', path: [], message: "The readme has no title: it must start with '# <Connector name>' (Required in the readme template).", data: { section: 'title' } });
		}
		const present = sectionTitles(readme);
		for (const section of REQUIRED_SECTIONS) {
			if (section.certifiedOnly && context.connector.independentPublisher) {
				continue;
			}
			if (!present.some((text) => section.matches(text))) {
				context.report({
					file: 'readme',
					path: [],
					range: where,
					message: `The readme has no '## ${section.title}' section, which the readme template marks Required.`,
					data: { section: section.title },
				});
			}
		}
	},
});
