/**
 * A JSON value as text with every object's keys sorted, so two values are deeply equal exactly when their texts are
 * the same: a duplicate among thousands of items is one Map lookup each instead of a comparison with every other item.
 * Strings are quoted and numbers are not, so `"1"` and `1` differ; `-0` is `0`, as `===` has it. Recursive: parsed
 * documents nest at most MAX_DEPTH (core/json.ts) levels. Required by the precompiled Swagger validator
 * (swagger2Valid.generated.js), so it imports nothing.
 */
export function canonicalJson(value: unknown): string {
	if (Array.isArray(value)) {
		return `[${value.map(canonicalJson).join(',')}]`;
	}
	if (typeof value === 'object' && value !== null) {
		const object = value as Record<string, unknown>;
		const keys = Object.keys(object).sort();
		const members = new Array<string>(keys.length);
		for (let index = 0; index < keys.length; index++) {
			members[index] = `${JSON.stringify(keys[index])}:${canonicalJson(object[keys[index]])}`;
		}
		return `{${members.join(',')}}`;
	}
	return typeof value === 'string' ? JSON.stringify(value) : String(value);
}
