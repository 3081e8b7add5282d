/**
 * `connector-certify package --check <submission.zip>`: reads the zip (refusing one too large to read safely) and
 * checks it in memory. Nothing is extracted or written.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { checkSubmission, SUBMISSION_LIMITS, type SubmissionCheck } from '../package/checkSubmission';
import { describeFsError, InputError } from './check';

export interface PackageCheckResult extends SubmissionCheck {
	/** The absolute path of the zip checked. */
	readonly file: string;
}

export async function runPackageCheck(zipArg: string, cwd: string): Promise<PackageCheckResult> {
	const file = path.resolve(cwd, zipArg);
	const limit = SUBMISSION_LIMITS.maxFileBytes;
	const tooLarge = (bytes: number) =>
		new InputError(`cannot check "${zipArg}": it is ${bytes} bytes, more than the ${limit / (1024 * 1024)} MB a submission zip may have for this check.`);
	let stat;
	try {
		stat = await fs.stat(file);
	} catch (error) {
		throw new InputError(`cannot check "${zipArg}": ${describeFsError(error)}.`);
	}
	if (!stat.isFile()) {
		throw new InputError(`cannot check "${zipArg}": not a file (package --check takes a submission zip).`);
	}
	if (stat.size > limit) {
		throw tooLarge(stat.size);
	}
	let bytes: Uint8Array;
	try {
		bytes = await fs.readFile(file);
	} catch (error) {
		throw new InputError(`cannot read "${zipArg}": ${describeFsError(error)}.`);
	}
	// The file may have grown between stat and read.
	if (bytes.length > limit) {
		throw tooLarge(bytes.length);
	}
	return { file, ...checkSubmission(bytes, path.basename(file)) };
}
