/** Real PNG files for icon tests, encoded with pngjs. */
import { PNG } from 'pngjs';

/** A `width`×`height` PNG filled with `background` (r, g, b, a), with an optional centred square logo. */
export function pngOf(width: number, height: number, background: readonly [number, number, number, number], logo?: readonly [number, number, number, number]): Uint8Array {
	const png = new PNG({ width, height });
	for (let y = 0; y < height; y++) {
		for (let x = 0; x < width; x++) {
			const inLogo = logo && x > width / 4 && x < (3 * width) / 4 && y > height / 4 && y < (3 * height) / 4;
			const [r, g, b, a] = inLogo ? logo : background;
			const at = (y * width + x) * 4;
			png.data[at] = r;
			png.data[at + 1] = g;
			png.data[at + 2] = b;
			png.data[at + 3] = a;
		}
	}
	return new Uint8Array(PNG.sync.write(png));
}

/** A 230×230 icon with a #0058a9 background and a white logo. */
export const GOOD_ICON = (): Uint8Array => pngOf(230, 230, [0x00, 0x58, 0xa9, 255], [255, 255, 255, 255]);

export const START = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
