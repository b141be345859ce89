import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { allChecks, checkCode } from './checks';
import type { Check, Fix, Offense, Severity } from './checks/types';
import { t, type Knowledge } from '../core';
import type { WebhookDocument } from '../syntax';
import type { Settings } from './settings';

export const DIAGNOSTIC_SOURCE = 'braze-webhook';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/** What a diagnostic carries for the code actions: its fixes, in file offsets. */
export interface DiagnosticData {
  fixes: Fix[];
}

/** Runs every enabled check and turns offenses into diagnostics, honouring disable comments. */
export function validate(
  doc: WebhookDocument,
  document: TextDocument,
  settings: Settings,
  knowledge: Knowledge,
  checks: readonly Check[] = allChecks,
): Diagnostic[] {
  const disabled = disabledLines(doc, document);
  const diagnostics: Diagnostic[] = [];
  for (const check of checks) {
    const configured = settings.checks[check.meta.code];
    if (configured === 'off') continue;
    const offenses: Offense[] = [];
    try {
      check.run({ doc, knowledge, report: (o) => offenses.push(o) });
    } catch (e) {
      // A check must never take the others down with it; its failure is itself reported.
      offenses.push({ start: 0, end: 0, message: t('Internal error in check "{0}": {1}', check.meta.code, e instanceof Error ? e.message : String(e)) });
    }
    for (const o of offenses) {
      const range = { start: document.positionAt(o.start), end: document.positionAt(o.end) };
      const silenced = disabled.get(range.start.line);
      if (silenced && (silenced.length === 0 || silenced.includes(check.meta.code))) continue;
      const diagnostic: Diagnostic = {
        range,
        severity: SEVERITY[configured ?? o.severity ?? check.meta.severity],
        code: check.meta.code,
        source: DIAGNOSTIC_SOURCE,
        message: o.message,
      };
      if (o.fixes?.length) diagnostic.data = { fixes: o.fixes } satisfies DiagnosticData;
      diagnostics.push(diagnostic);
    }
  }
  return diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** Line -> codes silenced there by `# braze-webhook-disable-next-line` (empty: every code; a former code stands for its check's). */
function disabledLines(doc: WebhookDocument, document: TextDocument): Map<number, string[]> {
  const lines = new Map<number, string[]>();
  for (const c of doc.comments) {
    if (c.disableNextLine) lines.set(document.positionAt(c.start).line + 1, c.disableNextLine.map((code) => checkCode(code) ?? code));
  }
  return lines;
}
