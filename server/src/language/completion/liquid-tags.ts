import { localized, t, type Knowledge } from '../../core';
import { docs, Kind, wordEnd, type Item } from './item';

/** Right after `{%`: the tags Braze supports, block tags as snippets with their end tag. */
export function tagItems(inner: string, offset: number, text: string, k: Knowledge): Item[] | undefined {
  const m = /^\s*(\w*)$/.exec(inner);
  if (!m) return undefined;
  const start = offset - m[1].length;
  const end = wordEnd(text, offset, /\w/);
  return k.braze.tags
    .filter((tag) => tag.kind !== 'end')
    .map((tag) => ({
      label: tag.name,
      kind: tag.block ? Kind.Snippet : Kind.Keyword,
      detail: tag.braze ? t('Braze tag') : t('Liquid tag'),
      documentation: docs(localized('tag', tag.name, tag.description), tag.docsUrl, localized('tag-notes', tag.name, tag.notes)),
      // The knowledge's snippets stop before the closing ` %}`, which the editor closes with `{%`.
      insertText: tag.snippet,
      snippet: true,
      start,
      end,
      sortText: `${tag.braze ? 0 : 1}_${tag.name}`,
    }));
}
