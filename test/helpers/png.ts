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

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
	let c = n;
	for (let k = 0; k < 8; k++) {
		c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
	}
	return c >>> 0;
});

/** PNG's CRC-32 (zlib.crc32 exists only from Node 22). */
export function crc32(bytes: Uint8Array): number {
	let c = 0xffffffff;
	for (const byte of bytes) {
		c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
	}
	return (c ^ 0xffffffff) >>> 0;
}

/** A PNG file written chunk by chunk, each with its length and a valid CRC: for headers no encoder would write. */
export function pngOfChunks(chunks: readonly (readonly [type: string, data: Uint8Array])[]): Uint8Array {
	const parts = [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])];
	for (const [type, data] of chunks) {
		const chunk = Buffer.alloc(12 + data.length);
		chunk.writeUInt32BE(data.length, 0);
		chunk.write(type, 4, 'latin1');
		chunk.set(data, 8);
		chunk.writeUInt32BE(crc32(chunk.subarray(4, 8 + data.length)), 8 + data.length);
		parts.push(chunk);
	}
	return new Uint8Array(Buffer.concat(parts));
}

/** An IHDR chunk's data: width, height, bit depth, colour type, then compression, filter and interlace methods 0. */
export function ihdr(width: number, height: number, bitDepth: number, colorType: number): Uint8Array {
	const data = Buffer.alloc(13);
	data.writeUInt32BE(width, 0);
	data.writeUInt32BE(height, 4);
	data[8] = bitDepth;
	data[9] = colorType;
	return new Uint8Array(data);
}

/**
 * A hostile icon: a 0×2147483647 16-bit grey image with an empty IDAT. Its header passes a pixel-count cap (no
 * pixels), and pngjs walks its two billion empty rows for minutes while its memory grows to gigabytes.
 */
export const ZERO_WIDTH_ICON = (): Uint8Array => pngOfChunks([['IHDR', ihdr(0, 0x7fffffff, 16, 0)], ['IDAT', new Uint8Array(0)], ['IEND', new Uint8Array(0)]]);
