import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseWebhook } from '../../../server/src/syntax/parse';
import { destinationsLogLine } from './log-lines';
import { classifyDestination, confirmationMessage, destinationsOf, needingConfirmation } from './production-hosts';

const TEMPLATE = `POST https://[insert_instance_name].my.salesforce.com/services/data/v60.0/sobjects/Lead/
Authorization: {% connected_content https://[insert_instance_name].my.salesforce.com/services/oauth2/token
    :method post
    :body client_id=[insert_client_id]&client_secret=[insert_client_secret]&grant_type=client_credentials
    :save result %}Bearer {{result.access_token}}
Content-Type: application/json

{"LastName": "{{\${last_name}}}"}
`;

const pick = (d: { kind: string; host: string }) => [d.kind, d.host];

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
  // Liquid after the host (an upsert's external id, an update's record id) leaves the host known.
  assert.deepEqual(pick(kind('https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/Braze_Id__c/{{${user_id} | url_param_escape}}')), ['production', 'acme.my.salesforce.com']);
  assert.deepEqual(pick(kind('https://acme.my.salesforce.com/services/data/v60.0/sobjects/Contact/{{custom_attribute.${id}}}', 'http://127.0.0.1:4321')), ['loopback', '127.0.0.1:4321']);
  assert.equal(kind('https://acme.my.salesforce.com{{x}}/y').kind, 'unknown', 'Liquid inside the authority');
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
  assert.match(confirmationMessage(need, false), /production Salesforce org: acme\.my\.salesforce\.com\. A real record/);
  assert.equal(needingConfirmation(destinationsOf(doc, { insert_instance_name: 'acme--uat.sandbox' })).length, 0);
  assert.equal(needingConfirmation(destinationsOf(doc, { insert_instance_name: 'acme' }, 'http://127.0.0.1:9')).length, 0);
});

test('the confirmation names the host fetch will reach, not the one the text shows', () => {
  const hidden = classifyDestination('x', 'https://collector.example\\@acme.my.salesforce.com/services/oauth2/token');
  assert.deepEqual([hidden.host, hidden.kind, hidden.needsConfirmation], ['collector.example', 'not-salesforce', false]);
  assert.match(hidden.refused ?? '', /a request goes to collector\.example/, 'the renderer refuses it before any call: nothing to ask');
  const dotted = classifyDestination('x', 'https://ACME.my.salesforce.com./x');
  assert.deepEqual([dotted.host, dotted.kind, dotted.needsConfirmation], ['acme.my.salesforce.com', 'production', true]);
});

test('with the override: every Salesforce host is contained, any other is refused by name', () => {
  const login = classifyDestination('x', 'https://login.salesforce.com/services/oauth2/token', 'http://127.0.0.1:9');
  assert.deepEqual([login.host, login.kind, login.needsConfirmation], ['127.0.0.1:9', 'loopback', false]);
  const other = classifyDestination('x', 'https://collector.example/t', 'http://127.0.0.1:9');
  assert.match(other.refused ?? '', /would not contain collector\.example/);
  assert.equal(other.host, 'collector.example');
});

test('the log line lists each host before anything is sent', () => {
  const doc = parseWebhook(TEMPLATE);
  const line = destinationsLogLine('t.webhook', destinationsOf(doc, { insert_instance_name: 'acme' }));
  assert.deepEqual(line, {
    level: 'info',
    text: 'Destinations of t.webhook: the webhook URL -> acme.my.salesforce.com (production); the connected_content call in the header Authorization -> acme.my.salesforce.com (production)',
  });
  const refused = destinationsLogLine('t.webhook', destinationsOf(doc, { insert_instance_name: 'acme' }, 'http://127.0.0.1:9').concat(classifyDestination('x', 'https://collector.example/', 'http://127.0.0.1:9')));
  assert.equal(refused.level, 'warn');
  assert.match(refused.text, /x -> collector\.example \(not-salesforce\), refused: /);
});

test('a connected_content inside {% liquid %} is a destination too', () => {
  const doc = parseWebhook('POST https://acme--uat.sandbox.my.salesforce.com/x\nContent-Type: application/json\n\n{% liquid\n  connected_content https://prod.my.salesforce.com/services/data/v60.0/query :save r\n%}{}');
  const need = needingConfirmation(destinationsOf(doc, {}));
  assert.deepEqual(need.map((d) => [d.what, d.host, d.kind]), [['the connected_content call in the body', 'prod.my.salesforce.com', 'production']]);
});
