import { setImmediate as nextTurn } from 'node:timers/promises';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import type { Knowledge } from '../core';
import type { WebhookDocument } from '../syntax';
import type { Settings } from './settings';
import { checksForSize } from './size-limit';
import { validate } from './validation';

/** Set when the result is no longer wanted (a newer version of the document arrived). */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
}

/** Every check the document's size allows, with the fixes in each diagnostic's `data`. */
export function validateDocument(doc: WebhookDocument, document: TextDocument, settings: Settings, knowledge: Knowledge): Diagnostic[] {
  const { checks, notice } = checksForSize(doc.text.length);
  return withNotice(notice, validate(doc, document, settings, knowledge, checks));
}

/**
 * The same, one check at a time with a turn of the event loop between two, so that requests
 * are answered meanwhile; undefined as soon as `token` is cancelled.
 */
export async function validateDocumentAsync(doc: WebhookDocument, document: TextDocument, settings: Settings, knowledge: Knowledge, token: Cancellation): Promise<Diagnostic[] | undefined> {
  const { checks, notice } = checksForSize(doc.text.length);
  const diagnostics: Diagnostic[] = [];
  for (const check of checks) {
    await nextTurn();
    if (token.isCancellationRequested) return undefined;
    for (const d of validate(doc, document, settings, knowledge, [check])) diagnostics.push(d);
  }
  // Stable, as `validate` sorts all checks' diagnostics at once: the same order either way.
  diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  return withNotice(notice, diagnostics);
}

const withNotice = (notice: Diagnostic | undefined, diagnostics: Diagnostic[]) => (notice ? [notice, ...diagnostics] : diagnostics);
