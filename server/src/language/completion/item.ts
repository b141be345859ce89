import { CompletionItemKind } from 'vscode-languageserver-types';
import { t } from '../../core';

/** A completion in file offsets; `index.ts` turns it into an LSP item. */
export interface Item {
  label: string;
  kind: CompletionItemKind;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  insertText: string;
  /** `insertText` holds tab stops (`${1:name}`). */
  snippet?: boolean;
  /** The text the item replaces: exactly the word being typed. */
  start: number;
  end: number;
  sortText?: string;
  filterText?: string;
}

export { CompletionItemKind as Kind };

/** Markdown: a description line and a link to the docs. */
export function docs(description: string, url?: string, extra?: string): string {
  return [description, extra, url ? `[${t('Documentation')}](${url})` : undefined].filter(Boolean).join('\n\n');
}

/** The end of the word under the cursor: the characters after it that the item also replaces. */
export function wordEnd(text: string, offset: number, pattern: RegExp = /[\w.-]/): number {
  let end = offset;
  while (end < text.length && pattern.test(text[end])) end++;
  return end;
}
