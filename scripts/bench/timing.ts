/** Timing helpers of the benchmark: figures, not assertions. */

/** The median and 99th percentile of samples in milliseconds. */
export function percentiles(samples: number[]): { p50: number; p99: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return { p50: sorted[Math.floor(sorted.length / 2)], p99: sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] };
}

/** One run of `fn`, in milliseconds. */
export function once(fn: () => unknown): number {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e6;
}

/** The median time of `fn`: warmed up, then run until `budgetMs` is spent (at least 5, at most 2,000 runs). */
export function median(fn: () => unknown, budgetMs = 400): number {
  for (let i = 0; i < 3; i++) fn();
  const samples: number[] = [];
  const until = performance.now() + budgetMs;
  while ((samples.length < 5 || performance.now() < until) && samples.length < 2000) samples.push(once(fn));
  return percentiles(samples).p50;
}

export const ms = (n: number): string => (n < 1 ? n.toFixed(3) : n < 100 ? n.toFixed(2) : n.toFixed(0));
