/**
 * How many steps a walk may take, for the walks whose work can grow exponentially with hostile input: shared
 * definitions that fan out and meet again multiply the paths through them. A budget may draw on a larger one (an
 * operation's on its document's); a step then counts against both.
 */
export class StepBudget {
	#left: number;
	readonly #shared: StepBudget | undefined;
	#exhausted = false;

	constructor(limit: number, shared?: StepBudget) {
		this.#left = limit;
		this.#shared = shared;
	}

	/**
	 * Counts `steps` against this budget and the one it draws on, when both have them; otherwise takes nothing, marks
	 * this budget exhausted and gives up what it had left, so the shared budget is charged its whole allowance.
	 */
	take(steps = 1): boolean {
		if (this.#fits(steps)) {
			this.#charge(steps);
			return true;
		}
		this.#exhausted = true;
		if (this.#shared) {
			this.#shared.#charge(Math.max(0, this.#left));
		}
		this.#left = 0;
		return false;
	}

	/** True once a take did not fit. */
	get exhausted(): boolean {
		return this.#exhausted;
	}

	#fits(steps: number): boolean {
		return this.#left >= steps && (!this.#shared || this.#shared.#fits(steps));
	}

	#charge(steps: number): void {
		this.#left -= steps;
		if (this.#shared) {
			this.#shared.#charge(steps);
		}
	}
}
