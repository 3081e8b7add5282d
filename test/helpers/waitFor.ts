/** Waiting on a condition, never on a fixed delay: shared by the real-VS-Code suites (e2e and test-electron). */

/** Polls `condition` until it returns a value other than undefined/false, or fails with `what` after the deadline. */
export async function waitFor<T>(what: string, condition: () => T | undefined | false | Promise<T | undefined | false>, deadlineMs = 60_000): Promise<T> {
	const end = Date.now() + deadlineMs;
	let last: unknown;
	for (;;) {
		try {
			const value = await condition();
			if (value !== undefined && value !== false) {
				return value;
			}
		} catch (error) {
			last = error;
		}
		if (Date.now() > end) {
			throw new Error(`Timed out after ${deadlineMs} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
		}
		await new Promise((resolve) => setTimeout(resolve, 100)); // the polling interval, not a wait for an outcome
	}
}
