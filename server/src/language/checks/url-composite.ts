import { t } from '../../core';
import { requestUrl } from '../analysis/oauth';
import type { Check } from './types';

export const urlComposite: Check = {
  meta: {
    code: 'url-composite',
    severity: 'warning',
    summary: 'A webhook on `/composite/sobjects` or `/composite`: Salesforce answers 200 even when records fail, and Braze counts any 2xx as delivered.',
    docs:
      'sObject Collections (`/composite/sobjects`) and Composite (`/composite`) answer `200 OK` for any well-formed request, with one ' +
      'result per record or subrequest, each with its own `success` (or `httpStatusCode`) and `errors`: a record that failed does not ' +
      'change the HTTP status. Braze counts a 2xx answer as delivered and retries only 408, 429 and 5XX, so those failures never reach ' +
      "the Message Activity Log and are not retried. Send one record per webhook (`POST` or `PATCH .../sobjects/<Object>/...`, whose " +
      "failure is a 4xx Braze logs), or upsert by an external id, which a retry cannot duplicate. Send Test Request shows which records " +
      'failed. Source: Salesforce REST API Developer Guide, "sObject Collections" and "Composite" ' +
      '(https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_sobjects_collections_create.htm, ' +
      'https://developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_composite.htm); Braze, "Creating a ' +
      'webhook", errors and retry logic (https://www.braze.com/docs/user_guide/message_building_by_channel/webhooks/creating_a_webhook/).',
  },
  run({ doc, report }) {
    const url = requestUrl(doc);
    const composite = url?.dataPath?.composite;
    if (!url?.path || !composite) return;
    const one = '.../sobjects/<Object>/...';
    report({
      start: composite.start,
      end: url.path.end,
      message: url.dataPath?.collection
        ? t('sObject Collections answer 200 OK even when records fail (each result has its own "success" and "errors"), and Braze counts any 2xx as delivered: a failed record never reaches the Message Activity Log and is not retried. Send one record per webhook ({0}), or upsert it by an external id', one)
        : t('Composite answers 200 OK even when records fail (each result has its own "success" and "errors"), and Braze counts any 2xx as delivered: a failed record never reaches the Message Activity Log and is not retried. Send one record per webhook ({0}), or upsert it by an external id', one),
    });
  },
};
