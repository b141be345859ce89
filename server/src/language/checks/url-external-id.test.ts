import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { urlExternalId } from './url-external-id';
import { loadWorkspaceKnowledge } from '../../core';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';
import { template, validSamples } from '../../../../test/support/lead-samples';
import { describeKnowledge } from '../../../../test/support/lead-test-fixtures';
import { repoPath } from '../../../../test/support/paths';

const API = 'https://acme.my.salesforce.com/services/data/v60.0';
const upsert = (path: string, body = '{"LastName": "{{${last_name} | json_escape}}", "Company": "Acme"}') => template({ method: 'PATCH', url: `${API}/sobjects/${path}`, body });
const subscription = loadWorkspaceKnowledge({
  describes: [{ path: '.salesforce/Subscription__c.describe.json', text: readFileSync(repoPath('test', 'fixtures', 'describe', 'Subscription__c.describe.json'), 'utf8') }],
}).knowledge;
const shown = (text: string, k = undefined as Parameters<typeof runCheck>[2]) => runCheck(urlExternalId, text, k).map((f) => [f.slice, f.severity ?? urlExternalId.meta.severity]);

test('url-external-id: an External ID (from the describe) or an idLookup field raises nothing', () => {
  for (const text of [
    ...validSamples(),
    upsert('Lead/Email/{{${email_address} | url_param_escape}}'),
    upsert('Contact/Email/{{${email_address} | url_param_escape}}', '{"LastName": "Doe"}'),
    upsert('Subscription__c/Subscription_Key__c/{{custom_attribute.${plan_key} | url_param_escape}}', '{"Plan__c": "Pro"}'),
    template({ url: `${API}/sobjects/Account/Id`, body: '{"Name": "Acme"}' }),
    upsert('Widget__c/Key__c/{{${user_id}}}', '{}'),
  ]) {
    assert.deepEqual(runCheck(urlExternalId, text, subscription), [], text);
  }
});

test('url-external-id: a field that is not an External ID, or that the org describe does not have, is an error', () => {
  const standard = runCheck(urlExternalId, upsert('Lead/LastName/Doe'));
  assert.deepEqual(standard.map((f) => f.slice), ['LastName']);
  assert.match(standard[0].message, /^LastName is not an External ID field of Lead: Salesforce answers 404 NOT_FOUND \("Provided external ID field does not exist or is not accessible"\); upsert by a field marked External ID and Unique$/);
  const describedNot = runCheck(urlExternalId, upsert('Lead/Lead_Stage__c/MQL'), describeKnowledge());
  assert.match(describedNot[0].message, /^Lead_Stage__c is not an External ID field of Lead/);
  const absent = runCheck(urlExternalId, upsert('Subscription__c/Key__c/k', '{}'), subscription);
  assert.deepEqual(absent.map((f) => [f.slice, f.message]), [['Key__c', "The org's Subscription__c describe has no field Key__c: Salesforce answers 404 NOT_FOUND (\"Provided external ID field does not exist or is not accessible\")"]]);
});

test('url-external-id: a custom field of a built-in object without its describe is an information', () => {
  const found = runCheck(urlExternalId, upsert('Lead/Braze_Id__c/{{${user_id} | url_param_escape}}'));
  assert.deepEqual(found.map((f) => [f.slice, f.severity]), [['Braze_Id__c', 'information']]);
  assert.match(found[0].message, /^Braze_Id__c is not among the built-in Lead fields, so whether it is an External ID is not known: Fetch Schema from Org \(\.salesforce\/Lead\.describe\.json\)/);
});

test('url-external-id: REST does not upsert by Id; the fix updates by the id', () => {
  const text = upsert('Lead/Id/00Q5g00000AbCdE');
  const [f, ...more] = runCheck(urlExternalId, text);
  assert.equal(more.length, 0);
  assert.equal(f.slice, 'Id');
  assert.match(f.message, /^REST upserts by an external id, not by the record id: PATCH \.\.\.\/sobjects\/Lead\/<id> updates that record; remove "Id\/"$/);
  assert.equal(applyFix(text, f.fixes![0]), upsert('Lead/00Q5g00000AbCdE'));
});

test('url-external-id: notes on a non-unique key, ?updateOnly=true, a Liquid value not URL-escaped, the key in the body', () => {
  const notUnique = JSON.parse(readFileSync(repoPath('test', 'fixtures', 'describe', 'Subscription__c.describe.json'), 'utf8'));
  notUnique.fields.find((f: { name: string }) => f.name === 'Subscription_Key__c').unique = false;
  const k = loadWorkspaceKnowledge({ describes: [{ path: 'Subscription__c.describe.json', text: JSON.stringify(notUnique) }] }).knowledge;
  const key = runCheck(urlExternalId, upsert('Subscription__c/Subscription_Key__c/k', '{}'), k);
  assert.deepEqual(key.map((f) => [f.slice, f.severity]), [['Subscription_Key__c', 'information']]);
  assert.match(key[0].message, /is not Unique: when two Subscription__c records hold the value, Salesforce answers 300 Multiple Choices and changes nothing/);

  const text = template({ method: 'PATCH', url: `${API}/sobjects/Contact/Email/{{\${email_address}}}?updateOnly=true`, body: '{"Email": "{{${email_address} | json_escape}}", "Title": "CTO"}' });
  const found = runCheck(urlExternalId, text);
  assert.deepEqual(found.map((f) => [f.slice, f.severity]), [['updateOnly=true', 'information'], ['{{${email_address}}}', 'information']]);
  assert.match(found[0].message, /^\?updateOnly=true: an upsert that matches no Contact creates none, and Salesforce answers 404 NOT_FOUND$/);
  assert.match(found[1].message, /a value holding "\/", "\?", "#" or a space breaks the URL.*add \| url_param_escape$/);
  assert.equal(applyFix(text, found[1].fixes![0]), text.replace('/Email/{{${email_address}}}?', '/Email/{{${email_address} | url_param_escape}}?'));

  const inBody = upsert('Contact/Email/{{${email_address} | url_param_escape}}', '{"email": "{{${email_address} | json_escape}}", "LastName": "Doe"}');
  const member = runCheck(urlExternalId, inBody);
  assert.deepEqual(member.map((f) => [f.slice, f.severity]), [['"email"', 'warning']]);
  assert.equal(applyFix(inBody, member[0].fixes![0]), upsert('Contact/Email/{{${email_address} | url_param_escape}}', '{"LastName": "Doe"}'));
  assert.deepEqual(shown(template({ method: 'PATCH', url: `${API}/composite/sobjects/Contact/Email`, body: '{"records": [{"attributes": {"type": "Contact"}, "Email": "a@b.co"}]}' })), [], 'a collection upsert needs the key in each record');
});
