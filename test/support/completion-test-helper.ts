import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, Hover, TextEdit } from 'vscode-languageserver-types';
import { getLanguageService } from '../../server/src/language';
import type { Knowledge } from '../../server/src/core/knowledge';

export const CURSOR = '█';

/** A document from a literal whose cursor is marked `█`. */
export function withCursor(marked: string): { document: TextDocument; offset: number } {
  const offset = marked.indexOf(CURSOR);
  if (offset === -1) throw new Error('no cursor mark in the text');
  const document = TextDocument.create('file:///test.webhook', 'braze-webhook', 1, marked.replace(CURSOR, ''));
  return { document, offset };
}

export function completionsAt(marked: string, knowledge?: Knowledge): CompletionItem[] {
  const { document, offset } = withCursor(marked);
  return getLanguageService({ knowledge }).doComplete(document, document.positionAt(offset)).items;
}

export function hoverAt(marked: string, knowledge?: Knowledge): Hover | null {
  const { document, offset } = withCursor(marked);
  return getLanguageService({ knowledge }).doHover(document, document.positionAt(offset));
}

/** The text after accepting `item` (its text edit; snippet tab stops left as written). */
export function accept(marked: string, item: CompletionItem): string {
  const { document } = withCursor(marked);
  const edit = item.textEdit as TextEdit;
  const start = document.offsetAt(edit.range.start);
  const end = document.offsetAt(edit.range.end);
  const text = document.getText();
  return text.slice(0, start) + edit.newText + text.slice(end);
}

export const labels = (items: CompletionItem[]) => items.map((i) => i.label);

export function item(items: CompletionItem[], label: string): CompletionItem {
  const found = items.find((i) => i.label === label);
  if (!found) throw new Error(`no item "${label}" among ${items.map((i) => i.label).join(', ')}`);
  return found;
}
