import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { builtinKnowledge, describedObject, findField, findObject, loadWorkspaceKnowledge, validateKnowledge, type Knowledge } from '.';
import { repoPath } from '../../../../test/support/paths';

const describeText = readFileSync(repoPath('test', 'fixtures', 'describe', 'Lead.describe.json'), 'utf8');
const subscriptionText = readFileSync(repoPath('test', 'fixtures', 'describe', 'Subscription__c.describe.json'), 'utf8');
const builtin = builtinKnowledge();
const findLeadField = (k: Knowledge, name: string) => findField(findObject(k, 'Lead')!, name);

test('no input: the built-in knowledge, no warnings', () => {
  const { knowledge, warnings } = loadWorkspaceKnowledge({});
  assert.deepEqual(warnings, []);
  assert.equal(knowledge.salesforce.leadFields, builtin.salesforce.leadFields);
  assert.equal(knowledge.salesforce.leadFieldsSource, 'builtin');
});

test('a describe file replaces the built-in Lead fields', () => {
  const { knowledge, warnings } = loadWorkspaceKnowledge({ describeJson: describeText, describePath: '.vscode/Lead.describe.json' });
  assert.deepEqual(warnings, []);
  assert.equal(knowledge.salesforce.leadFieldsSource, 'describe');
  assert.equal(knowledge.salesforce.leadFields.length, 23);
  assert.deepEqual(findLeadField(knowledge, 'lead_stage__c')?.picklistValues, ['Lead', 'MQL', 'SQL']);
  assert.equal(findLeadField(knowledge, 'MiddleName'), undefined, 'not in this org describe');
  assert.equal(findLeadField(knowledge, 'Email')?.brazeValue, '{{${email_address} | json_escape}}', 'built-in hint kept');
  assert.deepEqual(validateKnowledge(knowledge), []);
  assert.equal(knowledge.braze, builtin.braze);
});

test('the sf CLI wrapper {"result": describe} is accepted', () => {
  const wrapped = JSON.stringify({ status: 0, result: JSON.parse(describeText) });
  const { knowledge, warnings } = loadWorkspaceKnowledge({ describeJson: wrapped });
  assert.deepEqual(warnings, []);
  assert.equal(knowledge.salesforce.leadFieldsSource, 'describe');
});

test('a describe that is not JSON: one warning, built-in list kept', () => {
  const { knowledge, warnings } = loadWorkspaceKnowledge({ describeJson: '{"name": "Lead", fields: [', describePath: 'sf/Lead.describe.json' });
  assert.equal(warnings.length, 1);
  assert.match(warnings[0] as string, /^sf\/Lead\.describe\.json: is not valid JSON \(.+\); using the built-in Lead fields\.$/);
  assert.equal(knowledge.salesforce.leadFields, builtin.salesforce.leadFields);
  assert.equal(knowledge.salesforce.leadFieldsSource, 'builtin');
});

test('a describe with a wrong field type: one warning naming the zod path, built-in list kept', () => {
  const bad = JSON.parse(describeText);
  bad.fields[3].nillable = 'yes';
  bad.fields[5].createable = 'no';
  const { knowledge, warnings } = loadWorkspaceKnowledge({ describeJson: JSON.stringify(bad), describePath: 'Lead.describe.json' });
  assert.equal(warnings.length, 1);
  assert.equal(
    warnings[0],
    'Lead.describe.json: is not a describe result at fields[3].nillable: Invalid input: expected boolean, received string; using the built-in Lead fields.',
  );
  assert.equal(knowledge.salesforce.leadFields, builtin.salesforce.leadFields);
});

test('a describe of another object, or without fields: one warning', () => {
  const contact = { ...JSON.parse(describeText), name: 'Contact' };
  const r1 = loadWorkspaceKnowledge({ describeJson: JSON.stringify(contact) });
  assert.deepEqual(r1.warnings, ['Lead describe file: describes "Contact", not Lead; using the built-in Lead fields.']);
  const r2 = loadWorkspaceKnowledge({ describeJson: '{"name":"Lead"}', describePath: 'x.json' });
  assert.equal(r2.warnings.length, 1);
  assert.match(r2.warnings[0] as string, /^x\.json: is not a describe result at fields: /);
  assert.equal(r2.knowledge.salesforce.leadFieldsSource, 'builtin');
});

test('custom attributes: array of {name, type} and object map', () => {
  const a = loadWorkspaceKnowledge({ customAttributes: [{ name: 'company', type: 'string' }, { name: 'lead_score', type: 'number' }] });
  assert.deepEqual(a.warnings, []);
  assert.deepEqual(a.knowledge.customAttributes, [{ name: 'company', type: 'string' }, { name: 'lead_score', type: 'number' }]);
  const b = loadWorkspaceKnowledge({ customAttributes: { company: 'string', 'Brands Viewed': 'array' } });
  assert.deepEqual(b.warnings, []);
  assert.deepEqual(b.knowledge.customAttributes, [{ name: 'company', type: 'string' }, { name: 'Brands Viewed', type: 'array' }]);
  assert.deepEqual(loadWorkspaceKnowledge({ customAttributes: null }).warnings, []);
});

test('a malformed custom attribute setting: one warning, no custom attributes', () => {
  const r = loadWorkspaceKnowledge({ customAttributes: [{ name: 'company', type: 'string' }, { name: 'score', type: 'integer' }] });
  assert.equal(r.warnings.length, 1);
  assert.match(r.warnings[0] as string, /^Setting brazeWebhooks\.customAttributes: \[1\]\.type: .+; no custom attributes are used\.$/);
  assert.deepEqual(r.knowledge.customAttributes, []);
  const s = loadWorkspaceKnowledge({ customAttributes: 'company' });
  assert.equal(s.warnings.length, 1);
  assert.match(s.warnings[0] as string, /expected an array of \{"name", "type"\} or an object of name: type/);
  const d = loadWorkspaceKnowledge({ customAttributes: [{ name: 'company', type: 'string' }, { name: 'company', type: 'number' }] });
  assert.equal(d.warnings.length, 1);
  assert.deepEqual(d.knowledge.customAttributes, [{ name: 'company', type: 'string' }]);
});

test('describe files of any object: each replaces its built-in object or adds one, in place', () => {
  const contact = { ...JSON.parse(describeText), name: 'Contact', label: 'Contact', keyPrefix: '003' };
  const { knowledge, warnings } = loadWorkspaceKnowledge({
    describes: [
      { path: '.salesforce/Subscription__c.describe.json', text: subscriptionText },
      { path: '.salesforce/Contact.describe.json', text: JSON.stringify(contact) },
    ],
  });
  assert.deepEqual(warnings, []);
  assert.deepEqual(
    knowledge.salesforce.objects.map((o) => `${o.name}:${o.source}`),
    ['Lead:builtin', 'Contact:describe', 'Account:builtin', 'Opportunity:builtin', 'Case:builtin', 'Task:builtin', 'CampaignMember:builtin', 'Subscription__c:describe'],
  );
  const subscription = findObject(knowledge, 'subscription__c');
  assert.equal(subscription?.keyPrefix, 'a0S');
  assert.deepEqual([findField(subscription!, 'Subscription_Key__c')?.externalId, findField(subscription!, 'Subscription_Key__c')?.unique], [true, true]);
  assert.deepEqual(findField(subscription!, 'Plan__c')?.picklistValues, ['Free', 'Pro', 'Enterprise']);
  assert.equal(findObject(knowledge, 'Contact')?.docsUrl, findObject(builtin, 'Contact')?.docsUrl, 'the built-in docs page kept');
  assert.equal(knowledge.salesforce.leadFieldsSource, 'builtin');
  assert.deepEqual(validateKnowledge(knowledge), []);
});

test('the file name says the object: another object in it, or not a describe, is one warning and the built-in object stays', () => {
  const r = loadWorkspaceKnowledge({
    describes: [
      { path: '.salesforce/Contact.describe.json', text: describeText },
      { path: '.salesforce/Task.describe.json', text: '{"fields": []}' },
      { path: '.salesforce/Thing__c.describe.json', text: 'nope' },
      { path: 'exports/any-name.json', text: subscriptionText },
    ],
  });
  assert.deepEqual(r.warnings.map((w) => w.replace(/\(.*\)/, '(...)')), [
    '.salesforce/Contact.describe.json: describes "Lead", not Contact; using the built-in Contact fields.',
    '.salesforce/Task.describe.json: is not a describe result at name: Invalid input: expected string, received undefined; using the built-in Task fields.',
    '.salesforce/Thing__c.describe.json: is not valid JSON (...); Thing__c stays unknown.',
  ]);
  assert.equal(findObject(r.knowledge, 'Contact')?.source, 'builtin');
  assert.equal(findObject(r.knowledge, 'Lead')?.source, 'builtin', 'a Lead in a Contact file is not read');
  assert.equal(findObject(r.knowledge, 'Subscription__c')?.source, 'describe', 'a file whose name says no object holds any');
  assert.deepEqual(loadWorkspaceKnowledge({ describes: [{ path: 'x.json', text: '[]' }] }).warnings, ['x.json: is not a describe result at (root): Invalid input: expected object, received array; it is not used.']);
});

test("the Lead's file of the setting comes first; another Lead file is reported, the same path read once", () => {
  const other = JSON.stringify({ ...JSON.parse(describeText), fields: JSON.parse(describeText).fields.slice(0, 5) });
  const r = loadWorkspaceKnowledge({
    describeJson: describeText,
    describePath: 'org/lead.json',
    describes: [
      { path: 'org/lead.json', text: describeText },
      { path: '.salesforce/Lead.describe.json', text: other },
    ],
  });
  assert.deepEqual(r.warnings, ['.salesforce/Lead.describe.json: Lead is read from org/lead.json already; this file is not used.']);
  assert.equal(findObject(r.knowledge, 'Lead')?.fields.length, 23);
});

test('a field a describe gives that the schema refuses names the field', () => {
  const bad = JSON.parse(subscriptionText);
  bad.fields.push({ ...bad.fields[0], name: 'Second_Id__c' });
  const r = loadWorkspaceKnowledge({ describes: [{ path: '.salesforce/Subscription__c.describe.json', text: JSON.stringify(bad) }] });
  assert.deepEqual(r.warnings, ['.salesforce/Subscription__c.describe.json: has an unusable field at fields[19].type (Second_Id__c): the Id field, and only it, has type "id"; Subscription__c stays unknown.']);
});

test('describedObject reads the object from the file name', () => {
  assert.equal(describedObject('.salesforce/Contact.describe.json'), 'Contact');
  assert.equal(describedObject('C:\\org\\ns__Thing__c.describe.json'), 'ns__Thing__c');
  assert.equal(describedObject('lead.json'), undefined);
});

test('both inputs malformed: exactly one warning each', () => {
  const r = loadWorkspaceKnowledge({ describeJson: 'nope', customAttributes: 42 });
  assert.equal(r.warnings.length, 2);
});
