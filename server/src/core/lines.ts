/** Offset ↔ position mapping in UTF-16 code units, as LSP positions are by default. */

export interface Position {
	/** 0-based line. */
	readonly line: number;
	/** 0-based UTF-16 code unit offset within the line. */
	readonly character: number;
}

export interface Range {
	readonly start: Position;
	readonly end: Position;
}

export class LineIndex {
	readonly #lineStarts: Int32Array;
	readonly #length: number;

	/** `starts`: the text's line starts, when a scan of it has already found them (`JsonIndex`). */
	constructor(text: string, starts?: Int32Array) {
		this.#lineStarts = starts ?? lineStarts(text);
		this.#length = text.length;
	}

	get lineCount(): number {
		return this.#lineStarts.length;
	}

	positionAt(offset: number): Position {
		const clamped = Math.max(0, Math.min(offset, this.#length));
		let low = 0;
		let high = this.#lineStarts.length - 1;
		while (low < high) {
			const mid = (low + high + 1) >> 1;
			if (this.#lineStarts[mid] <= clamped) {
				low = mid;
			} else {
				high = mid - 1;
			}
		}
		return { line: low, character: clamped - this.#lineStarts[low] };
	}

	offsetAt(position: Position): number {
		if (position.line >= this.#lineStarts.length) {
			return this.#length;
		}
		const start = this.#lineStarts[Math.max(0, position.line)];
		const next = position.line + 1 < this.#lineStarts.length ? this.#lineStarts[position.line + 1] : this.#length;
		return Math.min(start + Math.max(0, position.character), next);
	}

	rangeAt(offset: number, length: number): Range {
		return { start: this.positionAt(offset), end: this.positionAt(offset + length) };
	}
}

/** Offsets where lines start; `\n`, `\r\n` and a lone `\r` all end a line. */
export function lineStarts(text: string): Int32Array {
	const starts = new LineStarts(text.length);
	// indexOf is far faster than a per-character loop on megabyte files; lone CRs (old Mac files) are rare and
	// take the slow path.
	let hasLoneCr = false;
	for (let cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', cr + 1)) {
		if (text.charCodeAt(cr + 1) !== 10) {
			hasLoneCr = true;
			break;
		}
	}
	if (!hasLoneCr) {
		for (let lf = text.indexOf('\n'); lf >= 0; lf = text.indexOf('\n', lf + 1)) {
			starts.push(lf + 1);
		}
		return starts.done();
	}
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 13) {
			if (text.charCodeAt(i + 1) === 10) {
				i++;
			}
			starts.push(i + 1);
		} else if (c === 10) {
			starts.push(i + 1);
		}
	}
	return starts.done();
}

/**
 * A growing list of line starts (the first, 0, included), kept in a typed array: outside the garbage-collected heap, a
 * megabyte's 35,000 starts are not copied by each young collection while the document is checked, as a list of numbers
 * was.
 */
export class LineStarts {
	#starts: Int32Array;
	#count = 1;

	constructor(textLength: number) {
		this.#starts = new Int32Array(Math.max(16, Math.min(textLength >> 5, 1 << 16)));
	}

	push(start: number): void {
		if (this.#count === this.#starts.length) {
			const larger = new Int32Array(this.#count * 2);
			larger.set(this.#starts);
			this.#starts = larger;
		}
		this.#starts[this.#count++] = start;
	}

	done(): Int32Array {
		return this.#starts.subarray(0, this.#count);
	}
}
