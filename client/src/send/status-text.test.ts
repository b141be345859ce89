import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseWebhook } from '../../../server/src/syntax';
import { orgStatus, userStatus } from './status-text';

const TEMPLATE = 'POST https://[insert_instance_name].my.salesforce.com/services/data/v60.0/sobjects/Lead/\nContent-Type: application/json\n\n{}\n';

test('the test user: its label and where it comes from, or none yet', () => {
  assert.equal(userStatus({ kind: 'file', file: 'bob.json', index: 0, label: 'bob-1' }).text, '$(person) bob-1');
  assert.match(userStatus({ kind: 'file', file: 'bob.json', index: 0, label: 'bob-1' }).tooltip, /as bob-1 \(bob\.json\)\. Click to pick another/);
  assert.equal(userStatus({ kind: 'random' }).text, '$(person) random user');
  assert.equal(userStatus({ kind: 'generated' }).text, '$(person) generated user');
  assert.equal(userStatus({ kind: 'document', uri: 'untitled:Untitled-2' }).text, '$(person) custom user');
  assert.equal(userStatus(undefined).text, '$(person) no test user');
});

test('the org: the host with the stored values, where the override sends it, or what is missing', () => {
  const doc = parseWebhook(TEMPLATE);
  assert.deepEqual(orgStatus(doc, { insert_instance_name: 'acme' }), {
    text: '$(cloud) acme.my.salesforce.com',
    tooltip: 'This template goes to acme.my.salesforce.com (a production org). Click to switch the org.',
  });
  assert.equal(orgStatus(doc, { insert_instance_name: 'acme--uat.sandbox' }).tooltip, 'This template goes to acme--uat.sandbox.my.salesforce.com (a sandbox). Click to switch the org.');
  const overridden = orgStatus(doc, { insert_instance_name: 'standin' }, 'http://127.0.0.1:8787');
  assert.equal(overridden.text, '$(cloud) standin.my.salesforce.com → 127.0.0.1:8787');
  assert.match(overridden.tooltip, /sent to 127\.0\.0\.1:8787 instead by brazeWebhooks\.instanceUrlOverride/);
  assert.equal(orgStatus(doc, {}).text, '$(cloud) [insert_instance_name] not set');
  assert.equal(orgStatus(parseWebhook('POST https://{{custom_attribute.${org}}}.my.salesforce.com/x\n\n'), {}).text, '$(cloud) org in Liquid');
});
