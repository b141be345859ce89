// How both runners print the suite's outcome (the JSON written by test/extension/suite/index.ts).
import { existsSync, readFileSync } from 'node:fs';

/** Counts of the tests printed so far. */
export const counts = { passed: 0, failed: 0, pending: 0 };

/** One line per test (and its error, indented). */
export function printOutcome(t) {
  counts[t.state]++;
  const mark = t.state === 'passed' ? '✓' : t.state === 'failed' ? '✗' : '-';
  const time = t.durationMs !== undefined ? ` (${t.durationMs} ms)` : '';
  console.log(`  ${mark} ${t.state === 'pending' ? 'pending: ' : ''}${t.title}${time}`);
  if (t.error) console.log(`      ${indent(t.error)}`);
}

/** Prints the lines of `<result>.progress` not printed yet; returns how many lines it has now. */
export function printProgress(progressFile, alreadyPrinted) {
  if (!existsSync(progressFile)) return alreadyPrinted;
  const lines = readFileSync(progressFile, 'utf8').split('\n').filter(Boolean);
  for (const line of lines.slice(alreadyPrinted)) printOutcome(JSON.parse(line));
  return Math.max(alreadyPrinted, lines.length);
}

/** The summary: the versions, then `N passed, M failed` alone on its line. Returns the exit code. */
export function printSummary(result, log) {
  if (result.error) console.log(`  ✗ the suite could not run: ${indent(result.error)}`);
  log(`VS Code ${result.vscodeVersion} (${result.uiKind}${result.remoteName ? `, remote ${result.remoteName}` : ''})`);
  console.log(`${result.passed} passed, ${result.failed} failed`);
  return result.failed === 0 && result.passed > 0 ? 0 : 1;
}

export function indent(text) {
  return String(text).split('\n').join('\n      ');
}
