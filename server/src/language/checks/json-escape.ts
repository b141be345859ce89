import { t } from '../../core';
import { isNestedInTag } from '../analysis/liquid-nodes';
import { hasJsonEscape, isJsonStringSafe, jsonStringsWithLiquid } from '../analysis/liquid-values';
import type { LiquidOutput } from '../../syntax';
import type { Check } from './types';

export const jsonEscape: Check = {
  meta: {
    code: 'json-escape',
    // Information, not warning: Braze's own English Create Lead recipe writes "{{${first_name}}}" without json_escape and
    // must show no warning; the break depends on the data (a `"` or `\` in the value). Raise it in settings to be strict.
    severity: 'information',
    summary: 'A Liquid output inside a JSON string without `json_escape`: a `"` or `\\` in the value breaks the body.',
    docs:
      'Braze inserts the rendered text of an output as it is, so a value holding a double quote or a backslash (a company called ' +
      '`The "Best" Co`) ends the JSON string early and Salesforce answers `JSON_PARSER_ERROR`. Braze\'s `json_escape` filter escapes ' +
      'them, and Braze advises it for every personalized string in a JSON webhook body. A line break or a tab in the value (an address ' +
      'typed on two lines) breaks the string too, as JSON allows no control character unescaped (RFC 8259 section 7), and `json_escape` ' +
      'escapes those as well. Outputs that cannot hold a quote (a number ' +
      'from `plus`, `round` or `size`, a `date` format, `url_encode`, `base64_encode`, `md5`, `sha1`, `hmac_*`...) are not reported; ' +
      "this is decided from the filters' return types in the knowledge base. Reported as information by default because Braze's own " +
      'recipes leave it out and the failure depends on the data. Source: Braze, "Advanced filters", JSON escape ' +
      '(https://www.braze.com/docs/user_guide/messaging/design_and_edit/personalize/liquid/advanced_filters/#json-escape--string-escape-filter).',
  },
  run(context) {
    const { doc, knowledge } = context;
    const body = doc.body;
    if (!body || !doc.json?.root) return;
    const strings = jsonStringsWithLiquid(doc.json.root);
    if (!strings.length) return;
    // Strings and nodes are both in file order: one sweep.
    let s = 0;
    for (const node of body.liquid ?? []) {
      if (node.type !== 'output' || !node.expression || isNestedInTag(body, node)) continue;
      while (s < strings.length && strings[s].end < node.end) s++;
      if (s >= strings.length) break;
      if (!(strings[s].start < node.start && node.end <= strings[s].end)) continue;
      if (isJsonStringSafe(knowledge, doc.text, node.expression)) continue;
      const written = doc.text.slice(node.start, node.end);
      const twice = hasJsonEscape(node.expression);
      context.report({
        start: node.start,
        end: node.end,
        message: twice
          ? t('{0} adds text after json_escape inside a JSON string: a " or \\ in it breaks the body; escape each value with json_escape before joining', written)
          : t('{0} stands in a JSON string without json_escape: a " or \\ in the value breaks the body; add | json_escape', written),
        fixes: twice ? undefined : [{ title: t('Add | json_escape'), edits: [{ start: insertAt(doc.text, node), end: insertAt(doc.text, node), newText: ' | json_escape' }], preferred: true }],
      });
    }
  },
};

/** After the last non-blank character of the output's expression. */
function insertAt(text: string, node: LiquidOutput): number {
  let p = node.content.end;
  while (p > node.content.start && /\s/.test(text[p - 1])) p--;
  return p;
}
