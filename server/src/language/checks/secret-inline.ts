import { connectedContentTags, findOption, parseFormBody } from '../analysis/oauth';
import { secretPreview, t } from '../../core';
import type { Check } from './types';

export const secretInline: Check = {
  meta: {
    code: 'secret-inline',
    severity: 'information',
    summary: "A literal client secret in a connected_content :body: it ends up in source control with the file.",
    docs:
      "The consumer secret of the connected app lets anyone get tokens for the org's API. Written in a `.webhook` file it is committed " +
      'with it. Keep `client_secret=[insert_client_secret]` in the file and fill it in when the template goes to Braze (the ' +
      "placeholder quick fix keeps the value in the editor's secret storage). Source: Salesforce Help, \"OAuth 2.0 Client Credentials " +
      'Flow for Server-to-Server Integration" (https://help.salesforce.com/s/articleView?id=sf.remoteaccess_oauth_client_credentials_flow.htm&type=5).',
  },
  run({ doc, report }) {
    for (const tag of connectedContentTags(doc)) {
      const body = findOption(tag.connectedContent?.options ?? [], 'body')?.value;
      if (!body) continue;
      for (const p of parseFormBody(body.text, body.start) ?? []) {
        if (p.key.text !== 'client_secret' || !p.value || p.value.text === '' || p.liquid || p.placeholder) continue;
        const shown = secretPreview(p.value.text);
        report({
          start: p.value.start,
          end: p.value.end,
          message: t('The client secret "{0}" is written in the file, so it will be in source control: write {1} and fill it in Braze', shown, 'client_secret=[insert_client_secret]'),
        });
      }
    }
  },
};
