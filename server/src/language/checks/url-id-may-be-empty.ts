import { abortWhenBlankText, abortsWhenBlank } from '../analysis/abort-guard';
import { liquidNodes } from '../analysis/liquid-nodes';
import { requestUrl } from '../analysis/oauth';
import { canBeBlank, valueName } from '../analysis/paths';
import type { LiquidOutput } from '../../syntax';
import { t } from '../../core';
import type { Check, Fix } from './types';

export const urlIdMayBeEmpty: Check = {
  meta: {
    code: 'url-id-may-be-empty',
    severity: 'hint',
    summary: 'The record id or external id value in the URL is only an output without a default: for a user without the value the URL names no record.',
    docs:
      'In `PATCH .../sobjects/Lead/{{${user_id}}}` (Braze\'s update recipe) the record is named by the user\'s value. For a user without it ' +
      'Braze sends `PATCH .../sobjects/Lead/`, which updates nothing: Salesforce refuses the method on the object (405 `METHOD_NOT_ALLOWED`), ' +
      'and an upsert by an external id with an empty value is refused too. Braze logs the failure for each such user. The quick fix aborts ' +
      'the message for them, with a reason in the Message Activity Log: `{% if ${user_id} == blank %}{% abort_message(\'no Salesforce record id\') %}{% endif %}` ' +
      'at the start of the body; an `abort_message` already inside such an `if`, in any field, counts. A hint: Braze\'s own recipe has none. ' +
      'Sources: Braze, "Aborting messages" (https://www.braze.com/docs/user_guide/messaging/design_and_edit/personalize/liquid/aborting_messages/); ' +
      'Salesforce REST API Developer Guide, "Status Codes and Error Responses" ' +
      '(https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/errorcodes.htm).',
  },
  run({ doc, report }) {
    const url = requestUrl(doc);
    const dp = url?.dataPath;
    const segment = dp && !dp.collection ? dp.id : undefined;
    if (!dp || !segment?.liquid || !dp.object || dp.object.liquid) return;
    const outputs = liquidNodes(doc)
      .map(({ node }) => node)
      .filter((n): n is LiquidOutput => n.type === 'output' && n.start >= segment.start && n.end <= segment.end);
    const literal = outputs.reduce((rest, o) => rest.replace(doc.text.slice(o.start, o.end), ''), doc.text.slice(segment.start, segment.end));
    if (!outputs.length || literal.trim() !== '' || !outputs.every(canBeBlank)) return;
    const value = valueName(doc.text, outputs[0]);
    if (abortsWhenBlank(doc, value)) return;
    const before = doc.text.slice(url.start, segment.start);
    const body = doc.body;
    const fixes: Fix[] | undefined = body
      ? [{ title: t('Abort the message when {0} is blank', value), edits: [{ start: body.start, end: body.start, newText: `${abortWhenBlankText(value, 'no Salesforce record id')}\n` }], preferred: true }]
      : undefined;
    report({
      start: segment.start,
      end: segment.end,
      message: t('When {0} is blank the URL ends in "{1}", which names no record, and Salesforce refuses it: abort the message for those users', value, before.slice(before.lastIndexOf('/sobjects/'))),
      fixes,
    });
  },
};
