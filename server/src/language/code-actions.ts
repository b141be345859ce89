import type { Range, TextDocument } from 'vscode-languageserver-textdocument';
import { t } from '../core';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver-types';
import type { Fix, TextEdit as OffsetEdit } from './checks/types';
import type { ClientSupport } from './client-support';
import { placeholderFixes } from './placeholder-fixes';
import type { DiagnosticData } from './validation';

/**
 * The code actions for `range`, from the diagnostics of the document's current text (with the
 * fixes their checks gave, in offsets of that same text). Nothing a client sends back is applied:
 * a diagnostic it echoes may be older than its text, and some clients echo no `data` at all.
 */
export function codeActions(document: TextDocument, current: readonly Diagnostic[], range: Range, only: readonly string[] | undefined, support: ClientSupport): CodeAction[] {
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    const from = document.offsetAt(range.start);
    const to = document.offsetAt(range.end);
    for (const diagnostic of current) {
      if (document.offsetAt(diagnostic.range.start) > to || document.offsetAt(diagnostic.range.end) < from) continue;
      for (const fix of fixesOf(document, diagnostic, support)) {
        actions.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [published(diagnostic)],
          isPreferred: fix.preferred,
          edit: fix.edits.length ? workspaceEdit(document, fix.edits) : undefined,
          command: fix.command,
        });
      }
    }
  }
  if (wants(CodeActionKind.SourceFixAll)) {
    const all = fixAll(document, current, support);
    if (all) actions.push(all);
  }
  return actions;
}

/**
 * `source.fixAll`: every safe fix at once. A fix is safe when its check prefers it and it needs
 * no input (edits only, no command); of two that touch the same text, the first is kept.
 */
function fixAll(document: TextDocument, current: readonly Diagnostic[], support: ClientSupport): CodeAction | undefined {
  const isSafe = (fix: Fix) => fix.preferred === true && fix.edits.length > 0 && !fix.command;
  // A placeholder's fix asks for its value, and the edit offered instead is no preferred one: none is safe, none is expanded.
  const safe = current
    .flatMap((diagnostic) => ((diagnostic.data as DiagnosticData | undefined)?.fixes ?? []).filter(isSafe).flatMap((f) => fixesOf(document, f, support).filter(isSafe).map((fix) => ({ diagnostic, fix }))))
    .sort((a, b) => firstStart(a.fix) - firstStart(b.fix));
  const taken: OffsetEdit[] = [];
  const takenIndex = new TakenEdits(document.getText().length);
  const fixed = new Set<Diagnostic>();
  for (const { diagnostic, fix } of safe) {
    if (fix.edits.some((e) => takenIndex.overlapsAny(e))) continue;
    for (const e of fix.edits) takenIndex.add(e);
    taken.push(...fix.edits);
    fixed.add(diagnostic);
  }
  if (!taken.length) return undefined;
  return {
    title: t('Fix all safe problems ({0})', fixed.size),
    kind: CodeActionKind.SourceFixAll,
    diagnostics: [...fixed].map(published),
    edit: workspaceEdit(document, taken.sort((a, b) => a.start - b.start)),
  };
}

/** The fixes of a diagnostic, or of one of its fixes, as this client can apply them. */
function fixesOf(document: TextDocument, of: Diagnostic | Fix, support: ClientSupport): Fix[] {
  const fixes = 'title' in of ? [of] : ((of.data as DiagnosticData | undefined)?.fixes ?? []);
  return fixes.flatMap((fix) => placeholderFixes(document.getText(), fix, support));
}

/**
 * The edits taken for `source.fixAll`, asked whether an edit overlaps one of them: changes the
 * same text, or inserts at the same place (their order would be a guess). A prefix maximum of
 * the ends by start (a Fenwick tree) answers in logarithmic time: a document may have thousands.
 */
class TakenEdits {
  private readonly maxEnd: Int32Array;
  private readonly starts = new Set<number>();

  constructor(length: number) {
    this.maxEnd = new Int32Array(length + 2).fill(-1);
  }

  add(e: OffsetEdit): void {
    this.starts.add(e.start);
    for (let i = e.start + 1; i < this.maxEnd.length; i += i & -i) if (this.maxEnd[i] < e.end) this.maxEnd[i] = e.end;
  }

  /** Whether a taken edit starts where `e` does, or starts before `e` ends and ends after `e` starts. */
  overlapsAny(e: OffsetEdit): boolean {
    if (this.starts.has(e.start)) return true;
    let end = -1;
    for (let i = Math.min(e.end, this.maxEnd.length - 1); i > 0; i -= i & -i) end = Math.max(end, this.maxEnd[i]);
    return end > e.start;
  }
}

const firstStart = (fix: Fix) => Math.min(...fix.edits.map((e) => e.start));

function workspaceEdit(document: TextDocument, edits: readonly OffsetEdit[]) {
  const changes: TextEdit[] = edits.map((e) => ({ range: { start: document.positionAt(e.start), end: document.positionAt(e.end) }, newText: e.newText }));
  return { changes: { [document.uri]: changes } };
}

/** The diagnostic as the client got it: the fixes stay in the service. */
export function published(diagnostic: Diagnostic): Diagnostic {
  // Without `delete`, which turns each copy into a slow dictionary object: a document may have thousands.
  const { data: _fixes, ...copy } = diagnostic;
  return copy;
}
