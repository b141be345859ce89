import { hostAdvice } from '../analysis/host-advice';
import { requestUrl, tokenCalls } from '../analysis/oauth';
import { classifyHost, isLoopbackHost, quoteSecretsShortly, TOKEN_PATH, t } from '../../core';
import { schemeProblem } from '../analysis/url';
import type { Check, Fix } from './types';

export const oauthTokenUrl: Check = {
  meta: {
    code: 'oauth-token-url',
    severity: 'error',
    summary: 'The token URL is not https://<My Domain host>/services/oauth2/token, or goes to login/test.salesforce.com.',
    docs:
      "The client credentials flow posts to the org's own My Domain host: `https://NAME.my.salesforce.com/services/oauth2/token`. " +
      '`login.salesforce.com` and `test.salesforce.com` (and the Setup host) answer `invalid_grant` "request not supported on this domain". ' +
      'Braze calls only ports 443 and 80. Sources: Salesforce Help, "OAuth 2.0 Client Credentials Flow for Server-to-Server Integration" ' +
      '(https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_client_credentials_flow.htm&type=5); Braze, "Making an API call" ' +
      '(https://www.braze.com/docs/user_guide/messaging/design_and_edit/personalize/connected_content/making_an_api_call/).',
  },
  run({ doc, knowledge, report }) {
    const req = requestUrl(doc);
    // The request's host, when it is an API host: the token call belongs there.
    const reqHost = req?.host && !req.hostLiquid && req.hostKey && classifyHost(req.hostKey).api ? req.host.text : undefined;
    for (const call of tokenCalls(doc)) {
      const url = call.url;
      if (!url || /^\{[{%]/.test(url.text)) continue;
      const scheme = schemeProblem(url);
      // The URL as a diagnostic quotes it: a password or secret in it cut to its first characters.
      const shown = quoteSecretsShortly(url.text);
      if (!url.scheme) {
        if (scheme) report({ ...scheme, message: t('Token URL "{0}" is not absolute: write {1}', shown, `https://NAME.my.salesforce.com${TOKEN_PATH}`) });
        continue;
      }
      if (scheme) report({ ...scheme, message: t('Token URL "{0}" does not use https: write https://', shown) });
      const loopback = isLoopbackHost(url.hostKey);
      const host = url.host;
      if (host && url.hidden) report({ start: host.start, end: host.end, message: t('Token URL "{0}": {1}', shown, url.hidden) });
      if (host && !url.hostLiquid && url.hostKey && !loopback && !url.hidden) {
        const kind = classifyHost(url.hostKey).kind;
        if (kind === 'login' || kind === 'ui-host' || kind === 'instance') {
          const advice = hostAdvice(url, knowledge);
          const to = reqHost ?? undefined;
          const fixes: Fix[] | undefined = to
            ? [{ title: t('Use "{0}"', to), edits: [{ start: host.start, end: host.end, newText: to }], preferred: true }]
            : advice?.fix ? [advice.fix] : undefined;
          const use = to ? `"${to}"` : t('your My Domain host (NAME.my.salesforce.com)');
          report({
            start: host.start,
            end: host.end,
            message:
              kind === 'login'
                ? t('Token host "{0}" refuses the client credentials flow ("request not supported on this domain"): use {1}', host.text, use)
                : t("Token host \"{0}\" is not your org's API host, and Salesforce refuses the token request there: use {1}", host.text, use),
            fixes,
          });
        }
      }
      if (url.port && !loopback && url.port.text !== '443' && url.port.text !== '80') {
        report({
          start: url.port.start - 1,
          end: url.port.end,
          message: t('Port "{0}" in token URL "{1}": Braze calls only ports 443 and 80; remove "{2}"', url.port.text, shown, `:${url.port.text}`),
          fixes: [{ title: t('Remove "{0}"', `:${url.port.text}`), edits: [{ start: url.port.start - 1, end: url.port.end, newText: '' }], preferred: true }],
        });
      }
      const path = url.path;
      if (path && path.text !== TOKEN_PATH && !url.segments.some((s) => s.liquid)) {
        report({
          start: path.text === '' ? url.start : path.start,
          end: path.text === '' ? url.end : path.end,
          message: t('Token URL "{0}" does not end with {1}: write {2}', shown, TOKEN_PATH, `https://${host?.text ?? 'NAME.my.salesforce.com'}${TOKEN_PATH}`),
          fixes: [{ title: t('Use "{0}"', TOKEN_PATH), edits: [{ start: path.start, end: path.end, newText: TOKEN_PATH }], preferred: true }],
        });
      }
    }
  },
};
