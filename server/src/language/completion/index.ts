import type { Knowledge } from '../../core';
import type { WebhookDocument } from '../../syntax';
import { connectedContentItems } from './connected-content';
import { cursorAt } from './cursor';
import type { Item } from './item';
import { jsonBodyItems } from './json-body';
import { filterItems } from './liquid-filters';
import { tagItems } from './liquid-tags';
import { variableItems } from './liquid-variables';
import { headerNameItems, headerValueItems, methodItems, urlItems } from './request';

export type { Item } from './item';

/**
 * The completions at `offset`: one provider per kind of position, the first
 * whose position it is answers. Inside Liquid, Liquid wins over the field.
 */
export function complete(doc: WebhookDocument, offset: number, k: Knowledge): Item[] {
  const cursor = cursorAt(doc, offset);
  const { section, liquid, text } = cursor;
  if (liquid) {
    const inner = text.slice(liquid.contentStart, offset);
    if (liquid.kind === 'tag') {
      const tags = tagItems(inner, offset, text, k);
      if (tags) return tags;
      const cc = connectedContentItems(inner, offset, text, k);
      if (cc) return cc;
    }
    return filterItems(inner, offset, text, k) ?? variableItems(inner, offset, text, cursor.field, k);
  }
  switch (section.kind) {
    case 'method':
      return methodItems(doc, section.start, offset);
    case 'url':
      return urlItems(doc, section.start, offset, k);
    case 'header-name':
      return headerNameItems(doc, section.start, offset);
    case 'header-value':
      return headerValueItems(doc, section.headerName, section.start, offset);
    case 'body':
      return jsonBodyItems(doc, offset, k);
    default:
      return [];
  }
}
