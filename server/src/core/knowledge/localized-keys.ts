/**
 * The English texts of the built-in knowledge that `l10n/knowledge/<lang>.json` translates, by key:
 * `attribute:first_name`, `namespace:custom_attribute`, `member:campaign.name`, `filter:join`,
 * `filter-notes:money`, `tag:if`, `tag-notes:if`, `option::save`, `option-notes::save`,
 * `header:Authorization`. Used by the completeness test and to list what a translator must cover.
 */
import { brazeAttributes, brazeNamespaces } from './braze/attributes';
import { liquidFilters } from './braze/filters';
import { liquidTags } from './braze/tags';
import { connectedContentOptions } from './braze/connected-content';
import { requestHeaders } from './salesforce/request-headers';
import { knowledgeKey } from './localized';

export type LocalizedKind = 'attribute' | 'namespace' | 'member' | 'filter' | 'filter-notes' | 'tag' | 'tag-notes' | 'option' | 'option-notes' | 'header';

/** Every translatable knowledge text, key → English. */
export function localizedKnowledgeTexts(): Map<string, string> {
  const m = new Map<string, string>();
  for (const a of brazeAttributes) m.set(knowledgeKey('attribute', a.name), a.description);
  for (const ns of brazeNamespaces) {
    m.set(knowledgeKey('namespace', ns.name), ns.description);
    for (const mem of ns.members ?? []) m.set(knowledgeKey('member', `${ns.name}.${mem.name}`), mem.description);
  }
  for (const f of liquidFilters) {
    m.set(knowledgeKey('filter', f.name), f.description);
    if (f.notes) m.set(knowledgeKey('filter-notes', f.name), f.notes);
  }
  for (const tag of liquidTags) {
    m.set(knowledgeKey('tag', tag.name), tag.description);
    if (tag.notes) m.set(knowledgeKey('tag-notes', tag.name), tag.notes);
  }
  for (const o of connectedContentOptions) {
    m.set(knowledgeKey('option', o.name), o.description);
    if (o.notes) m.set(knowledgeKey('option-notes', o.name), o.notes);
  }
  for (const h of requestHeaders) m.set(knowledgeKey('header', h.name), h.description);
  return m;
}
