import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { CREDENTIALS_SECTION, INTRO_SECTIONS, firstLineRange, hasAuthentication, headingLine, headingRange, normalizeText } from './_intro';
import { headings, type Heading } from './_readme';

/**
 * Microsoft's intro.md template (SFC, "(Required)"): six `##` sections with exact headings, in order. The docs page is
 * built from the file, so a renamed or reordered section reads differently from every other connector's page.
 */
export default defineRule({
	id: 'intro-sections',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['SVR', 'SFC'], basis: 'should' },
	description: "The intro.md file should have the six sections of Microsoft's template, with their exact headings, in order.",
	fixable: false,
	files: ['intro'],
	check(context) {
		const intro = context.artifacts.intro!;
		const all = headings(intro);
		const used = new Set<Heading>();
		const found: { section: number; heading: Heading }[] = [];
		const exact = INTRO_SECTIONS.map((section) => {
			// `##Title` without the space is not a heading in CommonMark, so it is not the template's heading either.
			const heading = all.find(
				(candidate) => !used.has(candidate) && candidate.level === 2 && `## ${candidate.text}` === section.heading && /^##[ \t]/.test(headingLine(intro, candidate)),
			);
			if (heading) {
				used.add(heading);
			}
			return heading;
		});
		INTRO_SECTIONS.forEach((section, index) => {
			if (exact[index]) {
				found.push({ section: index, heading: exact[index] });
				return;
			}
			// A heading meant as this section: the same words in another case or level, or a usual variant.
			const heading = all.find((candidate) => {
				const normalized = normalizeText(candidate.text);
				return !used.has(candidate) && candidate.level <= 3 && (normalized === normalizeText(section.heading) || section.similar(normalized));
			});
			if (heading) {
				used.add(heading);
				found.push({ section: index, heading });
				const written = headingLine(intro, heading);
				context.report({
					file: 'intro',
					path: [],
					range: headingRange(intro, heading),
					message: `The heading '${written}' should be '${section.heading}', as Microsoft's intro.md template writes it.`,
					data: { section: section.heading, heading: written },
				});
				return;
			}
			const authentication = index === CREDENTIALS_SECTION ? hasAuthentication(context.swagger, context.apiProperties) : true;
			if (authentication !== true) {
				return; // The template: "If your connector doesn't require authentication, this section can be removed."
			}
			context.report({
				file: 'intro',
				path: [],
				range: firstLineRange(intro),
				message:
					index === CREDENTIALS_SECTION
						? `The intro.md file has no '${section.heading}' section, which Microsoft's intro.md template requires for a connector with authentication.`
						: `The intro.md file has no '${section.heading}' section, which Microsoft's intro.md template requires.`,
				data: { section: section.heading },
			});
		});
		found.sort((a, b) => a.heading.offset - b.heading.offset);
		const inOrder = longestInOrder(found.map((item) => item.section));
		found.forEach((item, position) => {
			if (inOrder.has(position)) {
				return;
			}
			const section = INTRO_SECTIONS[item.section].heading;
			const kept = found.filter((_, other) => inOrder.has(other));
			const before = kept.find((other) => other.section > item.section);
			const after = [...kept].reverse().find((other) => other.section < item.section);
			const where = before ? `before '${INTRO_SECTIONS[before.section].heading}'` : `after '${INTRO_SECTIONS[after!.section].heading}'`;
			context.report({
				file: 'intro',
				path: [],
				range: headingRange(intro, item.heading),
				message: `The section '${section}' is out of order: Microsoft's intro.md template puts it ${where}.`,
				data: { section },
			});
		});
	},
});

/**
 * The positions of a longest increasing run of template indexes (kept in place); every other section is the one out
 * of order. On a tie the run that ends first wins, so the later of two swapped sections is reported.
 */
function longestInOrder(sections: readonly number[]): Set<number> {
	const length: number[] = [];
	const previous: number[] = [];
	sections.forEach((section, i) => {
		length[i] = 1;
		previous[i] = -1;
		for (let j = 0; j < i; j++) {
			if (sections[j] < section && length[j] + 1 > length[i]) {
				length[i] = length[j] + 1;
				previous[i] = j;
			}
		}
	});
	let end = -1;
	sections.forEach((_, i) => {
		if (end < 0 || length[i] > length[end]) {
			end = i;
		}
	});
	const kept = new Set<number>();
	for (let i = end; i >= 0; i = previous[i]) {
		kept.add(i);
	}
	return kept;
}
