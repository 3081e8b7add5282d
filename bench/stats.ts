/** Median, p90 and p95 (nearest rank) of timing samples: shared by `npm run bench` and the e2e typing measurement. */
export interface Stats {
	readonly median: number;
	readonly p90: number;
	readonly p95: number;
}

export function stats(samples: readonly number[]): Stats {
	const sorted = [...samples].sort((a, b) => a - b);
	const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
	const mid = sorted.length >> 1;
	return { median: sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2, p90: at(0.9), p95: at(0.95) };
}
