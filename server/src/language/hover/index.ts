import {
  findApiVersion,
  findAttribute,
  findConnectedContentOption,
  findCustomAttribute,
  findField,
  findFilter,
  findNamespace,
  findNamespaceMember,
  findObject,
  findTag,
  localized,
  requestHeaders,
  t,
  type Knowledge,
} from '../../core';
import { fieldsOf, liquidAt } from '../analysis/fields';
import { requestUrl } from '../analysis/oauth';
import { recordBodies } from '../analysis/record-body';
import { fieldDocs } from '../completion/json-body';
import { optionFacts } from '../completion/connected-content';
import { attributeFacts } from '../completion/liquid-variables';
import { branchBodies } from './branch-bodies';
import { docs } from '../completion/item';
import type { LiquidExpression, Span, WebhookDocument } from '../../syntax';

export interface HoverResult {
  /** Markdown. */
  markdown: string;
  start: number;
  end: number;
}

const within = (s: Span | undefined, offset: number): s is Span => !!s && s.start <= offset && offset <= s.end;

/** What is under the cursor, explained: a field of the object written, an attribute, a filter, a tag, an option, the object, the API version. */
export function hover(doc: WebhookDocument, offset: number, k: Knowledge): HoverResult | undefined {
  return attributeHover(doc, offset, k) ?? liquidHover(doc, offset, k) ?? fieldHover(doc, offset, k) ?? requestHover(doc, offset, k);
}

function attributeHover(doc: WebhookDocument, offset: number, k: Knowledge): HoverResult | undefined {
  const ref = doc.attributes.find((a) => within(a, offset));
  if (!ref) return undefined;
  const span = { start: ref.start, end: ref.end };
  const name = ref.name.text;
  if (!ref.namespace) {
    const a = findAttribute(k, name);
    // The attribute is an argument: its `${...}` braces would hide a `{0}` next to them from the formatter.
    return { ...span, markdown: a ? docs(`**\${${a.name}}** · ${a.type} — ${localized('attribute', a.name, a.description)}`, a.docsUrl, attributeFacts(a)) : t('{0} is not a Braze default attribute.', `\`\${${name}}\``) };
  }
  const ns = findNamespace(k, ref.namespace.text);
  if (!ns) return { ...span, markdown: t('`{0}` is not a Braze namespace.', ref.namespace.text) };
  const member = findNamespaceMember(k, ns.name, name);
  const custom = ns.name === 'custom_attribute' ? findCustomAttribute(k, name) : undefined;
  const memberLine = member ? `\`${name}\`: ${localized('member', `${ns.name}.${member.name}`, member.description)}` : custom ? t('`{0}`: custom attribute ({1}) of this workspace.', name, custom.type) : undefined;
  return { ...span, markdown: docs(`**${ns.name}** — ${localized('namespace', ns.name, ns.description)}`, ns.docsUrl, [memberLine, localized('namespace-notes', ns.name, ns.notes)].filter(Boolean).join('\n\n')) };
}

function liquidHover(doc: WebhookDocument, offset: number, k: Knowledge): HoverResult | undefined {
  for (const field of fieldsOf(doc)) {
    if (offset < field.start || offset > field.end) continue;
    const node = liquidAt(field, offset);
    if (!node) return undefined;
    const expression: LiquidExpression | undefined = node.expression;
    const filter = expression?.filters.find((f) => within(f.name, offset));
    if (filter) {
      const f = findFilter(k, filter.name.text);
      const signature = f && `\`${f.name}${f.args.length ? `: ${f.args.map((a) => (a.optional ? `[${a.name}]` : a.name)).join(', ')}` : ''}\` → ${f.returns}`;
      return { ...filter.name, markdown: f ? docs(`**${f.name}** ${signature}\n\n${localized('filter', f.name, f.description)}`, f.docsUrl, localized('filter-notes', f.name, f.notes)) : t('`{0}` is not a filter Braze supports.', filter.name.text) };
    }
    if (node.type !== 'tag') return undefined;
    if (within(node.name, offset)) {
      const tag = findTag(k, node.name.text);
      const bodies = branchBodies(doc, node);
      const about = tag ? docs(`**${tag.name}** — ${localized('tag', tag.name, tag.description)}`, tag.docsUrl, localized('tag-notes', tag.name, tag.notes)) : t('`{0}` is not a tag Braze supports.', node.name.text);
      return { ...node.name, markdown: bodies ? `${about}

${bodies}` : about };
    }
    const option = node.connectedContent?.options.find((o) => within({ start: o.start, end: o.name.end }, offset));
    if (option) {
      const o = findConnectedContentOption(k, option.name.text);
      return { start: option.start, end: option.name.end, markdown: o ? docs(`**${o.name}** — ${localized('option', o.name, o.description)}`, o.docsUrl, optionFacts(o)) : t('`:{0}` is not a connected_content option.', option.name.text) };
    }
  }
  return undefined;
}

function fieldHover(doc: WebhookDocument, offset: number, k: Knowledge): HoverResult | undefined {
  for (const body of recordBodies(doc, k)) {
    const member = body.object && body.root.start <= offset && offset <= body.root.end ? body.root.members?.find((m) => within(m.key, offset)) : undefined;
    const field = member && findField(body.object!, member.key.value);
    if (!member || !field) continue;
    const caseNote = field.name !== member.key.value ? t('Salesforce matches `{0}` to `{1}` (letter case is ignored).', member.key.value, field.name) : undefined;
    return { start: member.key.start, end: member.key.end, markdown: fieldDocs(field, body.object!, caseNote) };
  }
  return undefined;
}

function requestHover(doc: WebhookDocument, offset: number, k: Knowledge): HoverResult | undefined {
  const dataPath = requestUrl(doc)?.dataPath;
  const named = dataPath?.object;
  const object = within(named, offset) && !named.liquid ? findObject(k, named.text) : undefined;
  if (object && named) {
    const required = object.fields.filter((f) => f.requiredOnCreate).map((f) => `\`${f.name}\``).join(', ');
    const count = object.fields.length;
    // One whole sentence per case: where the fields come from, and whether a create needs some.
    const fields =
      object.source === 'describe'
        ? required
          ? t("{0} fields (from the org's describe); a create needs {1}.", count, required)
          : t("{0} fields (from the org's describe).", count)
        : required
          ? t('{0} fields (built in); a create needs {1}.', count, required)
          : t('{0} fields (built in).', count);
    const facts = [
      fields,
      object.keyPrefix ? t('Record ids start with `{0}`.', object.keyPrefix) : undefined,
      localized('object-notes', object.name, object.notes),
    ];
    return { start: named.start, end: named.end, markdown: docs(`**${object.name}** — ${object.label}`, object.docsUrl, facts.filter(Boolean).join('\n\n')) };
  }
  const version = dataPath?.version;
  if (within(version, offset) && !version.liquid && !version.placeholder) {
    const v = findApiVersion(version.text, k.salesforce.apiVersions);
    const status =
      v?.status === 'retired'
        ? v.retiredIn
          ? t('Retired in {0}: Salesforce answers 410 Gone.', v.retiredIn)
          : t('Retired: Salesforce answers 410 Gone.')
        : v?.status === 'deprecated'
          ? v.retiredIn
            ? t('Deprecated; retires in {0}.', v.retiredIn)
            : t('Deprecated.')
          : v?.status === 'preview'
            ? t('Preview release.')
            : v
              ? t('Supported.')
              : t('Not a version this extension knows.');
    return { start: version.start, end: version.end, markdown: `**Salesforce REST API ${version.text}**${v ? ` — ${v.release}` : ''}\n\n${status}` };
  }
  const header = doc.headers.find((h) => within(h.name, offset));
  const known = header && requestHeaders.find((h) => h.name.toLowerCase() === header.name.text.toLowerCase());
  if (header && known) return { start: header.name.start, end: header.name.end, markdown: docs(`**${known.name}** — ${localized('header', known.name, known.description)}`, known.docsUrl) };
  return undefined;
}
