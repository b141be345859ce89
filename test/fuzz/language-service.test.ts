/**
 * Property-based fuzzing of the parser and of every language-service function: on real templates
 * cut up, mutated and mixed with hostile runs (long words, deep nesting, unclosed delimiters,
 * many keys, big bodies), no call throws and none goes over its hang guard (`budget.ts`).
 *
 * A fixed seed and a fixed time: FUZZ_SEED, FUZZ_TIME_MS and FUZZ_RUNS change them. A failure
 * gives the error, the seed and path that replay it, and the shrunk input (written in full to a
 * file of the system's temporary folder): keep it in `regressions.test.ts`.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import fc from 'fast-check';
import { bigWebhookText, templates, webhookText } from './generators';
import { callEverything, type Places } from './service-calls';

const seed = Number(process.env.FUZZ_SEED ?? 20_240_601);
const timeMs = Number(process.env.FUZZ_TIME_MS ?? 20_000);
const numRuns = Number(process.env.FUZZ_RUNS ?? 1_000_000);

const fraction = fc.double({ min: 0, max: 1, noNaN: true });
const places: fc.Arbitrary<Places> = fc.record({
  positions: fc.array(fraction, { minLength: 1, maxLength: 4 }),
  ranges: fc.array(fc.tuple(fraction, fraction), { minLength: 1, maxLength: 2 }),
});
const input = fc.tuple(fc.oneof({ arbitrary: webhookText(), weight: 12 }, { arbitrary: bigWebhookText(10_000, 150_000), weight: 1 }), places);

test(`no language-service call throws or hangs, on fuzzed templates (seed ${seed}, ${timeMs / 1000} s)`, { timeout: timeMs + 180_000 }, (t) => {
  // Warm up: the first calls compile the knowledge's schemas and the code itself.
  for (const t of templates.slice(0, 5)) callEverything(t, { positions: [0.5], ranges: [[0, 1]] });
  const property = fc.property(input, ([text, where]) => callEverything(text, where));
  let run = fc.check(property, { seed, numRuns, interruptAfterTimeLimit: timeMs, markInterruptAsFailure: false });
  // The time limit also stops shrinking: shrink a failure further on its own, within a minute.
  if (run.failed && run.counterexamplePath) run = fc.check(property, { seed, path: run.counterexamplePath, endOnFailure: false, interruptAfterTimeLimit: 60_000 }) as typeof run;
  if (!run.failed) return t.diagnostic(`${run.numRuns} inputs, each through every call`);
  const [[text, where]] = run.counterexample ?? [['', undefined]];
  const file = join(tmpdir(), `webhook-fuzz-${seed}.json`);
  writeFileSync(file, JSON.stringify({ text, where }));
  const error = run.errorInstance instanceof Error ? run.errorInstance.message : String(run.errorInstance);
  throw new Error(`${error}\nseed ${seed}, path "${run.counterexamplePath}"; input (${text.length} characters, in full in ${file}):\n${JSON.stringify(text).slice(0, 1500)}\n${JSON.stringify(where)}`);
});
