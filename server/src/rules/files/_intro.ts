/**
 * intro.md as the intro rules read it (rules.md §10): Microsoft's template is a description paragraph without a
 * heading, then six `##` sections in a fixed order. Headings come from `_readme` (same Markdown, same fence handling).
 */
import type { Range } from '../../core/lines';
import type { ApiPropertiesModel } from '../../core/apiProperties';
import type { SwaggerModel } from '../../core/swagger';
import type { TextArtifact } from '../../engine/artifacts';
import { INTRO_HEADINGS } from '../../core/intro';
import { headings, isCredentialsHeading, type Heading } from './_readme';

export interface IntroSection {
	/** The heading exactly as the template writes it, `## ` included. */
	readonly heading: string;
	/** Headings an author writes for the same section ("Known Issues", "Frequently asked questions"), normalised. */
	readonly similar: (normalized: string) => boolean;
}

/** The template's sections in order; the second one is optional for a connector without authentication. */
export const INTRO_SECTIONS: readonly IntroSection[] = [
	{ heading: INTRO_HEADINGS[0], similar: (h) => /^(pre ?requisites?|requirements)\b/.test(h) },
	{ heading: INTRO_HEADINGS[1], similar: (h) => isCredentialsHeading(h) || /^(get (the )?)?credentials$|^authentication$/.test(h) },
	{ heading: INTRO_HEADINGS[2], similar: (h) => /^(how to )?get(ting)? started\b/.test(h) },
	{ heading: INTRO_HEADINGS[3], similar: (h) => /^(known (issues|limitations)|limitations)\b/.test(h) },
	{ heading: INTRO_HEADINGS[4], similar: (h) => /^(common )?errors\b|^troubleshooting\b/.test(h) },
	{ heading: INTRO_HEADINGS[5], similar: (h) => /^(faqs?|frequently asked questions)\b/.test(h) },
];

export const CREDENTIALS_SECTION = 1;

/** Lower case, runs of anything but letters and digits as one space. */
export function normalizeText(text: string): string {
	return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/** A heading's source line as written (`## Known Issues`). */
export function headingLine(intro: TextArtifact, heading: Heading): string {
	return intro.text.slice(heading.offset, heading.offset + heading.length);
}

export function headingRange(intro: TextArtifact, heading: Heading): Range {
	return intro.rangeAt(heading.offset, heading.length);
}

/** The range of the file's first line (where findings about the whole file go). */
export function firstLineRange(intro: TextArtifact): Range {
	const end = intro.text.search(/\r?\n|$/);
	return intro.rangeAt(0, intro.text.slice(0, end).trimEnd().length);
}

export interface Description {
	/** The text before the first section heading, trimmed; level-1 title lines are not part of it. */
	readonly text: string;
	/** Where that text is (undefined when it is empty). */
	readonly range?: Range;
	/** The blocks separated by blank lines. */
	readonly paragraphs: readonly string[];
}

/**
 * The description: everything before the first heading below level 1. A `# Title` line is skipped, not counted as a
 * paragraph: the template has none (the docs page adds the title), but an author's title is not a second paragraph.
 */
export function description(intro: TextArtifact): Description {
	const all = headings(intro);
	const first = all.find((heading) => heading.level > 1);
	const end = first ? first.offset : intro.text.length;
	const titles = all.filter((heading) => heading.level === 1 && heading.offset < end);
	// Title lines become blank lines, so offsets stay and they separate what is around them.
	let region = intro.text.slice(0, end);
	for (const title of titles) {
		region = region.slice(0, title.offset) + ' '.repeat(title.length) + region.slice(title.offset + title.length);
	}
	const start = region.search(/\S/);
	if (start < 0) {
		return { text: '', paragraphs: [] };
	}
	const text = region.trim();
	const paragraphs = text.split(/\r?\n[ \t]*\r?\n/).map((paragraph) => paragraph.trim()).filter((paragraph) => paragraph !== '');
	return { text: paragraphs.join('\n\n'), range: intro.rangeAt(start, region.trimEnd().length - start), paragraphs };
}

/**
 * Sentences in prose: a sentence ends with `.`, `!` or `?` followed by white space and a capital or digit (so
 * "e.g. a" and "v1.2" do not split), or at the end of the text.
 */
export function countSentences(text: string): number {
	return text
		.replace(/\s+/g, ' ')
		.split(/(?<=[.!?])\s+(?=[A-Z0-9])/)
		.filter((sentence) => sentence.trim()).length;
}

/**
 * Whether users sign in: security definitions, or an OAuth or secure connection parameter. Undefined when neither
 * file can be read, so nothing that depends on it is reported on a guess.
 */
export function hasAuthentication(swagger: SwaggerModel | undefined, apiProperties: ApiPropertiesModel | undefined): boolean | undefined {
	if (!swagger && !apiProperties) {
		return undefined;
	}
	if (swagger && swagger.securityDefinitions().length > 0) {
		return true;
	}
	return (apiProperties?.connectionParameters() ?? []).some((parameter) => parameter.type === 'securestring' || parameter.type === 'oauthSetting');
}

/** A Markdown list item outside code fences: its line and the item's text after the marker. */
export interface ListItem {
	readonly offset: number;
	readonly length: number;
	readonly text: string;
}

/**
 * The lists of an intro.md: runs of list items (`-`, `*`, `+`, `1.`, `1)`) that only blank lines, indented
 * continuation lines or nested items separate. A heading, a fence or unindented prose ends a list.
 */
export function lists(intro: TextArtifact): ListItem[][] {
	const result: ListItem[][] = [];
	let current: ListItem[] = [];
	let fence: string | undefined;
	const end = () => {
		if (current.length) {
			result.push(current);
		}
		current = [];
	};
	const line = /^(.*)$/gm;
	for (let match = line.exec(intro.text); match; match = line.exec(intro.text)) {
		const text = match[1].replace(/\r$/, '');
		if (match[0].length === 0) {
			line.lastIndex++;
		}
		const fenceMark = /^\s{0,3}(```|~~~)/.exec(text)?.[1];
		if (fenceMark) {
			fence = fence === fenceMark ? undefined : (fence ?? fenceMark);
			end();
			continue;
		}
		if (fence) {
			continue;
		}
		const item = /^(\s{0,3})(?:[-*+]|\d{1,9}[.)])[ \t]+(\S.*)$/.exec(text);
		if (item) {
			const start = match.index + item[1].length;
			current.push({ offset: start, length: text.trimEnd().length - item[1].length, text: item[2].trim() });
		} else if (text.trim() !== '' && !/^\s/.test(text)) {
			end();
		}
	}
	end();
	return result;
}

/** Markdown emphasis, code and links reduced to their text: `**[Send](url)**` → `Send`. */
export function plainText(markdown: string): string {
	return markdown
		.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/[*_`~]+/g, '')
		.trim();
}
