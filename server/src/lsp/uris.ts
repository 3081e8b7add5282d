/** File paths ↔ document URIs, written the way VS Code writes them so the Problems panel shows one entry per file. */
import * as path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The file system path of a `file:` URI, or undefined for other schemes (untitled buffers, virtual files). */
export function pathOfUri(uri: string): string | undefined {
	if (!uri.startsWith('file:')) {
		return undefined;
	}
	try {
		return fileURLToPath(uri);
	} catch {
		return undefined;
	}
}

/** A `file:` URI for a path, with a Windows drive letter as VS Code prints it (`file:///c%3A/…`). */
export function uriOfPath(file: string): string {
	return pathToFileURL(file).href.replace(/^file:\/\/\/([A-Za-z]):/, (_, drive: string) => `file:///${drive.toLowerCase()}%3A`);
}

/** A key identifying a path: case-folded where the file system usually is case-insensitive. */
export function pathKey(file: string): string {
	const normalized = path.resolve(file);
	return process.platform === 'win32' || process.platform === 'darwin' ? normalized.toLowerCase() : normalized;
}

/** The last segment of a URI's path, decoded. */
export function baseNameOfUri(uri: string): string {
	const withoutQuery = uri.replace(/[?#].*$/, '');
	const last = withoutQuery.slice(withoutQuery.lastIndexOf('/') + 1);
	try {
		return decodeURIComponent(last);
	} catch {
		return last;
	}
}
