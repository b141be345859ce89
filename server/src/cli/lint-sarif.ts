import { version } from '../../../package.json';
import type { CheckMeta } from '../language';
import type { JsonDiagnostic } from './lint-results';

const LEVEL: Record<JsonDiagnostic['severity'], 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

/**
 * SARIF 2.1.0 (https://docs.oasis-open.org/sarif/sarif/v2.1.0/sarif-v2.1.0.html), as GitHub code
 * scanning and other CI viewers read it: one run, every check a rule (its code, summary, docs and
 * the link to its entry in docs/checks.md), each finding a result with a 1-based region in UTF-16
 * columns, its file relative to the folder the command ran in.
 */
export function toSarif(results: readonly JsonDiagnostic[], rules: readonly CheckMeta[]): string {
  const index = new Map(rules.map((r, i) => [r.code, i]));
  const log = {
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'braze-webhook-lint',
            version,
            rules: rules.map((r) => ({
              id: r.code,
              shortDescription: { text: r.summary },
              fullDescription: { text: r.docs },
              help: { text: `${r.summary} See docs/checks.md#${r.code}.`, markdown: `${r.summary} See [docs/checks.md#${r.code}](docs/checks.md#${r.code}).` },
              defaultConfiguration: { level: LEVEL[r.severity] },
            })),
          },
        },
        columnKind: 'utf16CodeUnits',
        results: results.map((r) => ({
          ruleId: r.code,
          ruleIndex: index.get(r.code),
          level: LEVEL[r.severity],
          message: { text: r.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: r.file.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' },
                region: { startLine: r.range.start.line + 1, startColumn: r.range.start.character + 1, endLine: r.range.end.line + 1, endColumn: r.range.end.character + 1 },
              },
            },
          ],
        })),
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
