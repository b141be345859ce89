import { test } from 'node:test';
import assert from 'node:assert/strict';
import { urlSobjectPath } from './url-sobject-path';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';
import { template, validSamples } from '../../../../test/support/lead-samples';

const withPath = (path: string, host = 'https://acme.my.salesforce.com'): string => template({ url: `${host}${path}` });

test('url-sobject-path: record endpoints raise nothing', () => {
  const texts = [
    ...validSamples(),
    withPath('/services/data/v60.0/sobjects/Lead'),
    withPath('/services/data/v60.0/sobjects/lead/'),
    withPath('/services/data/v60.0/sobjects/Lead/00Q5g00000AbCdE'),
    withPath('/services/data/v60.0/sobjects/Lead/Braze_Id__c/{{${braze_id}}}'),
    withPath('/services/data/v60.0/sobjects/Lead/describe'),
    withPath('/services/data/v60.0/sobjects/Lead/Email/{{${email_address} | url_param_escape}}'),
    withPath('/services/data/v60.0/sobjects/Account/Id'),
    withPath('/services/data/v60.0/composite/sobjects'),
    withPath('/services/data/v60.0/composite/sobjects/Lead/Braze_Id__c'),
    withPath('/services/data/v60.0/composite'),
    withPath('/services/data/v60.0/sobjects/Lead/', 'http://127.0.0.1:4010'),
    withPath('/anything', 'https://api.example.com'),
    withPath('/{{custom_attribute.${path}}}'),
    'POST\n',
    '',
  ];
  for (const text of texts) assert.deepEqual(runCheck(urlSobjectPath, text), [], text);
});

test('url-sobject-path: any object is fine, known or not; a misspelt known one is named', () => {
  for (const object of ['Contact', 'CampaignMember', 'Task/', 'Subscription__c', 'Leads__c', 'Event']) {
    assert.deepEqual(runCheck(urlSobjectPath, withPath(`/services/data/v60.0/sobjects/${object}`)), [], object);
  }
  const contacts = withPath('/services/data/v60.0/sobjects/Contacts/');
  const [c] = runCheck(urlSobjectPath, contacts);
  assert.equal(c.message, '"Contacts" in "/services/data/v60.0/sobjects/Contacts/" should be "Contact"');
  assert.equal(applyFix(contacts, c.fixes![0]), withPath('/services/data/v60.0/sobjects/Contact/'));
  const typo = withPath('/services/data/v60.0/sobjects/Leads/');
  const [t] = runCheck(urlSobjectPath, typo);
  assert.equal(t.message, '"Leads" in "/services/data/v60.0/sobjects/Leads/" should be "Lead"');
  assert.equal(applyFix(typo, t.fixes![0]), withPath('/services/data/v60.0/sobjects/Lead/'));
});

test('url-sobject-path: a misspelt or missing "sobjects"', () => {
  const text = withPath('/services/data/v60.0/sobject/Lead/');
  const found = runCheck(urlSobjectPath, text);
  assert.deepEqual(found.map((f) => [f.slice, f.message]), [['sobject', '"sobject" in "/services/data/v60.0/sobject/Lead/" should be "sobjects"']]);
  assert.equal(applyFix(text, found[0].fixes![0]), withPath('/services/data/v60.0/sobjects/Lead/'));

  const missing = withPath('/services/data/v60.0/Lead/{{${user_id}}}');
  const [m] = runCheck(urlSobjectPath, missing);
  assert.equal(m.slice, '/Lead');
  assert.equal(m.message, '"sobjects" is missing before "Lead" in "/services/data/v60.0/Lead/{{${user_id}}}": write /sobjects/Lead');
  assert.equal(applyFix(missing, m.fixes![0]), withPath('/services/data/v60.0/sobjects/Lead/{{${user_id}}}'));
});

test('url-sobject-path: no object, no path, another resource, another path', () => {
  const noObject = withPath('/services/data/v60.0/sobjects/');
  const [a] = runCheck(urlSobjectPath, noObject);
  assert.deepEqual([a.slice, a.message], ['sobjects', 'Path "/services/data/v60.0/sobjects/" names no object after "sobjects": write /sobjects/Lead/']);
  assert.equal(applyFix(noObject, a.fixes![0]), withPath('/services/data/v60.0/sobjects/Lead/'));

  const stops = withPath('/services/data/v60.0/');
  const [b] = runCheck(urlSobjectPath, stops);
  assert.deepEqual([b.slice, b.message], ['/services/data/v60.0/', 'Path "/services/data/v60.0/" names no object: write /services/data/v67.0/sobjects/Lead/']);
  assert.equal(applyFix(stops, b.fixes![0]), withPath('/services/data/v60.0/sobjects/Lead/'));

  const none = withPath('');
  const [c] = runCheck(urlSobjectPath, none);
  assert.deepEqual([c.slice, c.message], ['https://acme.my.salesforce.com', 'URL "https://acme.my.salesforce.com" has no path: write /services/data/v67.0/sobjects/Lead/']);
  assert.equal(applyFix(none, c.fixes![0]), withPath('/services/data/v67.0/sobjects/Lead/'));

  const query = runCheck(urlSobjectPath, withPath('/services/data/v60.0/query/?q=SELECT+Id+FROM+Lead'));
  assert.deepEqual(query.map((f) => [f.slice, f.message]), [['query', '"query" in "/services/data/v60.0/query/" is not the sObject resource: write /services/data/v67.0/sobjects/Lead/']]);

  const apex = runCheck(urlSobjectPath, withPath('/services/apexrest/Lead/'));
  assert.deepEqual(apex.map((f) => [f.slice, f.message]), [['/services/apexrest/Lead/', 'Path "/services/apexrest/Lead/" is not a REST sObject endpoint: write /services/data/v67.0/sobjects/Lead/']]);
});

test('url-sobject-path: segments after the record id, fix removes them', () => {
  const text = withPath('/services/data/v60.0/sobjects/Lead/{{${user_id}}}/Status');
  const [f, ...more] = runCheck(urlSobjectPath, text);
  assert.equal(more.length, 0);
  assert.equal(f.slice, 'Status');
  assert.equal(f.message, '"Status" after the record id in "/services/data/v60.0/sobjects/Lead/{{${user_id}}}/Status" is not part of a Lead record endpoint: remove it');
  assert.equal(applyFix(text, f.fixes![0]), withPath('/services/data/v60.0/sobjects/Lead/{{${user_id}}}'));
});
