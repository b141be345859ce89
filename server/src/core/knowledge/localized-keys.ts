/**
 * The English texts of the built-in knowledge that `l10n/knowledge/<lang>.json` translates, by key:
 * `attribute:first_name`, `attribute-notes:unsubscribe_url`, `namespace:custom_attribute`,
 * `namespace-notes:event_properties`, `member:campaign.name`, `filter:join`, `filter-notes:money`,
 * `filter-unsupported:pluralize`, `filter-alternative:pluralize`, `tag:if`, `tag-notes:if`,
 * `tag-unsupported:include`, `option::save`, `option-notes::save`, `option-default::method`,
 * `token-member:access_token`, `header:Authorization`, `object-notes:Lead`, `field-notes:Lead.Email`.
 * Used by the completeness test and to list what a translator must cover.
 *
 * Salesforce's labels (`Last Name`) are not here: they are Salesforce's own words, shown as the
 * built-in data or the org's describe gives them (a describe answers in the Salesforce user's language).
 */
import { brazeAttributes, brazeNamespaces } from './braze/attributes';
import { liquidFilters, unsupportedFilters } from './braze/filters';
import { liquidTags, unsupportedTags } from './braze/tags';
import { connectedContentOptions, tokenResponseMembers } from './braze/connected-content';
import { requestHeaders } from './salesforce/request-headers';
import { builtinObjects } from './salesforce/objects';
import { fieldNotesName, knowledgeKey } from './localized';

export type LocalizedKind =
  | 'attribute'
  | 'attribute-notes'
  | 'namespace'
  | 'namespace-notes'
  | 'member'
  | 'filter'
  | 'filter-notes'
  | 'filter-unsupported'
  | 'filter-alternative'
  | 'tag'
  | 'tag-notes'
  | 'tag-unsupported'
  | 'option'
  | 'option-notes'
  | 'option-default'
  | 'token-member'
  | 'header'
  | 'object-notes'
  | 'field-notes';

/** Every translatable knowledge text, key → English. */
export function localizedKnowledgeTexts(): Map<string, string> {
  const m = new Map<string, string>();
  const set = (kind: LocalizedKind, name: string, english: string | undefined) => {
    if (english !== undefined) m.set(knowledgeKey(kind, name), english);
  };
  for (const a of brazeAttributes) {
    set('attribute', a.name, a.description);
    set('attribute-notes', a.name, a.notes);
  }
  for (const ns of brazeNamespaces) {
    set('namespace', ns.name, ns.description);
    set('namespace-notes', ns.name, ns.notes);
    for (const mem of ns.members ?? []) set('member', `${ns.name}.${mem.name}`, mem.description);
  }
  for (const f of liquidFilters) {
    set('filter', f.name, f.description);
    set('filter-notes', f.name, f.notes);
  }
  for (const f of unsupportedFilters) {
    set('filter-unsupported', f.name, f.reason);
    set('filter-alternative', f.name, f.alternative);
  }
  for (const tag of liquidTags) {
    set('tag', tag.name, tag.description);
    set('tag-notes', tag.name, tag.notes);
  }
  for (const tag of unsupportedTags) set('tag-unsupported', tag.name, tag.reason);
  for (const o of connectedContentOptions) {
    set('option', o.name, o.description);
    set('option-notes', o.name, o.notes);
    set('option-default', o.name, o.default);
  }
  for (const member of tokenResponseMembers) set('token-member', member.name, member.description);
  for (const h of requestHeaders) set('header', h.name, h.description);
  for (const o of builtinObjects) {
    set('object-notes', o.name, o.notes);
    for (const f of o.fields) set('field-notes', fieldNotesName(o.name, f.name), f.notes);
  }
  return m;
}
