import { t } from '../../core';
import { authorizationHeaders, requestUrl, suggestedTokenHost, tagsOfName, tokenHeaderValue } from '../analysis/oauth';
import type { Check } from './types';

export const oauthMissing: Check = {
  meta: {
    code: 'oauth-missing',
    severity: 'error',
    summary: 'No Authorization header, or one that gets no token (no connected_content call, no Bearer).',
    docs:
      "Salesforce's REST API needs `Authorization: Bearer <access token>`; without it it answers `401 INVALID_SESSION_ID`, which Braze " +
      "does not retry. Braze's recipe gets the token in the header itself: `{% connected_content https://NAME.my.salesforce.com/services/oauth2/token " +
      ':method post :body client_id=...&client_secret=...&grant_type=client_credentials :save result %}Bearer {{result.access_token}}`. ' +
      'Sources: Braze, "Salesforce Sales Cloud" (https://www.braze.com/docs/user_guide/get_started/b2b_use_cases/b2b_salesforce_sales_cloud/); ' +
      'Salesforce Help, "OAuth 2.0 Client Credentials Flow" ' +
      '(https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_client_credentials_flow.htm&type=5).',
  },
  run({ doc, report }) {
    const rl = doc.requestLine;
    if (!rl) return;
    const value = tokenHeaderValue(suggestedTokenHost(requestUrl(doc)));
    const headers = authorizationHeaders(doc);
    if (headers.length === 0) {
      const nl = doc.text.indexOf('\n', rl.end);
      const at = nl === -1 ? doc.text.length : nl + 1;
      const line = `Authorization: ${value}`;
      report({
        start: rl.start,
        end: rl.end,
        message: t('No Authorization header: Salesforce answers 401 without a token; add "{0}"', 'Authorization: {% connected_content .../services/oauth2/token ... %}Bearer {{result.access_token}}'),
        fixes: [{ title: t('Add the Authorization header (client credentials token)'), edits: [{ start: at, end: at, newText: nl === -1 ? `\n${line}` : `${line}\n` }], preferred: true }],
      });
      return;
    }
    for (const h of headers) {
      const v = h.value;
      if (tagsOfName(v, 'connected_content').length > 0 || /\b(Bearer|OAuth)\b/i.test(v.text)) continue;
      let edit = { start: v.start, end: v.end, newText: value };
      if (v.text === '' && h.colon !== undefined) {
        let eol = doc.text.indexOf('\n', h.colon);
        if (eol === -1) eol = doc.text.length;
        if (doc.text[eol - 1] === '\r') eol--;
        edit = { start: h.colon + 1, end: eol, newText: ` ${value}` };
      }
      report({
        start: h.name.start,
        end: Math.max(h.name.end, v.end),
        message: v.text.trim() === ''
          ? t('The Authorization header is empty: get a token with {0} and send "{1}"', '{% connected_content %}', 'Bearer {{result.access_token}}')
          : t('Authorization "{0}" sends no Salesforce token: get one with {1} and send "{2}"', v.text, '{% connected_content %}', 'Bearer {{result.access_token}}'),
        fixes: [{ title: t('Get a token (client credentials)'), edits: [edit], preferred: true }],
      });
    }
  },
};
