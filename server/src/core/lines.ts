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
	readonly #lineStarts: number[];
	readonly #length: number;

	/** `starts`: the text's line starts, when a scan of it has already found them (`JsonIndex`). */
	constructor(text: string, starts?: number[]) {
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
export function lineStarts(text: string): number[] {
	const starts = [0];
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
		return starts;
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
	return starts;
}
