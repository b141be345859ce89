import { t } from '../core';
import { humanLine, type JsonDiagnostic } from './lint-results';

/**
 * GitHub shows at most 10 error, 10 warning and 10 notice annotations per step (and 50 per job):
 * https://github.com/actions/toolkit/blob/main/docs/problem-matchers.md#limitations. One notice
 * is kept for the summary of the rest.
 */
const ANNOTATIONS_PER_KIND = { error: 10, warning: 10, notice: 9 } as const;

type Kind = keyof typeof ANNOTATIONS_PER_KIND;
const KIND: Record<JsonDiagnostic['severity'], Kind> = { error: 'error', warning: 'warning', information: 'notice', hint: 'notice' };

/**
 * GitHub Actions workflow commands, one annotation per finding
 * (https://docs.github.com/en/actions/reference/workflow-commands-for-github-actions), within
 * GitHub's limits; the findings past them are printed as plain lines and counted in one notice.
 */
export function toGithub(results: readonly JsonDiagnostic[]): string {
  const shown: Record<Kind, number> = { error: 0, warning: 0, notice: 0 };
  const lines: string[] = [];
  const rest: JsonDiagnostic[] = [];
  for (const r of results) {
    const kind = KIND[r.severity];
    if (shown[kind] >= ANNOTATIONS_PER_KIND[kind]) {
      rest.push(r);
      continue;
    }
    shown[kind]++;
    const { start, end } = r.range;
    const properties = [
      `file=${property(r.file)}`,
      `line=${start.line + 1}`,
      `col=${start.character + 1}`,
      `endLine=${end.line + 1}`,
      `endColumn=${end.character + 1}`,
      `title=${property(r.code)}`,
    ];
    lines.push(`::${kind} ${properties.join(',')}::${data(r.message)}`);
  }
  if (rest.length) {
    const count = (kind: Kind) => rest.filter((r) => KIND[r.severity] === kind).length;
    lines.push(...rest.map(humanLine));
    // The command and its title are GitHub's syntax; the notice's text is ours, in the user's language.
    const text =
      rest.length === 1
        ? t('1 more finding not annotated ({0} errors, {1} warnings, {2} notices): GitHub shows 10 of each kind per step; they are listed in the log above', count('error'), count('warning'), count('notice'))
        : t('{0} more findings not annotated ({1} errors, {2} warnings, {3} notices): GitHub shows 10 of each kind per step; they are listed in the log above', rest.length, count('error'), count('warning'), count('notice'));
    lines.push(`::notice title=braze-webhook-lint::${data(text)}`);
  }
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/** Escapes of the Actions toolkit (`escapeData`, `escapeProperty` in @actions/core's command.ts). */
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const property = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
