/**
 * The connector icon as rules see it: decoded once with pngjs (a maintained decoder, not hand parsing), with the
 * colour facts the icon rules share. Huge images are not decoded: their size is read from the header only, so a
 * decompression bomb costs nothing. Nor is a header the file cannot back: an image with no width or height (pngjs
 * walks its two billion empty rows for minutes), or one larger than its compressed data could ever inflate to.
 *
 * A decode is 2-3 ms of a CLI thread for a 230×230 icon (an eighth of a run over connectors that all have one). Reading
 * only the corners by hand (fflate's inflate, our own unfiltering) was slower still under the CLI's V8 flags: 10 ms
 * against pngjs's 3.5 for the dev corpus's two icons, warm; pngjs inflates with Node's zlib.
 */
import type * as Pngjs from 'pngjs';
import { hasPngSignature } from '../../core/png';
import type { BinaryArtifact } from '../../engine/artifacts';
import type { ApiPropertiesModel } from '../../core/apiProperties';
import type { JsonPath } from '../../core/json';
import type { RuleContext } from '../../engine/types';

/** 16 megapixels: far above any icon, far below what would hurt to decode. */
const MAX_DECODED_PIXELS = 4096 * 4096;

/** Deflate's best ratio (a run of 258 bytes in about two bits), and room for zlib's header and checksum. */
const MAX_DEFLATE_RATIO = 1032;
const DEFLATE_SLACK = 1024;

/** Samples per pixel by PNG colour type: grey, RGB, palette index, grey and alpha, RGBA. */
const CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

export interface Rgba {
	readonly r: number;
	readonly g: number;
	readonly b: number;
	readonly a: number;
}

export type IconImage =
	| { readonly kind: 'not-png' }
	| { readonly kind: 'corrupt'; readonly reason: string }
	| { readonly kind: 'header-only'; readonly width: number; readonly height: number }
	| { readonly kind: 'decoded'; readonly width: number; readonly height: number; readonly corners: readonly Rgba[] };

const cache = new WeakMap<Uint8Array, IconImage>();

export function decodeIcon(icon: BinaryArtifact): IconImage {
	let image = cache.get(icon.bytes);
	if (!image) {
		image = decode(icon.bytes);
		cache.set(icon.bytes, image);
	}
	return image;
}

function decode(bytes: Uint8Array): IconImage {
	if (!hasPngSignature(bytes)) {
		return { kind: 'not-png' };
	}
	// IHDR is the first chunk: length (4), type (4), width (4), height (4).
	if (bytes.length < 24) {
		return { kind: 'corrupt', reason: 'the file ends before the image header' };
	}
	const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
	const width = view.getUint32(16);
	const height = view.getUint32(20);
	if (width === 0 || height === 0) {
		const zero = width === 0 && height === 0 ? 'wide and high' : width === 0 ? 'wide' : 'high';
		return { kind: 'corrupt', reason: `its header announces a ${width}×${height} image, 0 pixels ${zero}` };
	}
	if (width * height > MAX_DECODED_PIXELS) {
		return { kind: 'header-only', width, height };
	}
	// Each row is a filter byte and its pixels; interlacing only adds bytes, so this is the least the data must inflate to.
	const bitsPerPixel = bytes.length > 25 ? bytes[24] * (CHANNELS[bytes[25]] ?? 1) : 1;
	const rawBytes = height * (1 + Math.ceil((width * bitsPerPixel) / 8));
	const compressed = imageDataLength(view);
	if (rawBytes > MAX_DEFLATE_RATIO * compressed + DEFLATE_SLACK) {
		return { kind: 'corrupt', reason: `the file is too small to hold the ${width}×${height} image its header announces: ${compressed} bytes of image data cannot inflate to the ${rawBytes} bytes it needs` };
	}
	try {
		// Loaded at the first icon: pngjs, with the zlib and assert it loads, costs the CLI's main thread (which checks no
		// icon) about 5 ms before it can start the check threads.
		const { PNG } = require('pngjs') as typeof Pngjs;
		const png = PNG.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
		const pixel = (x: number, y: number): Rgba => {
			const at = (y * png.width + x) * 4;
			return { r: png.data[at], g: png.data[at + 1], b: png.data[at + 2], a: png.data[at + 3] };
		};
		const right = png.width - 1;
		const bottom = png.height - 1;
		return { kind: 'decoded', width: png.width, height: png.height, corners: [pixel(0, 0), pixel(right, 0), pixel(0, bottom), pixel(right, bottom)] };
	} catch (error) {
		return { kind: 'corrupt', reason: error instanceof Error ? error.message : String(error) };
	}
}

/** How many bytes of IDAT chunk data the file holds (chunks walked from the signature; a chunk cut short counts what is there). */
function imageDataLength(view: DataView): number {
	let total = 0;
	for (let at = 8; at + 8 <= view.byteLength; ) {
		const length = view.getUint32(at);
		const type = String.fromCharCode(view.getUint8(at + 4), view.getUint8(at + 5), view.getUint8(at + 6), view.getUint8(at + 7));
		if (type === 'IDAT') {
			total += Math.min(length, view.byteLength - (at + 8));
		} else if (type === 'IEND') {
			break;
		}
		at += 12 + length;
	}
	return total;
}

/** The corner pixels, which show the background; undefined when the icon is not a PNG, is corrupt or is too large to decode (icon-png's and icon-size's findings). */
export function iconCorners(context: RuleContext): readonly Rgba[] | undefined {
	const image = decodeIcon(context.artifacts.icon!);
	return image.kind === 'decoded' ? image.corners : undefined;
}

/** The background colour, read at the top-left corner; undefined when the icon is not decoded or that corner is not opaque (icon-background-opaque's finding). */
export function opaqueBackground(context: RuleContext): Rgba | undefined {
	const corner = iconCorners(context)?.[0];
	return corner && corner.a === 255 ? corner : undefined;
}

export function parseHexColor(value: string): Rgba | undefined {
	const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(value.trim());
	return match ? { r: parseInt(match[1], 16), g: parseInt(match[2], 16), b: parseInt(match[3], 16), a: 255 } : undefined;
}

export function toHex(color: Rgba): string {
	return `#${[color.r, color.g, color.b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** The largest per-channel difference between two colours. */
export function colorDistance(a: Rgba, b: Rgba): number {
	return Math.max(Math.abs(a.r - b.r), Math.abs(a.g - b.g), Math.abs(a.b - b.b));
}

/** The colours Microsoft rejects as a background or brand colour: white, and the default blue of new connectors. */
export const FORBIDDEN_COLORS: readonly { readonly hex: string; readonly name: string }[] = [
	{ hex: '#ffffff', name: 'white' },
	{ hex: '#007ee5', name: 'the default blue' },
];

/** The colour Independent Publisher connectors must use. */
export const INDEPENDENT_PUBLISHER_COLOR = '#da3b01';

/** Where in apiProperties.json a finding about the brand colour (or the icon as a whole) goes. */
export function brandColorPath(apiProperties: ApiPropertiesModel | undefined): JsonPath {
	return apiProperties && 'iconBrandColor' in apiProperties.properties ? ['properties', 'iconBrandColor'] : ['properties'];
}

/** Reports on the icon file itself (findings on an image have no finer place than its start). */
export function reportOnIcon(context: RuleContext, message: string, data?: Record<string, unknown>): void {
	context.report({ file: 'icon', path: [], message, data });
}
