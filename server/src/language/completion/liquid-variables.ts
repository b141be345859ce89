import { definitionsOf } from '../analysis/variables';
import { escapeSnippetText, findConnectedContentOption, findNamespace, localized, t, TOKEN_PATH, type BrazeAttribute, type Knowledge } from '../../core';
import type { Field } from '../../syntax';
import { docs, Kind, wordEnd, type Item } from './item';
import { attributeBefore, identifierStart, memberBefore } from './typed';

/**
 * Completions where a Liquid value is being typed (in `{{ }}` or a tag's
 * arguments): `${attribute}` references, `namespace.${member}`, and the
 * variables this field defines, with their known members.
 */
export function variableItems(before: string, offset: number, text: string, field: Field | undefined, k: Knowledge): Item[] {
  const attr = attributeBefore(before);
  if (attr) {
    const start = offset - (before.length - attr.start);
    const end = attributeEnd(text, offset);
    return attr.namespace ? namespaceMembers(attr.namespace, start, end, k) : defaultAttributes(start, end, k);
  }
  const member = memberBefore(before);
  if (member) {
    const start = offset - member.part.length;
    const end = wordEnd(text, offset, /\w/);
    const ns = findNamespace(k, member.object);
    if (ns) return namespaceMembers(member.object, start - member.object.length - 1, end, k);
    return variableMembers(member.object, field, start, end, k);
  }
  const wordAt = identifierStart(before, before.length);
  const start = offset - (wordAt === -1 ? 0 : before.length - wordAt);
  const end = wordEnd(text, offset, /\w/);
  return [...defaultAttributes(start, end, k), ...namespaces(start, end, k), ...fieldVariables(field, offset, start, end)];
}

function attributeEnd(text: string, offset: number): number {
  let end = offset;
  while (end < text.length && !/[}\n{%|"]/.test(text[end])) end++;
  return text[end] === '}' ? end + 1 : end;
}

/** What an attribute's completion item and hover say beyond its description: a sample and its notes. */
export function attributeFacts(a: BrazeAttribute): string {
  return [t('Sample: {0}', `\`${a.sample}\``), localized('attribute-notes', a.name, a.notes)].filter(Boolean).join('\n\n');
}

function defaultAttributes(start: number, end: number, k: Knowledge): Item[] {
  return k.braze.attributes.map((a) => ({
    label: `\${${a.name}}`,
    kind: Kind.Variable,
    detail: `${t('Braze attribute')} · ${a.type}`,
    documentation: docs(localized('attribute', a.name, a.description), a.docsUrl, attributeFacts(a)),
    insertText: `\${${a.name}}`,
    start,
    end,
    sortText: `1_${a.name}`,
  }));
}

function namespaces(start: number, end: number, k: Knowledge): Item[] {
  return k.braze.namespaces.map((ns) => ({
    label: `${ns.name}.\${…}`,
    kind: Kind.Module,
    detail: t('Braze namespace'),
    documentation: docs(localized('namespace', ns.name, ns.description), ns.docsUrl, localized('namespace-notes', ns.name, ns.notes)),
    insertText: `${ns.name}.\\\${\${1:${ns.members?.[0]?.name ?? 'name'}}}`,
    snippet: true,
    filterText: ns.name,
    start,
    end,
    sortText: `2_${ns.name}`,
  }));
}

function namespaceMembers(namespace: string, start: number, end: number, k: Knowledge): Item[] {
  const ns = findNamespace(k, namespace);
  const members =
    namespace === 'custom_attribute'
      ? k.customAttributes.map((a) => ({ name: a.name, description: t('Custom attribute ({0}) of this workspace.', a.type) }))
      : (ns?.members ?? []);
  return members.map((m) => ({
    label: `${namespace}.\${${m.name}}`,
    kind: Kind.Field,
    detail: ns ? t('{0} member', namespace) : t('member'),
    documentation: docs(localized('member', `${namespace}.${m.name}`, m.description), ns?.docsUrl),
    insertText: `${namespace}.\${${m.name}}`,
    filterText: `${namespace}.\${${m.name}}`,
    start,
    end,
  }));
}

/** The variables defined in this field: Braze keeps each field's variables to itself. */
function fieldVariables(field: Field | undefined, offset: number, start: number, end: number): Item[] {
  if (!field) return [];
  const names = new Map<string, string>();
  for (const { name, tag } of definitionsOf(field)) {
    if (tag.start <= offset) names.set(name, tag.connectedContent ? t('saved by connected_content') : t('set by {0}', tag.name.text));
  }
  return [...names].map(([name, detail]) => ({
    label: name,
    kind: Kind.Variable,
    detail,
    insertText: escapeSnippetText(name),
    start,
    end,
    sortText: `0_${name}`,
  }));
}

/** Members of a saved Connected Content answer: Salesforce's token answer is known. */
function variableMembers(variable: string, field: Field | undefined, start: number, end: number, k: Knowledge): Item[] {
  const tag = field && definitionsOf(field).find((d) => d.name === variable && d.tag.connectedContent)?.tag;
  if (!tag?.connectedContent) return [];
  const isTokenCall = tag.connectedContent.url?.text.includes(TOKEN_PATH) ?? false;
  const members = isTokenCall ? k.braze.tokenResponseMembers : k.braze.tokenResponseMembers.filter((m) => m.addedByBraze);
  const save = findConnectedContentOption(k, 'save');
  return members.map((m) => ({
    label: m.name,
    kind: Kind.Field,
    detail: `${m.type} · ${m.addedByBraze ? t('set by Braze') : t('Salesforce token answer')}`,
    documentation: docs(localized('token-member', m.name, m.description), m.docsUrl ?? save?.docsUrl, t('Sample: {0}', `\`${m.sample}\``)),
    insertText: m.name,
    start,
    end,
    sortText: m.name === 'access_token' ? '0' : `1_${m.name}`,
  }));
}
