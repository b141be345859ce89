import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { builtinKnowledge, findLeadField, loadWorkspaceKnowledge, validateKnowledge } from '.';
import { repoPath } from '../../../../test/support/paths';

const describeText = readFileSync(repoPath('test', 'fixtures', 'describe', 'Lead.describe.json'), 'utf8');
const builtin = builtinKnowledge();

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

test('both inputs malformed: exactly one warning each', () => {
  const r = loadWorkspaceKnowledge({ describeJson: 'nope', customAttributes: 42 });
  assert.equal(r.warnings.length, 2);
});
