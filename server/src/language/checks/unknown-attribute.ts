import { closestName } from '../analysis/liquid-nodes';
import { findAttribute, findCustomAttribute, findNamespace, localized, t } from '../../core';
import type { AttributeRef } from '../../syntax';
import type { Check, CheckContext, Fix } from './types';

export const unknownAttribute: Check = {
  meta: {
    code: 'unknown-attribute',
    severity: 'warning',
    summary: 'An attribute reference Braze does not fill: `${name}` that is no default attribute, an unknown namespace or member, an undeclared custom attribute.',
    docs:
      'In Braze Liquid, `${name}` alone names a default profile attribute (`${first_name}`, `${email_address}`, `${user_id}`...); ' +
      'a custom attribute is written `custom_attribute.${name}`, and fixed namespaces (`campaign`, `canvas`, `most_recently_used_device`...) ' +
      'have a fixed list of members. Anything else renders empty, so the webhook sends a blank value. When the workspace declares its ' +
      'custom attributes (setting `brazeWebhooks.customAttributes`), a `custom_attribute.${x}` not among them is reported too. ' +
      'Source: Braze, "Supported personalization tags" ' +
      '(https://www.braze.com/docs/user_guide/messaging/design_and_edit/personalize/liquid/supported_personalization_tags/).',
  },
  run(context) {
    for (const attr of context.doc.attributes) {
      if (!attr.name.text.trim()) continue;
      if (attr.namespace) checkNamespaced(context, attr);
      // `items[0].${x}` and the like: a path Braze reads, not a default attribute.
      else if (context.doc.text[attr.start - 1] !== '.') checkDefault(context, attr);
    }
  },
};

function checkDefault(context: CheckContext, attr: AttributeRef): void {
  const { knowledge } = context;
  const name = attr.name.text.trim();
  if (findAttribute(knowledge, name)) return;
  const declared = findCustomAttribute(knowledge, name) !== undefined;
  const closest = declared ? undefined : closestName(name, knowledge.braze.attributes.map((a) => a.name));
  const written = `\${${attr.name.text}}`;
  const custom = `custom_attribute.${written}`;
  const fixes: Fix[] = [];
  if (closest) fixes.push({ title: t('Change to {0}', `\${${closest}}`), edits: [{ start: attr.name.start, end: attr.name.end, newText: closest }], preferred: true });
  fixes.push({ title: t('Change to {0}', custom), edits: [{ start: attr.start, end: attr.start, newText: 'custom_attribute.' }], preferred: !closest });
  const message = closest
    ? t('{0} is not a Braze default attribute: did you mean {1}? For a custom attribute write {2}', written, `\${${closest}}`, custom)
    : t('{0} is not a Braze default attribute: for a custom attribute write {1}', written, custom);
  context.report({ start: attr.start, end: attr.end, message, fixes });
}

function checkNamespaced(context: CheckContext, attr: AttributeRef): void {
  const { knowledge } = context;
  const nsName = attr.namespace!.text;
  const member = attr.name.text.trim();
  const written = context.doc.text.slice(attr.start, attr.end);
  const ns = findNamespace(knowledge, nsName);
  if (!ns) {
    const closest = closestName(nsName, knowledge.braze.namespaces.map((n) => n.name));
    context.report({
      start: attr.namespace!.start,
      end: attr.namespace!.end,
      message: closest
        ? t('"{0}" in {1} is not a Braze namespace: did you mean "{2}"?', nsName, written, closest)
        : t('"{0}" in {1} is not a Braze namespace: use {2}...', nsName, written, 'custom_attribute, event_properties, canvas_entry_properties'),
      fixes: closest ? [{ title: t('Change to {0}', closest), edits: [{ start: attr.namespace!.start, end: attr.namespace!.end, newText: closest }], preferred: true }] : undefined,
    });
    return;
  }
  if (!ns.inWebhooks) {
    context.report({ start: attr.start, end: attr.end, message: t('{0} is not filled in a webhook: Braze sets {1} only for other channels ({2})', written, ns.name, localized('namespace', ns.name, ns.description).replace(/\.$/, '')) });
    return;
  }
  if (!ns.open) {
    const members = (ns.members ?? []).map((m) => m.name);
    if (members.includes(member)) return;
    const closest = closestName(member, members);
    context.report({
      start: attr.name.start,
      end: attr.name.end,
      message: closest
        ? t('{0}: "{1}" is not a member of {2}; did you mean {3}?', written, member, ns.name, `${ns.name}.\${${closest}}`)
        : t('{0}: "{1}" is not a member of {2}; it has {3}', written, member, ns.name, members.join(', ')),
      fixes: closest ? [{ title: t('Change to {0}', `${ns.name}.\${${closest}}`), edits: [{ start: attr.name.start, end: attr.name.end, newText: closest }], preferred: true }] : undefined,
    });
    return;
  }
  if (ns.name === 'custom_attribute' && knowledge.customAttributes.length > 0 && !findCustomAttribute(knowledge, member)) {
    const closest = closestName(member, knowledge.customAttributes.map((a) => a.name));
    context.report({
      start: attr.name.start,
      end: attr.name.end,
      message: closest
        ? t("{0}: \"{1}\" is not among the workspace's custom attributes (setting brazeWebhooks.customAttributes); did you mean {2}?", written, member, `custom_attribute.\${${closest}}`)
        : t("{0}: \"{1}\" is not among the workspace's custom attributes (setting brazeWebhooks.customAttributes); declare it or fix the name", written, member),
      fixes: closest ? [{ title: t('Change to {0}', `custom_attribute.\${${closest}}`), edits: [{ start: attr.name.start, end: attr.name.end, newText: closest }], preferred: true }] : undefined,
    });
  }
}
