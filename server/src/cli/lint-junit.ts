import { atLeast, humanLine, type JsonDiagnostic, type Severity } from './lint-results';

/**
 * JUnit XML, as CI test reports read it: a test suite per file; each finding at or above the fail
 * level a failing test case, the others in the suite's output; a file without such findings one
 * passing test case.
 */
export function toJunit(results: readonly JsonDiagnostic[], files: readonly string[], failLevel: Severity): string {
  const suites = files.map((file) => {
    const found = results.filter((r) => r.file === file);
    const failing = found.filter((r) => atLeast(r.severity, failLevel));
    const others = found.filter((r) => !atLeast(r.severity, failLevel));
    const cases = failing.length
      ? failing.map(
          (r) =>
            `    <testcase classname="${xml(file)}" name="${xml(`${r.code} at ${r.range.start.line + 1}:${r.range.start.character + 1}`)}">\n` +
            `      <failure type="${r.severity}" message="${xml(r.message)}">${xml(humanLine(r))}</failure>\n    </testcase>`,
        )
      : [`    <testcase classname="${xml(file)}" name="braze-webhook-lint"/>`];
    const out = others.length ? [`    <system-out>${xml(others.map(humanLine).join('\n'))}</system-out>`] : [];
    return [`  <testsuite name="${xml(file)}" tests="${cases.length}" failures="${failing.length}" errors="0">`, ...cases, ...out, '  </testsuite>'].join('\n');
  });
  const failures = results.filter((r) => atLeast(r.severity, failLevel)).length;
  const tests = files.reduce((n, f) => n + Math.max(1, results.filter((r) => r.file === f && atLeast(r.severity, failLevel)).length), 0);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="braze-webhook-lint" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
}

const xml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
