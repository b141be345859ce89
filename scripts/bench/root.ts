import { join } from 'node:path';

/** The repository: given by scripts/bench.mjs, which runs a bundle of the benchmark from elsewhere. */
export const ROOT = process.env.BENCH_ROOT ?? join(__dirname, '..', '..');
