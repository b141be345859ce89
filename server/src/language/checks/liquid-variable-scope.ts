import { builtinTag, t } from '../../core';
import { fieldsOf } from '../analysis/fields';
import { fieldTextOf } from '../analysis/liquid-nodes';
import { definitionsOf, usesOf, type VariableDefinition } from '../analysis/variables';
import type { Field, WebhookDocument } from '../../syntax';
import type { Check, Fix } from './types';

/** A definition that stands alone and can be repeated in another field as it is (a counter would count twice). */
function repeatable(tagName: string): boolean {
  const tag = builtinTag(tagName);
  return tag?.kind === 'simple' && tag.sets !== undefined && tag.sets !== 'counter';
}

/** Where a field is, with its preposition ("in the URL"): whole phrases, so that a translation picks its own preposition and case. */
function inField(doc: WebhookDocument, field: Field): string {
  if (field.kind === 'url') return t('in the URL');
  if (field.kind === 'body') return t('in the body');
  const header = doc.headers.find((h) => h.value === field);
  return header?.name.text ? t('in the {0} header', header.name.text) : t('in a header');
}

export const liquidVariableScope: Check = {
  meta: {
    code: 'liquid-variable-scope',
    severity: 'error',
    summary: 'A Liquid variable read in one field (URL, a header, the body) but set in another: Braze renders each field on its own, so it is empty there.',
    docs:
      'Braze renders the URL, each header value and the body of a webhook as separate templates, each with its own variables: a token ' +
      'saved by `connected_content ... :save result` in the `Authorization` header is empty in the body, and the same holds for ' +
      '`assign`, `capture`, loop variables, `catalog_items` (`items`) and `increment`. Repeat the tag in each field that reads the ' +
      'variable. Braze namespaces and attribute references (`custom_attribute`, `event_properties`, `${first_name}`...) are filled in ' +
      'every field. Source: Braze, "Local Connected Content variables" ' +
      '(https://www.braze.com/docs/user_guide/messaging/design_and_edit/personalize/connected_content/local_connected_content_variables/).',
  },
  run(context) {
    const { doc, knowledge } = context;
    const fields = fieldsOf(doc);
    const defs = new Map<Field, VariableDefinition[]>(fields.map((f) => [f, definitionsOf(f)]));
    // Where each name is first set: the first field that sets it, and its first tag there.
    const firstSet = new Map<string, { field: Field; def: VariableDefinition }>();
    for (const field of fields) for (const def of defs.get(field)!) if (!firstSet.has(def.name)) firstSet.set(def.name, { field, def });
    const labels = new Map<Field, string>();
    const label = (f: Field) => labels.get(f) ?? labels.set(f, inField(doc, f)).get(f)!;
    for (const field of fields) {
      const own = new Set(defs.get(field)!.map((d) => d.name));
      for (const use of usesOf(field, knowledge)) {
        if (own.has(use.name)) continue;
        const set = firstSet.get(use.name);
        if (!set) continue;
        const { field: elsewhere, def } = set;
        const written = fieldTextOf(doc, elsewhere, def.tag.start, def.tag.end);
        // A line of a `{% liquid %}` tag is repeated as a tag of its own.
        const tagText = def.tag.liquidTag ? `{% ${written} %}` : written;
        const where = label(elsewhere);
        const here = label(field);
        let fixes: Fix[] | undefined;
        if (repeatable(def.tag.name.text)) {
          const newText = field.kind === 'body' ? `${tagText}\n` : tagText;
          fixes = [{ title: t('Repeat the {0} tag {1}', def.tag.name.text, here), edits: [{ start: field.start, end: field.start, newText }], preferred: true }];
        }
        context.report({
          start: use.start,
          end: use.end,
          message: t(
            '"{0}" is set {1}, but Braze renders each field on its own, so it is empty {2}: set it here too (repeat the {3} tag)',
            use.name,
            where,
            here,
            def.tag.name.text,
          ),
          fixes,
        });
      }
    }
  },
};
