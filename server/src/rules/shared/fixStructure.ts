/**
 * Shared by the structural and metadata quick fixes: the skeletons they insert and the placeholder values in them.
 * Placeholders are valid values (so re-checking finds nothing new) that are obviously not final: the editor selects
 * them after the fix so the author overwrites them at once.
 */

/** Placeholder values of the `x-ms-connector-metadata` entries, by the `propertyName` CS spells. */
export const METADATA_PLACEHOLDERS: Readonly<Record<string, string>> = {
	Website: 'https://www.example.com',
	'Privacy policy': 'https://www.example.com/privacy',
	// A category from CS's list, so metadata-categories-allowed accepts it until the author chooses.
	Categories: 'Productivity',
};

/** One `x-ms-connector-metadata` entry with its placeholder value. */
export function metadataEntry(propertyName: string): { propertyName: string; propertyValue: string } {
	return { propertyName, propertyValue: METADATA_PLACEHOLDERS[propertyName] ?? '' };
}

/** Placeholder values of `info.contact`. */
export const CONTACT_PLACEHOLDERS = {
	name: 'Support team',
	url: 'https://www.example.com/support',
	email: 'support@example.com',
} as const;

/** A colour to overwrite: not one of the forbidden brand colours, and visibly not a brand's own. */
export const BRAND_COLOR_PLACEHOLDER = '#000000';

/** Levenshtein distance, for recognising a typo in a short enum value (`advnced` for `advanced`). */
export function editDistance(a: string, b: string): number {
	let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		for (let j = 1; j <= b.length; j++) {
			current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
		}
		previous = current;
	}
	return previous[b.length];
}

/**
 * The allowed value an invalid one was meant to be: the same ignoring case and surrounding spaces, else the only one
 * within two typing errors. Undefined when the intent is not clear (another word, a non-string, a tie).
 */
export function closestAllowedValue(value: unknown, allowed: readonly string[]): string | undefined {
	if (typeof value !== 'string') {
		return undefined;
	}
	const normalized = value.trim().toLowerCase();
	const sameWord = allowed.find((candidate) => candidate.toLowerCase() === normalized);
	if (sameWord !== undefined) {
		return sameWord;
	}
	const near = allowed.filter((candidate) => editDistance(candidate.toLowerCase(), normalized) <= 2);
	return near.length === 1 ? near[0] : undefined;
}
