/** mulberry32: a small seeded generator of numbers in [0, 1), so a test's random inputs are the same on every run. */
export function seededRandom(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (state + 0x6d2b79f5) >>> 0;
		let t = state;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

/**
 * A random JSON text from `next`: strings with quotes, escapes, line breaks and non-ASCII, numbers, literals, arrays
 * and objects (no repeated key) nested a few levels, with random whitespace around every token.
 */
export function randomJsonText(next: () => number): string {
	const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)];
	const space = () => pick(['', ' ', '  ', '\n', '\r\n\t', '\t']);
	const strings = ['', 'a', 'name', 'x-ms-summary', 'é', 'quote"inside', 'back\\slash', 'line\nbreak', '☃', '\u2028'];
	const value = (depth: number): string => {
		const kind = depth > 4 ? Math.floor(next() * 4) : Math.floor(next() * 6);
		switch (kind) {
			case 0:
				return JSON.stringify(pick(strings));
			case 1:
				return pick(['0', '-1', '3.25', '1e3', '-2.5E-2', '100']);
			case 2:
				return pick(['true', 'false', 'null']);
			case 3:
				return JSON.stringify(pick(strings) + String(Math.floor(next() * 100)));
			case 4: {
				const items = Array.from({ length: Math.floor(next() * 4) }, () => `${space()}${value(depth + 1)}${space()}`);
				return `[${items.join(',')}]`;
			}
			default: {
				const keys = [...new Set(Array.from({ length: Math.floor(next() * 5) }, () => pick(strings) + String(Math.floor(next() * 3))))];
				return `{${keys.map((key) => `${space()}${JSON.stringify(key)}${space()}:${space()}${value(depth + 1)}${space()}`).join(',')}}`;
			}
		}
	};
	return `${space()}${value(0)}${space()}`;
}
