import { t } from '../../core';
import { bearerUse, guardText, tagsOfName, tokenCalls } from '../analysis/oauth';
import type { Header } from '../../syntax';
import type { Check } from './types';

export const oauthGuard: Check = {
  meta: {
    code: 'oauth-guard',
    severity: 'hint',
    summary: 'Nothing stops the send when the token call fails: the header becomes "Bearer " and Salesforce answers 401.',
    docs:
      'When the token request fails, the saved variable has no `access_token`, the header is sent as `Bearer ` and Salesforce answers ' +
      "`401 INVALID_SESSION_ID`, which Braze does not retry (only 408, 429 and 5XX are). An `{% abort_message('reason') %}` when the " +
      'token is blank stops the message instead and logs the reason in the Message Activity Log. Sources: Braze, "Aborting messages" ' +
      '(https://www.braze.com/docs/user_guide/messaging/design_and_edit/personalize/liquid/aborting_messages/) and "Creating a webhook" ' +
      '(https://www.braze.com/docs/user_guide/message_building_by_channel/webhooks/creating_a_webhook/).',
  },
  run({ doc, report }) {
    const guarded = new Map<Header, boolean>();
    for (const call of tokenCalls(doc)) {
      const header = call.header;
      if (!guarded.has(header)) guarded.set(header, tagsOfName(header.value, 'abort_message').length > 0);
      if (guarded.get(header)) continue;
      const use = bearerUse(doc, call);
      // After the tag, or after the `{% liquid %}` tag whose line it is.
      const at = use.bearer?.start ?? use.output?.start ?? (call.tag.liquidTag ?? call.tag).end;
      const guard = guardText(call.savedName);
      report({
        start: call.tag.name.start,
        end: call.tag.name.end,
        message: t(
          'Nothing stops the send when the token call fails: the header becomes "Bearer " and Salesforce\'s 401 is not retried; abort when {0} is blank',
          `${call.savedName}.access_token`,
        ),
        fixes: [{ title: t('Abort the message when the token is blank'), edits: [{ start: at, end: at, newText: guard }], preferred: true }],
      });
    }
  },
};
