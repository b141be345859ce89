import type { Knowledge } from '../../core';
import { docs, Kind, wordEnd, type Item } from './item';

/** Right after `{%`: the tags Braze supports, block tags as snippets with their end tag. */
export function tagItems(inner: string, offset: number, text: string, k: Knowledge): Item[] | undefined {
  const m = /^\s*(\w*)$/.exec(inner);
  if (!m) return undefined;
  const start = offset - m[1].length;
  const end = wordEnd(text, offset, /\w/);
  return k.braze.tags
    .filter((t) => t.kind !== 'end')
    .map((t) => ({
      label: t.name,
      kind: t.block ? Kind.Snippet : Kind.Keyword,
      detail: t.braze ? 'Braze tag' : 'Liquid tag',
      documentation: docs(t.description, t.docsUrl, t.notes),
      // The knowledge's snippets stop before the closing ` %}`, which the editor closes with `{%`.
      insertText: t.snippet,
      snippet: true,
      start,
      end,
      sortText: `${t.braze ? 0 : 1}_${t.name}`,
    }));
}
