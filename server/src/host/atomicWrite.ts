/**
 * Writes a file so that a failure leaves either the old content or the new, never a partial file: the bytes go to a
 * temporary file beside the target, which is then renamed over it. The target's permissions are kept.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';

export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
	const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
	let mode: number | undefined;
	try {
		mode = (await fs.stat(file)).mode & 0o777;
	} catch {
		mode = undefined; // A new file: the default mode.
	}
	try {
		await fs.writeFile(temporary, data, mode === undefined ? undefined : { mode });
		await fs.rename(temporary, file);
	} catch (error) {
		await fs.rm(temporary, { force: true });
		throw error;
	}
}
