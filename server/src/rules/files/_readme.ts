/**
 * readme.md as the readme rules read it: ATX headings outside code fences, with their ranges, computed once per file.
 * The template is the readme.md under the open-source repository's templates folder (rules.md §11).
 */
import type { TextArtifact } from '../../engine/artifacts';

export interface Heading {
	readonly level: number;
	/** The heading text, trimmed, without the `#` marks. */
	readonly text: string;
	/** Offset of the first `#` and length of the heading line (without the line break). */
	readonly offset: number;
	readonly length: number;
	/** Offset where the section's body starts (after the heading line). */
	readonly bodyStart: number;
}

const cache = new WeakMap<TextArtifact, Heading[]>();

export function headings(readme: TextArtifact): readonly Heading[] {
	let list = cache.get(readme);
	if (!list) {
		list = [];
		let fence: string | undefined;
		const line = /^(.*)$/gm;
		for (let match = line.exec(readme.text); match; match = line.exec(readme.text)) {
			const text = match[1].replace(/\r$/, '');
			const fenceMark = /^\s{0,3}(```|~~~)/.exec(text)?.[1];
			if (fenceMark) {
				fence = fence === fenceMark ? undefined : (fence ?? fenceMark);
			} else if (!fence) {
				// `##Title` without the space is not CommonMark, but authors write it and GitHub's older renderer showed it.
				const heading = /^\s{0,3}(#{1,6})[ \t]*([^#\s].*?)[ \t#]*$/.exec(text);
				if (heading) {
					list.push({ level: heading[1].length, text: heading[2].trim(), offset: match.index + text.indexOf('#'), length: text.trimEnd().length - text.indexOf('#'), bodyStart: match.index + match[0].length + 1 });
				}
			}
			if (match[0].length === 0) {
				line.lastIndex++;
			}
		}
		cache.set(readme, list);
	}
	return list;
}

/** The body of a section: from after its heading to the next heading of the same or a higher level. */
export function sectionBody(readme: TextArtifact, heading: Heading): string {
	const all = headings(readme);
	const next = all.find((other) => other.offset > heading.offset && other.level <= heading.level);
	return readme.text.slice(Math.min(heading.bodyStart, readme.text.length), next ? next.offset : readme.text.length);
}

export function normalizeHeading(text: string): string {
	return text.toLowerCase().replace(/[^a-z0-9:]+/g, ' ').replace(/\bpre requisites?\b/, 'prerequisites').trim();
}

/** `## Obtaining Credentials` and the variants authors write ("How to get credentials", "Getting the credentials"). */
export function isCredentialsHeading(normalized: string): boolean {
	return /^(obtaining|getting|how to get|how to obtain) (the )?credentials/.test(normalized);
}

export interface RequiredSection {
	/** How the template writes it. */
	readonly title: string;
	readonly matches: (normalized: string) => boolean;
	/** Required for certified connectors only (optional for Independent Publishers). */
	readonly certifiedOnly?: boolean;
}

/** The `## …` sections the template marks "Required." */
export const REQUIRED_SECTIONS: readonly RequiredSection[] = [
	{ title: 'Publisher: <name>', matches: (h) => h.startsWith('publisher') },
	{ title: 'Prerequisites', matches: (h) => h.startsWith('prerequisite') },
	// Older readmes split operations into actions and triggers; the template's intent is met either way.
	{ title: 'Supported Operations', matches: (h) => /^supported (operations|actions|triggers)/.test(h) },
	{ title: 'Obtaining Credentials', matches: (h) => isCredentialsHeading(h) },
	{ title: 'Known Issues and Limitations', matches: (h) => h.startsWith('known issues') || h.startsWith('limitations') },
	{ title: 'Deployment Instructions', matches: (h) => h.startsWith('deployment instructions'), certifiedOnly: true },
];

/** The sections of a readme (any heading level: some authors write `# Prerequisites`), normalised. */
export function sectionTitles(readme: TextArtifact): string[] {
	return headings(readme)
		.filter((heading) => heading.level <= 3)
		.map((heading) => normalizeHeading(heading.text));
}

export function supportedOperationsHeading(readme: TextArtifact): Heading | undefined {
	return headings(readme).find((heading) => heading.level <= 2 && /^supported (operations|actions)/.test(normalizeHeading(heading.text)));
}
