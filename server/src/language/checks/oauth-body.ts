import { endOfArguments, findOption, insertOptionBefore, parseFormBody, TOKEN_BODY, tokenCalls } from '../analysis/oauth';
import { quoteSecretsShortly, t } from '../../core';
import type { Check } from './types';

const GRANT = 'client_credentials';
/** What each required parameter holds (built when a message is, in the configured language), and the placeholder the recipe writes for it. */
const REQUIRED: readonly { key: string; what: () => string; sample: string }[] = [
  { key: 'client_id', what: () => t("the connected app's consumer key"), sample: '[insert_client_id]' },
  { key: 'client_secret', what: () => t("the connected app's consumer secret"), sample: '[insert_client_secret]' },
  { key: 'grant_type', what: () => GRANT, sample: GRANT },
];

export const oauthBody: Check = {
  meta: {
    code: 'oauth-body',
    severity: 'error',
    summary: "The token call's :body lacks client_id, client_secret or grant_type=client_credentials.",
    docs:
      'The client credentials flow posts `grant_type=client_credentials&client_id=<consumer key>&client_secret=<consumer secret>` ' +
      "(form encoded, Connected Content's default for a POST body); a stored credential (`:basic_auth`, `:auth_credentials`) may send " +
      'the id and secret as HTTP Basic auth instead. Without them Salesforce answers `invalid_client_id`, ' +
      '`invalid_client` or `unsupported_grant_type`. A body passed as a variable (`:body {{token_body}}`) is not checked. Sources: ' +
      'Salesforce Help, "OAuth 2.0 Client Credentials Flow for Server-to-Server Integration" ' +
      '(https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_client_credentials_flow.htm&type=5); Braze, ' +
      '"Local Connected Content variables" (https://www.braze.com/docs/user_guide/messaging/design_and_edit/personalize/connected_content/local_connected_content_variables/).',
  },
  run({ doc, report }) {
    for (const call of tokenCalls(doc)) {
      const body = findOption(call.options, 'body');
      if (!body?.value) {
        const save = findOption(call.options, 'save');
        const option = `:body ${TOKEN_BODY}`;
        const ins = body
          ? { at: body.end, newText: ` ${TOKEN_BODY}` }
          : save ? insertOptionBefore(doc.text, save, option) : { at: endOfArguments(call.tag), newText: ` ${option}` };
        report({
          start: body ? body.start : call.tag.name.start,
          end: body ? body.end : call.tag.name.end,
          message: t('The token call has no :body: add "{0}"', `:body ${TOKEN_BODY}`),
          fixes: [{ title: t('Add the client credentials body'), edits: [{ start: ins.at, end: ins.at, newText: ins.newText }], preferred: true }],
        });
        continue;
      }
      const value = body.value;
      if (/^\{\{[^]*\}\}$/.test(value.text) && !value.text.includes('=')) continue;
      if (value.text.includes('{%')) continue;
      const params = parseFormBody(value.text, value.start);
      if (!params) continue;
      // A stored credential (`:basic_auth`, `:auth_credentials`) sends the client id and secret as HTTP Basic auth.
      const credential = findOption(call.options, 'basic_auth') ?? findOption(call.options, 'auth_credentials');
      for (const r of REQUIRED) {
        if (credential && r.key !== 'grant_type') continue;
        const p = params.find((x) => x.key.text === r.key);
        if (!p) {
          const sep = value.text.endsWith('&') ? '' : '&';
          report({
            start: value.start,
            end: value.end,
            message: t('The token :body "{0}" has no {1}: add "{2}" ({3})', quoteSecretsShortly(value.text), r.key, `${r.key}=${r.sample}`, r.what()),
            fixes: [{ title: t('Add "{0}"', `${r.key}=${r.sample}`), edits: [{ start: value.end, end: value.end, newText: `${sep}${r.key}=${r.sample}` }], preferred: true }],
          });
          continue;
        }
        if (!p.value || p.value.text === '') {
          report({
            start: p.start,
            end: p.end,
            message: t('"{0}" in the token :body has no value: write "{1}" ({2})', p.key.text, `${r.key}=${r.sample}`, r.what()),
            fixes: [{ title: t('Write "{0}"', `${r.key}=${r.sample}`), edits: [{ start: p.start, end: p.end, newText: `${r.key}=${r.sample}` }], preferred: true }],
          });
          continue;
        }
        if (r.key === 'grant_type' && p.value.text !== GRANT && !p.liquid) {
          report({
            start: p.value.start,
            end: p.value.end,
            message: t('"{0}" in the token :body: this flow needs "{1}"', `grant_type=${p.value.text}`, `grant_type=${GRANT}`),
            fixes: [{ title: t('Write "{0}"', GRANT), edits: [{ start: p.value.start, end: p.value.end, newText: GRANT }], preferred: true }],
          });
        }
      }
    }
  },
};
