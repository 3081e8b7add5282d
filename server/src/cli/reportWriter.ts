/**
 * The CLI's reports written a file at a time. A check run's results arrive one connector at a time from the check
 * threads while the main thread waits; each format writes (and encodes) a file's part of its report as it arrives,
 * and the report is put together once the run is over, byte for byte what writing it all at the end gives. Over the
 * dev corpus, writing the report after the run took the main thread 50-70 ms for JSON (6.3 MB) and 150-160 ms for
 * SARIF (14 MB), and encoding it for stdout another 15-60 ms, while every core but one sat idle. The pieces are
 * written as they are: joined, they would be one more copy of the report in memory at the end of the run.
 *
 * A check run spread over threads has each file's part written by the thread that checked it (a `WrittenFile`, see
 * commands/check.ts), so the main thread only puts the parts together.
 */
import type { CheckedFile, CheckRun, ReportedFile, WrittenFile } from '../commands/check';

/** A format's report of a check run, written a file at a time. */
export interface ReportWriter {
	/** `file`'s part of the report, in UTF-8; undefined when it has none. What a check thread writes for its files. */
	filePart(file: CheckedFile): Buffer | undefined;
	/** Writes `file`'s part of the report now, or takes the part written already; `report` uses it if the run holds the same object. */
	add(file: ReportedFile): void;
	/** The whole report, in UTF-8, as pieces to write one after the other (joining them would copy it all once more). */
	report(run: CheckRun<ReportedFile>): Buffer[];
}

/** The part a check thread wrote, as a Buffer over the same bytes. */
function writtenPart(file: WrittenFile): Buffer | undefined {
	return file.part && Buffer.from(file.part.buffer, file.part.byteOffset, file.part.byteLength);
}

/** A report that writes each file's part as it is added, and puts the parts together in `report`. */
export abstract class FileByFileReport implements ReportWriter {
	readonly #parts = new WeakMap<ReportedFile, Buffer | undefined>();

	/** `cwd`: what the report's paths are relative to. */
	constructor(protected readonly cwd: string) {}

	abstract filePart(file: CheckedFile): Buffer | undefined;

	abstract report(run: CheckRun<ReportedFile>): Buffer[];

	add(file: ReportedFile): void {
		this.#parts.set(file, this.#partOf(file));
	}

	/** The part of each of `run`'s files, in order: those added as they were written, the others written now. */
	protected parts(run: CheckRun<ReportedFile>): (Buffer | undefined)[] {
		return run.files.map((file) => (this.#parts.has(file) ? this.#parts.get(file) : this.#partOf(file)));
	}

	#partOf(file: ReportedFile): Buffer | undefined {
		return 'part' in file ? writtenPart(file) : this.filePart(file);
	}
}

const COMMA = Buffer.from(',');

/**
 * A list inside a JSON document as `JSON.stringify(document, null, 2)` writes it, filled with entries encoded
 * beforehand: `key` names the list, at `depth` levels of nesting in the document (1 for a member of the top object).
 */
export class JsonListSplice {
	readonly #key: string;
	readonly #depth: number;
	/** The list's opening, as JSON.stringify writes it: `"key": [`. */
	readonly #open: string;
	/** The list's line when it is empty, from the line break before it. */
	readonly #empty: string;

	constructor(key: string, depth: number) {
		this.#key = key;
		this.#depth = depth;
		this.#open = `${JSON.stringify(key)}: [`;
		this.#empty = `\n${'  '.repeat(depth)}${this.#open}]`;
	}

	/**
	 * `items` as they appear in the list, from the line break before the first to the end of the last, in UTF-8;
	 * undefined for none. They are stringified inside a wrapper that nests them as deep, so the indentation is
	 * JSON.stringify's own.
	 */
	encode(items: readonly unknown[]): Buffer | undefined {
		if (items.length === 0) {
			return undefined;
		}
		let wrapper: unknown = { [this.#key]: items };
		for (let level = 1; level < this.#depth; level++) {
			wrapper = [wrapper];
		}
		const text = JSON.stringify(wrapper, null, 2);
		const start = text.indexOf(this.#open) + this.#open.length;
		return Buffer.from(text.slice(start, text.lastIndexOf(`\n${'  '.repeat(this.#depth)}]`)));
	}

	/** `document`, stringified with the list empty, with the list holding `parts` (from `encode`, in order), in pieces. */
	fill(document: string, parts: readonly (Buffer | undefined)[]): Buffer[] {
		// A JSON text has no line break but those of its indentation (a string's are escaped), so this is the list's key.
		const at = document.indexOf(this.#empty);
		if (at < 0 || document.indexOf(this.#empty, at + 1) >= 0) {
			throw new Error(`the report does not have exactly one empty "${this.#key}" list at depth ${this.#depth}`);
		}
		const filled = parts.filter((part): part is Buffer => part !== undefined);
		if (filled.length === 0) {
			return [Buffer.from(document)];
		}
		const open = at + this.#empty.length - 1;
		return [
			Buffer.from(document.slice(0, open)),
			...filled.flatMap((part, index) => (index > 0 ? [COMMA, part] : [part])),
			Buffer.from(`\n${'  '.repeat(this.#depth)}${document.slice(open)}`),
		];
	}
}
