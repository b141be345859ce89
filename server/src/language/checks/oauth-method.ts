import { findOption, insertOptionBefore, tokenCalls, endOfArguments } from '../analysis/oauth';
import { CONNECTED_CONTENT_METHODS, t } from '../../core';
import type { Check } from './types';

export const oauthMethod: Check = {
  meta: {
    code: 'oauth-method',
    severity: 'error',
    summary: "The token call's :method is not post (without :method, Connected Content sends GET).",
    docs:
      "Salesforce's token endpoint takes a POST. Connected Content sends only GET and POST, and GET when no `:method` is given, so the " +
      'token call needs `:method post`. Source: Braze, "Making an API call" ' +
      '(https://www.braze.com/docs/user_guide/messaging/design_and_edit/personalize/connected_content/making_an_api_call/).',
  },
  run({ doc, report }) {
    for (const call of tokenCalls(doc)) {
      const m = findOption(call.options, 'method');
      if (!m) {
        const first = call.options[0];
        const ins = first ? insertOptionBefore(doc.text, first, ':method post') : { at: endOfArguments(call.tag), newText: ' :method post' };
        report({
          start: call.tag.name.start,
          end: call.tag.name.end,
          message: t('The token call has no :method, so Braze sends GET; Salesforce\'s token endpoint needs POST: add ":method post"'),
          fixes: [{ title: t('Add "{0}"', ':method post'), edits: [{ start: ins.at, end: ins.at, newText: ins.newText }], preferred: true }],
        });
        continue;
      }
      if (!m.value) {
        report({
          start: m.start,
          end: m.end,
          message: t('":method" has no value: write ":method post"'),
          fixes: [{ title: t('Write "{0}"', ':method post'), edits: [{ start: m.end, end: m.end, newText: ' post' }], preferred: true }],
        });
        continue;
      }
      const v = m.value.text;
      if (v.toLowerCase() === 'post' || /\{\{|\{%/.test(v)) continue;
      const known = (CONNECTED_CONTENT_METHODS as readonly string[]).includes(v.toLowerCase());
      report({
        start: m.value.start,
        end: m.value.end,
        message: known
          ? t('"{0}" sends the token request as {1}; Salesforce\'s token endpoint needs POST: write ":method post"', `:method ${v}`, v.toUpperCase())
          : t('"{0}": Connected Content sends only GET and POST, and the token endpoint needs POST: write ":method post"', `:method ${v}`),
        fixes: [{ title: t('Write "{0}"', 'post'), edits: [{ start: m.value.start, end: m.value.end, newText: 'post' }], preferred: true }],
      });
    }
  },
};
