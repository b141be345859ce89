import { t } from '../../core';
import { requestUrl, tokenCalls } from '../analysis/oauth';
import type { Check } from './types';

export const oauthHostMismatch: Check = {
  meta: {
    code: 'oauth-host-mismatch',
    severity: 'warning',
    summary: 'The token call and the request go to different hosts.',
    docs:
      "A client credentials token is issued by one org's My Domain host and is good for that org's API: a token from another host " +
      '(another org, a sandbox for a production request) makes Salesforce answer `401 INVALID_SESSION_ID`. Letter case is ignored and a ' +
      'placeholder stands for any name. Hosts written with Liquid are not compared. Source: Salesforce Help, "OAuth 2.0 Client Credentials ' +
      'Flow for Server-to-Server Integration" (https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_client_credentials_flow.htm&type=5).',
  },
  run({ doc, report }) {
    const req = requestUrl(doc);
    // A placeholder host is the `placeholder` check's to report; comparing it would say the same twice.
    if (!req?.host || req.hostLiquid || req.hostPlaceholder || !req.hostKey) return;
    const reqKey = req.hostKey.replace(/\.$/, '');
    for (const call of tokenCalls(doc)) {
      const host = call.url?.host;
      if (!host || call.url?.hostLiquid || call.url?.hostPlaceholder || !call.url?.hostKey || host.text === '') continue;
      if (call.url.hostKey.replace(/\.$/, '') === reqKey) continue;
      report({
        start: host.start,
        end: host.end,
        message: t('Token host "{0}" differs from the request host "{1}": a token is good only for its own org; get it from "{1}"', host.text, req.host.text),
        fixes: [{ title: t('Use "{0}"', req.host.text), edits: [{ start: host.start, end: host.end, newText: req.host.text }], preferred: true }],
      });
    }
  },
};
