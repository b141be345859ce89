import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { sobjectUnknown } from './sobject-unknown';
import { loadWorkspaceKnowledge } from '../../core';
import { runCheck } from '../../../../test/support/check-test-helper';
import { template, validSamples } from '../../../../test/support/lead-samples';
import { repoPath } from '../../../../test/support/paths';

const API = 'https://acme.my.salesforce.com/services/data/v60.0';
const subscription = loadWorkspaceKnowledge({
  describes: [{ path: '.salesforce/Subscription__c.describe.json', text: readFileSync(repoPath('test', 'fixtures', 'describe', 'Subscription__c.describe.json'), 'utf8') }],
}).knowledge;

test('sobject-unknown: an object the extension has no schema of gets an information note, with where its describe goes', () => {
  const text = template({ url: `${API}/sobjects/Subscription__c/`, body: '{"Plan__c": "Pro"}' });
  const found = runCheck(sobjectUnknown, text);
  assert.equal(sobjectUnknown.meta.severity, 'information');
  assert.deepEqual(found.map((f) => [f.slice, f.severity]), [['Subscription__c', undefined]]);
  assert.equal(
    found[0].message,
    'The extension has no schema of Subscription__c: its fields are not checked. Run Fetch Schema from Org, or save the answer of GET /services/data/v60.0/sobjects/Subscription__c/describe to .salesforce/Subscription__c.describe.json',
  );
  assert.deepEqual(runCheck(sobjectUnknown, text, subscription), [], 'known once its describe is loaded');
  assert.deepEqual(runCheck(sobjectUnknown, template({ method: 'PATCH', url: `${API}/sobjects/Event/00U5g00000AbCdE` })).map((f) => f.slice), ['Event']);
});

test("sobject-unknown: each collection record's unknown type, once for an upsert's own object", () => {
  const body = '{"records": [{"attributes": {"type": "Contact"}, "LastName": "a"}, {"attributes": {"type": "Widget__c"}, "Name": "b"}]}';
  assert.deepEqual(runCheck(sobjectUnknown, template({ url: `${API}/composite/sobjects`, body })).map((f) => f.slice), ['"Widget__c"']);
  const upsert = template({ method: 'PATCH', url: `${API}/composite/sobjects/Widget__c/Key__c`, body: '{"records": [{"attributes": {"type": "Widget__c"}, "Key__c": "k"}]}' });
  assert.deepEqual(runCheck(sobjectUnknown, upsert).map((f) => f.slice), ['Widget__c']);
});

test('sobject-unknown: known objects, reads, Liquid, a misspelt known object (url-sobject-path says it) raise nothing', () => {
  const texts = [
    ...validSamples(),
    ...['Lead', 'Contact', 'Account', 'Opportunity', 'Case', 'Task', 'CampaignMember', 'campaignmember'].map((o) => template({ url: `${API}/sobjects/${o}/` })),
    template({ method: 'GET', url: `${API}/sobjects/Widget__c/a005g00000AbCdE`, body: null }),
    template({ url: `${API}/sobjects/{{custom_attribute.\${object}}}/` }),
    template({ url: `${API}/sobjects/Contacts/` }),
    template({ url: `${API}/composite`, body: '{}' }),
  ];
  for (const text of texts) assert.deepEqual(runCheck(sobjectUnknown, text), [], text);
});
