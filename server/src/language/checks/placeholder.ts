import { connectedContentTags } from '../analysis/oauth';
import { findPlaceholders, isSecretPlaceholder, t } from '../../core';
import type { Span } from '../../syntax';
import type { Check } from './types';

/** The command the client runs to ask for a placeholder's value (and keep a secret in SecretStorage). */
export const FILL_PLACEHOLDER_COMMAND = 'brazeWebhooks.fillPlaceholder';

/** What each placeholder of Braze's Salesforce recipe stands for. */
// Built when a message is, so that the configured language applies.
const WHAT: Record<string, () => string> = {
  insert_instance_name: () => t("your org's My Domain name (NAME in NAME.my.salesforce.com)"),
  insert_client_id: () => t("your connected app's consumer key"),
  insert_client_secret: () => t("your connected app's consumer secret"),
};

export const placeholder: Check = {
  meta: {
    code: 'placeholder',
    severity: 'error',
    summary: 'A documentation placeholder such as [insert_instance_name] or [insert_client_secret] is still in the template.',
    docs:
      "Braze's Salesforce recipe writes `[insert_instance_name]`, `[insert_client_id]` and `[insert_client_secret]` for the reader to fill " +
      'in. Braze does not check them when the template is saved: the message fails at send time, and the Message Activity Log shows ' +
      '"https://[insert_instance_name].my.salesforce.com/services/oauth2/token is not a valid URL" for a placeholder in a URL; a ' +
      'placeholder in the token body is sent as written and Salesforce refuses the client. The quick fix asks for the value (a secret is ' +
      'kept in the editor\'s secret storage). Source: Braze, "Salesforce Sales Cloud", Troubleshooting ' +
      '(https://www.braze.com/docs/user_guide/get_started/b2b_use_cases/b2b_salesforce_sales_cloud/).',
  },
  run({ doc, report }) {
    const ranges: Span[] = [];
    if (doc.requestLine?.url) ranges.push(doc.requestLine.url);
    for (const h of doc.headers) ranges.push(h);
    if (doc.body) ranges.push(doc.body);
    const requestUrl = doc.requestLine?.url;
    const urls: Span[] = [];
    for (const tag of connectedContentTags(doc)) if (tag.connectedContent?.url) urls.push(tag.connectedContent.url);
    const within = (url: Span | undefined, p: Span) => url !== undefined && url.start <= p.start && p.end <= url.end;

    // The `connected_content` URLs stand apart, in file order: the one that may hold a placeholder is the last that starts before it.
    let u = 0;
    for (const range of ranges) {
      for (const p of findPlaceholders(doc.text.slice(range.start, range.end), range.start)) {
        while (u + 1 < urls.length && urls[u + 1].start <= p.start) u++;
        const url = within(requestUrl, p) ? requestUrl : within(urls[u], p) ? urls[u] : undefined;
        const what = WHAT[p.name]?.() ?? t('the value it stands for');
        const consequence = url
          ? t('Braze fails at send time with "{0} is not a valid URL"', doc.text.slice(url.start, url.end))
          : t('Braze sends it as written and the call fails at send time');
        const secret = isSecretPlaceholder(p.text);
        const title = t('Fill in {0}...', p.text);
        report({
          start: p.start,
          end: p.end,
          message: t('Placeholder "{0}" is still in the template: {1}; fill in {2}', p.text, consequence, what),
          fixes: [{ title, edits: [], command: { title, command: FILL_PLACEHOLDER_COMMAND, arguments: [{ placeholder: p.text, secret }] }, preferred: true }],
        });
      }
    }
  },
};
