import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { loadWorkspaceKnowledge } from '../../core/knowledge';
import { configureLocale } from '../../core';
import { accept, completionsAt, CURSOR, item, labels } from '../../../../test/support/completion-test-helper';
import { repoPath } from '../../../../test/support/paths';

const examples = repoPath('examples');
const createLead = readFileSync(join(examples, 'create-lead.webhook'), 'utf8');
const updateLead = readFileSync(join(examples, 'update-lead-to-mql.webhook'), 'utf8');
const describeJson = readFileSync(repoPath('test', 'fixtures', 'describe', 'Lead.describe.json'), 'utf8');
const withDescribe = loadWorkspaceKnowledge({ describeJson, describePath: '.salesforce/Lead.describe.json' }).knowledge;

test('inside {{ }}: attribute references and namespaces, replacing exactly the typed word', () => {
  const text = createLead.replace('{{${first_name}}}', `{{\${fi${CURSOR}}}}`);
  const items = completionsAt(text);
  assert.ok(labels(items).includes('${first_name}'));
  assert.ok(labels(items).includes('${email_address}'));
  assert.equal(accept(text, item(items, '${first_name}')), createLead);
  const fresh = completionsAt(createLead.replace('{{${last_name}}}', `{{ ${CURSOR} }}`));
  assert.ok(labels(fresh).includes('${user_id}'));
  assert.ok(labels(fresh).includes('custom_attribute.${…}'));
  assert.ok(labels(fresh).includes('event_properties.${…}'));
  assert.equal(item(fresh, 'custom_attribute.${…}').textEdit && (item(fresh, 'custom_attribute.${…}').textEdit as { newText: string }).newText, 'custom_attribute.\\${${1:name}}');
});

test('inside {{ }}: members of a fixed namespace and of the custom attributes the workspace declares', () => {
  const campaign = completionsAt(`POST https://x\n\n{"Description": "{{campaign.\${${CURSOR}"}`);
  assert.deepEqual(labels(campaign).slice(0, 2), ['campaign.${api_id}', 'campaign.${dispatch_id}']);
  const k = loadWorkspaceKnowledge({ customAttributes: [{ name: 'company', type: 'string' }, { name: 'lead score', type: 'number' }] }).knowledge;
  const custom = completionsAt(`POST https://x\n\n{"Company": "{{custom_attribute.\${co${CURSOR}}}}"}`, k);
  assert.deepEqual(labels(custom), ['custom_attribute.${company}', 'custom_attribute.${lead score}']);
  assert.equal(accept(`POST https://x\n\n{"Company": "{{custom_attribute.\${co${CURSOR}}}}"}`, custom[0]), 'POST https://x\n\n{"Company": "{{custom_attribute.${company}}}"}');
});

test('inside {{ }}: the variable saved by connected_content in this field, with the token answer members', () => {
  const header = createLead.replace('Bearer {{result.access_token}}', `Bearer {{${CURSOR}}}`);
  assert.ok(labels(completionsAt(header)).includes('result'));
  const members = completionsAt(createLead.replace('Bearer {{result.access_token}}', `Bearer {{result.${CURSOR}}}`));
  assert.equal(members[0].label, 'access_token');
  assert.ok(labels(members).includes('instance_url'));
  assert.ok(labels(members).includes('__http_status_code__'));
  assert.ok(!labels(members).includes('expires_in'), 'Salesforce sends no expires_in');
  // Braze keeps a field's variables to that field: the body does not see `result`.
  const body = completionsAt(createLead.replace('{{${last_name}}}', `{{${CURSOR}}}`));
  assert.ok(!labels(body).includes('result'));
});

test('after | : the filters Braze supports, Braze\'s own among them; unsupported ones absent', () => {
  const text = createLead.replace('{{${first_name}}}', `{{\${first_name} | js${CURSOR}}}`);
  const items = completionsAt(text);
  for (const name of ['json_escape', 'url_param_escape', 'property_accessor', 'number_with_delimiter', 'default', 'upcase']) assert.ok(labels(items).includes(name), name);
  for (const name of ['lstrip', 'pluralize', 'camelize', 'handleize', 'money_with_currency']) assert.ok(!labels(items).includes(name), name);
  assert.equal(accept(text, item(items, 'json_escape')), createLead.replace('{{${first_name}}}', '{{${first_name} | json_escape}}'));
  const withArgs = item(items, 'default');
  assert.match((withArgs.textEdit as { newText: string }).newText, /^default: \$\{1:/);
});

test('after {% : the tags Braze supports, block tags with their end tag', () => {
  const text = createLead.replace('{{${first_name}}}', `{% i${CURSOR} %}`);
  const items = completionsAt(text);
  for (const name of ['if', 'unless', 'assign', 'capture', 'for', 'case', 'connected_content', 'abort_message']) assert.ok(labels(items).includes(name), name);
  assert.ok(!labels(items).includes('endif'));
  assert.equal(accept(text, item(items, 'if')), createLead.replace('{{${first_name}}}', '{% if ${1:condition} %}\n\t$0\n{% endif %}'));
});

test('inside connected_content: options not yet used, and the values of :method (GET and POST only)', () => {
  const options = completionsAt(createLead.replace(':save result %}', `:${CURSOR} :save result %}`));
  assert.ok(labels(options).includes(':cache_max_age'));
  assert.ok(labels(options).includes(':headers'));
  assert.ok(!labels(options).includes(':method'), 'already used');
  assert.ok(!labels(options).includes(':body'), 'already used');
  const methods = completionsAt(createLead.replace(':method post', `:method ${CURSOR}`));
  assert.deepEqual(labels(methods), ['get', 'post']);
  const typedPo = createLead.replace(':method post', `:method po${CURSOR}`);
  assert.equal(accept(typedPo, item(completionsAt(typedPo), 'post')), createLead);
  assert.deepEqual(labels(completionsAt(createLead.replace(':save result %}', `:cache_max_age ${CURSOR} :save result %}`))).slice(0, 1), ['900']);
});

test('JSON body keys on a POST: Lead fields not yet used, required ones first, with label, type and length', () => {
  const text = createLead.slice(0, createLead.indexOf('\n{\n') + 1) + `{\n  "firstName": "{{\${first_name}}}",\n  "email": "{{\${email_address}}}",\n  "${CURSOR}"\n}`;
  const items = completionsAt(text);
  const sorted = [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
  assert.deepEqual(sorted.slice(0, 2).map((i) => i.label), ['Company', 'LastName']);
  for (const used of ['FirstName', 'Email']) assert.ok(!labels(items).includes(used), `${used} is used (as firstName/email)`);
  assert.ok(!labels(items).includes('Id'), 'not createable');
  assert.equal(item(items, 'LastName').detail, 'Last Name · string(80) · required');
  assert.equal(accept(text, item(items, 'Title')), text.replace(`"${CURSOR}"`, '"Title"'));
});

test('JSON body keys on a PATCH: only updateable fields; with a describe file its custom fields', () => {
  const text = updateLead.replace('"Lead_Stage__c": "MQL"', `"Lead_Stage__c": "MQL",\n  "${CURSOR}"`);
  const builtin = completionsAt(text);
  assert.ok(labels(builtin).includes('Status'));
  assert.ok(!labels(builtin).includes('IsConverted'), 'create only');
  assert.ok(!labels(builtin).includes('CreatedDate'), 'read-only');
  const fresh = updateLead.replace('"Lead_Stage__c": "MQL"', `"${CURSOR}"`);
  const described = completionsAt(fresh, withDescribe);
  assert.ok(labels(described).includes('Lead_Stage__c'));
  assert.ok(!labels(completionsAt(fresh)).includes('Lead_Stage__c'), 'the built-in list has no custom fields');
});

test('JSON body values: picklist values, and a Liquid value for the field', () => {
  const status = completionsAt(updateLead.replace('"Lead_Stage__c": "MQL"', `"Status": "${CURSOR}"`));
  assert.deepEqual(labels(status), ['"Open - Not Contacted"', '"Working - Contacted"', '"Closed - Converted"', '"Closed - Not Converted"']);
  const stage = completionsAt(updateLead.replace('"Lead_Stage__c": "MQL"', `"Lead_Stage__c": ${CURSOR}`), withDescribe);
  assert.deepEqual(labels(stage), ['"Lead"', '"MQL"', '"SQL"']);
  const emailText = createLead.replace('"email": "{{${email_address}}}"', `"Email": ${CURSOR}`);
  const email = completionsAt(emailText);
  assert.equal(email[0].label, '"{{${email_address} | json_escape}}"');
  assert.equal(accept(emailText, email[0]), createLead.replace('"email": "{{${email_address}}}"', '"Email": "{{${email_address} | json_escape}}"'));
});

test('in the URL: the instance URL shape, API versions, each object\'s sobjects/<Object>/, the record id', () => {
  const shape = completionsAt(`POST ${CURSOR}\n`);
  assert.equal(shape[0].label, 'https://…my.salesforce.com/…/sobjects/Lead/');
  assert.equal((shape[0].textEdit as { newText: string }).newText, 'https://${1:instance}.my.salesforce.com/services/data/v${3:67.0}/sobjects/Lead/');
  const versions = completionsAt(createLead.replace('/v60.0/sobjects/Lead/', `/v6${CURSOR}`));
  const sorted = [...versions].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
  assert.equal(sorted[0].label, 'v68.0');
  assert.equal(item(versions, 'v67.0').detail, "Summer '26 · newest");
  assert.ok(!labels(versions).includes('v30.0'), 'retired');
  const objects = ['Lead', 'Contact', 'Account', 'Opportunity', 'Case', 'Task', 'CampaignMember'];
  assert.deepEqual(labels(completionsAt(createLead.replace('/v60.0/sobjects/Lead/', `/v60.0/${CURSOR}`))), objects.map((o) => `sobjects/${o}/`));
  assert.deepEqual(labels(completionsAt(createLead.replace('/v60.0/sobjects/Lead/', `/v60.0/sobjects/${CURSOR}`))), objects.map((o) => `${o}/`));
  const custom = loadWorkspaceKnowledge({ describes: [{ path: 'Subscription__c.describe.json', text: readFileSync(repoPath('test', 'fixtures', 'describe', 'Subscription__c.describe.json'), 'utf8') }] }).knowledge;
  assert.ok(labels(completionsAt(createLead.replace('/v60.0/sobjects/Lead/', `/v60.0/sobjects/${CURSOR}`), custom)).includes('Subscription__c/'), 'and the org\'s described ones');
  const id = updateLead.replace('/sobjects/Lead/{{${user_id}}}', `/sobjects/Lead/${CURSOR}`);
  assert.equal(accept(id, item(completionsAt(id), '{{${user_id}}}')), updateLead);
});

test('header names and values, and the request method', () => {
  const names = completionsAt(createLead.replace('Content-Type: application/json', `Con${CURSOR}`));
  assert.deepEqual(labels(names).slice(0, 2), ['Content-Type', 'Accept']);
  assert.ok(!labels(names).includes('Authorization'), 'already present');
  const value = completionsAt(createLead.replace('Content-Type: application/json', `Content-Type: ${CURSOR}`));
  assert.deepEqual(labels(value), ['application/json']);
  assert.deepEqual(labels(completionsAt(`PA${CURSOR}`)), ['POST', 'PATCH', 'GET', 'PUT', 'DELETE']);
});

test('completion items carry documentation', () => {
  const items = completionsAt(createLead.replace('{{${first_name}}}', `{{\${${CURSOR}}}}`));
  const doc = item(items, '${first_name}').documentation as { value: string };
  assert.match(doc.value, /https:\/\/www\.braze\.com\/docs\//);
});

test('at every position of both examples, each item replaces a valid range that contains the cursor', () => {
  for (const text of [createLead, updateLead, createLead.replace('Content-Type: application/json', 'Content-Type:application/json')]) {
    for (let offset = 0; offset <= text.length; offset++) {
      for (const it of completionsAt(text.slice(0, offset) + CURSOR + text.slice(offset))) {
        const range = (it.textEdit as { range: { start: { line: number; character: number }; end: { line: number; character: number } } }).range;
        const before = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character <= b.character);
        const at = { line: text.slice(0, offset).split('\n').length - 1, character: offset - (text.lastIndexOf('\n', offset - 1) + 1) };
        assert.ok(before(range.start, at) && before(at, range.end), `${JSON.stringify(it.label)} at offset ${offset}: ${JSON.stringify(range)}`);
      }
    }
  }
});

test('in French, a filter item documents the filter in French', () => {
  try {
    configureLocale('fr');
    const items = completionsAt(createLead.replace('{{${first_name}}}', `{{\${first_name} | js${CURSOR}}}`));
    const documentation = item(items, 'json_escape').documentation;
    const value = typeof documentation === 'string' ? documentation : (documentation?.value ?? '');
    assert.match(value, /Échappe les guillemets et les barres obliques inverses/);
    assert.match(value, /Braze le recommande pour chaque chaîne personnalisée/);
  } finally {
    configureLocale('en');
  }
});
