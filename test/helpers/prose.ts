/**
 * Fix-all never invents content (issue 13): what `connector-certify fix` and the editor's fix-all write must be fully
 * determined by the file. These helpers find wording a fix added: a `summary`, `description`, `x-ms-summary` or
 * `x-ms-visibility` that was not in the file at that place before (a misspelt key renamed with its own value is not
 * new wording).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from 'jsonc-parser';

export const PROSE_KEYS: readonly string[] = ['summary', 'description', 'x-ms-summary', 'x-ms-visibility'];

/** The prose keys present in `after` and absent from `before` at the same path, unless `before` held the value under a key `after` dropped (a rename). */
export function addedProse(before: unknown, after: unknown, path: string[] = []): string[] {
	if (Array.isArray(after)) {
		return after.flatMap((item, index) => addedProse(Array.isArray(before) ? before[index] : undefined, item, [...path, String(index)]));
	}
	if (!after || typeof after !== 'object') {
		return [];
	}
	const old = before && typeof before === 'object' && !Array.isArray(before) ? (before as Record<string, unknown>) : {};
	const added: string[] = [];
	for (const [key, value] of Object.entries(after)) {
		if (PROSE_KEYS.includes(key) && !(key in old)) {
			const renamed = Object.entries(old).some(([oldKey, oldValue]) => !(oldKey in after) && JSON.stringify(oldValue) === JSON.stringify(value));
			if (!renamed) {
				added.push(`/${[...path, key].join('/')}: ${JSON.stringify(value)}`);
			}
		}
		added.push(...addedProse(old[key], value, [...path, key]));
	}
	return added;
}

/** The connector JSON files under `root` (relative path → text). */
export function jsonFilesUnder(root: string): Map<string, string> {
	const files = new Map<string, string>();
	const walk = (dir: string) => {
		for (const name of readdirSync(dir).sort()) {
			const path = join(dir, name);
			if (statSync(path).isDirectory()) {
				walk(path);
			} else if (/^(apiProperties|.*\.swagger)\.json$/i.test(name)) {
				files.set(relative(root, path), readFileSync(path, 'utf8'));
			}
		}
	};
	walk(root);
	return files;
}

/** Wording added to any connector file between two snapshots, one line per place. */
export function addedProseBetween(before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>): string[] {
	return [...after].flatMap(([file, text]) => (before.get(file) === text ? [] : addedProse(parse(before.get(file) ?? '{}'), parse(text)).map((place) => `${file} ${place}`)));
}
