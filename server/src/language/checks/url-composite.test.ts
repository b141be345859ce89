import assert from 'node:assert/strict';
import { test } from 'node:test';
import { urlComposite } from './url-composite';
import { runCheck } from '../../../../test/support/check-test-helper';
import { template, validSamples } from '../../../../test/support/lead-samples';

const API = 'https://acme.my.salesforce.com/services/data/v60.0';
const RECORDS = '{"allOrNone": false, "records": [{"attributes": {"type": "Contact"}, "LastName": "{{${last_name} | json_escape}}"}]}';

test('url-composite: sObject Collections and Composite, a warning on the resource to the end of the path', () => {
  const collections = runCheck(urlComposite, template({ url: `${API}/composite/sobjects`, body: RECORDS }));
  assert.deepEqual(collections.map((f) => f.slice), ['composite/sobjects']);
  assert.equal(urlComposite.meta.severity, 'warning');
  assert.match(collections[0].message, /^sObject Collections answer 200 OK even when records fail .* Braze counts any 2xx as delivered: a failed record never reaches the Message Activity Log and is not retried\. Send one record per webhook .*, or upsert it by an external id$/);
  const upsert = runCheck(urlComposite, template({ method: 'PATCH', url: `${API}/composite/sobjects/Contact/Braze_Id__c`, body: RECORDS }));
  assert.deepEqual(upsert.map((f) => f.slice), ['composite/sobjects/Contact/Braze_Id__c']);
  const composite = runCheck(urlComposite, template({ url: `${API}/composite`, body: '{"compositeRequest": []}' }));
  assert.deepEqual(composite.map((f) => f.slice), ['composite']);
  assert.match(composite[0].message, /^Composite answers 200 OK/);
});

test('url-composite: single-record requests and other URLs raise nothing', () => {
  for (const text of [...validSamples(), template({ url: `${API}/sobjects/Contact/` }), template({ url: `${API}/sobjects/Lead/Braze_Id__c/{{\${user_id} | url_param_escape}}`, method: 'PATCH' }), template({ url: 'https://x.example.com/composite' }), '']) {
    assert.deepEqual(runCheck(urlComposite, text), [], text);
  }
});
