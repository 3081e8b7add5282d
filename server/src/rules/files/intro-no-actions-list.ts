import { FROM_CERTIFICATION, defineRule } from '../../engine/types';
import { headingLine, headingRange, lists, normalizeText, plainText } from './_intro';
import { headings, sectionBody } from './_readme';

/** SFC's words, quoted in every finding. */
const SFC = "\"Don't include information about your connector's actions or triggers within the intro.md, because this information will be automatically generated for you during certification.\"";

/** A heading that introduces the list: "Actions", "Supported operations", "Triggers and actions"… */
const LIST_HEADING = /^(?:(?:supported|available|connector|list of) )?(?:actions|triggers|operations)(?: (?:and )?(?:actions|triggers|operations))?$/;

/** Summaries shorter than this ("Get") are too common to tell a list of operations from prose. */
const MIN_SUMMARY_LENGTH = 4;

/**
 * SFC: the actions and triggers are generated into the docs page during certification, so intro.md must not list
 * them. Fires on a heading that introduces such a list, and on a list where two or more items are the summaries of
 * the definition's operations (the item itself, or the summary followed by a description).
 */
export default defineRule({
	id: 'intro-no-actions-list',
	severity: 'warning',
	profiles: FROM_CERTIFICATION,
	evidence: { sources: ['SVR', 'SFC'], basis: 'should' },
	description: "The intro.md file should not list the connector's actions or triggers, which certification generates.",
	fixable: false,
	files: ['intro'],
	check(context) {
		const intro = context.artifacts.intro!;
		const flagged: { start: number; end: number }[] = [];
		for (const heading of headings(intro)) {
			if (LIST_HEADING.test(normalizeText(heading.text))) {
				const written = headingLine(intro, heading);
				context.report({ file: 'intro', path: [], range: headingRange(intro, heading), message: `Remove the section '${written}': ${SFC}`, data: { heading: written } });
				flagged.push({ start: heading.offset, end: heading.bodyStart + sectionBody(intro, heading).length });
			}
		}
		const summaries = [
			...new Set(
				(context.swagger?.operations() ?? [])
					.map((operation) => operation.value.summary)
					.filter((summary): summary is string => typeof summary === 'string')
					.map(normalizeText)
					.filter((summary) => summary.length >= MIN_SUMMARY_LENGTH),
			),
		];
		if (!summaries.length) {
			return;
		}
		for (const list of lists(intro)) {
			if (flagged.some((section) => list[0].offset >= section.start && list[0].offset < section.end)) {
				continue; // Already reported by its heading.
			}
			const named = list.filter((item) => {
				const text = normalizeText(plainText(item.text));
				return summaries.some((summary) => text === summary || text.startsWith(`${summary} `));
			});
			if (named.length < 2) {
				continue;
			}
			const first = named[0];
			const last = named[named.length - 1];
			context.report({
				file: 'intro',
				path: [],
				range: intro.rangeAt(first.offset, last.offset + last.length - first.offset),
				message: `This list names ${named.length} of the connector's operations: ${SFC}`,
				data: { operations: named.length },
			});
		}
	},
});
