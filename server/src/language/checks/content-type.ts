import { t } from '../../core';
import { headersFor } from '../analysis/header-names';
import type { Check } from './types';

const JSON_TYPE = 'application/json';

export const contentType: Check = {
  meta: {
    code: 'content-type',
    severity: 'error',
    summary: 'A JSON body without a "Content-Type: application/json" header, or with another content type.',
    docs:
      "Braze sends the webhook body as written, with the request headers of the template; Salesforce's REST API reads a JSON body " +
      "when the request says `Content-Type: application/json`. Braze's Salesforce recipe sets that header, and Braze's webhook page " +
      'says the header keys must be exactly `Content-Type` and `Authorization`. A body that starts with `{` or `[` is JSON. Sources: ' +
      'Braze, "Creating a webhook" (https://www.braze.com/docs/user_guide/message_building_by_channel/webhooks/creating_a_webhook/); ' +
      'Salesforce REST API Developer Guide, "Create a Record" ' +
      '(https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_sobject_create.htm).',
  },
  run({ doc, report }) {
    const body = doc.body;
    if (!body) return;
    const lead = /^\s*/.exec(body.text)![0].length;
    const first = body.text[lead];
    if (first !== '{' && first !== '[') return;
    const headers = headersFor(doc, 'Content-Type');
    if (headers.length === 0) {
      const after = doc.headers[doc.headers.length - 1] ?? doc.requestLine;
      const nl = after ? doc.text.indexOf('\n', after.end) : -1;
      const at = nl === -1 ? undefined : nl + 1;
      report({
        start: body.start + lead,
        end: body.start + lead + 1,
        message: t('The JSON body is sent without "Content-Type: {0}": add that header', JSON_TYPE),
        fixes: at === undefined ? undefined : [{ title: t('Add "{0}"', `Content-Type: ${JSON_TYPE}`), edits: [{ start: at, end: at, newText: `Content-Type: ${JSON_TYPE}\n` }], preferred: true }],
      });
      return;
    }
    for (const h of headers) {
      const v = h.value;
      if (v.liquid.length > 0) continue;
      const mime = v.text.split(';')[0].trim().toLowerCase();
      if (mime === JSON_TYPE) continue;
      const empty = v.text.trim() === '';
      let edit = { start: v.start, end: v.end, newText: JSON_TYPE };
      if (empty && h.colon !== undefined) {
        let eol = doc.text.indexOf('\n', h.colon);
        if (eol === -1) eol = doc.text.length;
        if (doc.text[eol - 1] === '\r') eol--;
        edit = { start: h.colon + 1, end: eol, newText: ` ${JSON_TYPE}` };
      }
      report({
        start: empty ? h.name.start : v.start,
        end: empty ? (h.colon ?? h.name.end) + 1 : v.end,
        message: empty
          ? t('"{0}" is empty, but the body is JSON: write "{1}"', h.name.text, JSON_TYPE)
          : t('Content type "{0}" does not match the JSON body: write "{1}"', v.text, JSON_TYPE),
        fixes: [{ title: t('Write "{0}"', JSON_TYPE), edits: [edit], preferred: true }],
      });
    }
  },
};
