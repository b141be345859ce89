import { t } from '../../core';
import { findOption, tokenCalls } from '../analysis/oauth';
import type { Check } from './types';

/** The only body Salesforce's token endpoint reads; Braze's default for a POST `:body`. */
const FORM = 'application/x-www-form-urlencoded';

export const oauthContentType: Check = {
  meta: {
    code: 'oauth-content-type',
    severity: 'error',
    summary: 'The token call sets `:content_type` to something other than form-urlencoded: Braze then sends the body as JSON, which Salesforce\'s token endpoint does not read.',
    docs:
      'With `:content_type application/json` Braze converts a form-style `:body` (`client_id=...&client_secret=...&grant_type=...`) to JSON ' +
      'and sends it as JSON. Salesforce\'s OAuth token endpoint reads its parameters only from an `application/x-www-form-urlencoded` ' +
      'body, so it finds no `grant_type` and answers with an error (400): every message then gets no token, and the record call a 401. ' +
      'Leave `:content_type` out (a POST `:body` is form-urlencoded by default) or write `:content_type application/x-www-form-urlencoded`. ' +
      'Source: Braze, "Local Connected Content variables", HTTP POST ' +
      '(https://www.braze.com/docs/user_guide/messaging/design_and_edit/personalize/connected_content/local_connected_content_variables/#http-post), ' +
      'and Salesforce Help, "OAuth 2.0 Client Credentials Flow for Server-to-Server Integration" ' +
      '(https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_client_credentials_flow.htm&type=5).',
  },
  run({ doc, report }) {
    for (const call of tokenCalls(doc)) {
      const option = findOption(call.options, 'content_type');
      const value = option?.value;
      if (!option || !value || /\{\{|\{%/.test(value.text) || value.text.toLowerCase().split(';')[0].trim() === FORM) continue;
      let start = option.start;
      while (start > 0 && /[ \t]/.test(doc.text[start - 1])) start--;
      report({
        start: option.start,
        end: option.end,
        message: t("\"{0}\" makes Braze send the token request as {1}, but Salesforce's token endpoint reads only {2}: remove it", `:content_type ${value.text}`, value.text, FORM),
        fixes: [
          { title: t('Remove "{0}"', `:content_type ${value.text}`), edits: [{ start, end: option.end, newText: '' }], preferred: true },
          { title: t('Write {0}', FORM), edits: [{ start: value.start, end: value.end, newText: FORM }] },
        ],
      });
    }
  },
};
