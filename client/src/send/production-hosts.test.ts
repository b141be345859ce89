import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseWebhook } from '../../../server/src/syntax/parse';
import { classifyDestination, confirmationMessage, destinationsOf, needingConfirmation } from './production-hosts';

const TEMPLATE = `POST https://[insert_instance_name].my.salesforce.com/services/data/v60.0/sobjects/Lead/
Authorization: {% connected_content https://[insert_instance_name].my.salesforce.com/services/oauth2/token
    :method post
    :body client_id=[insert_client_id]&client_secret=[insert_client_secret]&grant_type=client_credentials
    :save result %}Bearer {{result.access_token}}
Content-Type: application/json

{"LastName": "{{\${last_name}}}"}
`;

test('production, sandbox, scratch, developer, loopback, non-Salesforce hosts', () => {
  const kind = (url: string, override?: string) => classifyDestination('x', url, override);
  assert.deepEqual([kind('https://acme.my.salesforce.com/x').kind, kind('https://acme.my.salesforce.com/x').needsConfirmation], ['production', true]);
  assert.equal(kind('https://acme--uat.sandbox.my.salesforce.com/x').needsConfirmation, false);
  assert.equal(kind('https://acme.scratch.my.salesforce.com/x').needsConfirmation, false);
  assert.equal(kind('https://acme-dev-ed.develop.my.salesforce.com/x').needsConfirmation, false);
  assert.equal(kind('https://acme.trailblaze.my.salesforce.com/x').needsConfirmation, true, 'other partitions are not sandbox/scratch/developer');
  assert.equal(kind('https://login.salesforce.com/x').needsConfirmation, true);
  assert.equal(kind('http://127.0.0.1:5000/x').kind, 'loopback');
  assert.equal(kind('https://example.com/hook').needsConfirmation, false);
  assert.equal(kind('https://{{custom_attribute.${org}}}.my.salesforce.com/x').kind, 'unknown');
  assert.equal(kind('https://[insert_instance_name].my.salesforce.com/x').kind, 'unknown', 'an unfilled placeholder');
  // The override sends My Domain URLs to the stand-in: nothing to confirm.
  const o = kind('https://acme.my.salesforce.com/x', 'http://127.0.0.1:4321');
  assert.deepEqual([o.kind, o.host, o.needsConfirmation], ['loopback', '127.0.0.1:4321', false]);
});

test('the webhook URL and the token call are both checked, before rendering', () => {
  const doc = parseWebhook(TEMPLATE);
  const dests = destinationsOf(doc, { insert_instance_name: 'acme' });
  assert.deepEqual(dests.map((d) => d.what), ['the webhook URL', 'the connected_content call in the header Authorization']);
  const need = needingConfirmation(dests);
  assert.equal(need.length, 1, 'one question per host');
  assert.match(confirmationMessage(need, false), /production Salesforce org: acme\.my\.salesforce\.com\. A real Lead/);
  assert.equal(needingConfirmation(destinationsOf(doc, { insert_instance_name: 'acme--uat.sandbox' })).length, 0);
  assert.equal(needingConfirmation(destinationsOf(doc, { insert_instance_name: 'acme' }, 'http://127.0.0.1:9')).length, 0);
});
