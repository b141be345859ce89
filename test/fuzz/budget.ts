/**
 * The hang guard of the fuzzer and the regression tests: a call may take 100 ms plus 10 ms per KB
 * of its text. Not a speed target: a realistic template is analysed at well under 1 ms per KB,
 * and an input with a finding every few characters near 2 ms per KB (each finding is a
 * diagnostic, a range, a fix); a cost that grows faster than the text takes seconds on the
 * fuzzer's large inputs, which is far over it, and a loaded machine (the test runner runs files
 * side by side on two cores) stays under it.
 */
export function budgetMs(textLength: number): number {
  return 100 + (10 * textLength) / 1024;
}

/**
 * Runs `call` (which must do its whole work again each time: a fresh document version, so no
 * cache answers) and fails when three runs in a row go over the budget: a loaded machine slows
 * one run, a super-linear cost slows every one.
 */
export function withinBudget<T>(what: string, textLength: number, call: () => T): T {
  const budget = budgetMs(textLength);
  let fastest = Infinity;
  for (let attempt = 0; attempt < 3; attempt++) {
    const start = performance.now();
    const result = call();
    const ms = performance.now() - start;
    if (ms <= budget) return result;
    fastest = Math.min(fastest, ms);
  }
  throw new Error(`${what} took ${fastest.toFixed(0)} ms on ${textLength} characters, over its hang guard of ${budget.toFixed(0)} ms`);
}
