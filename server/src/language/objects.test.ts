/**
 * Every object the URL may name, through the whole language service: the checks, completions and
 * hovers of its body for a create, an update, an upsert and sObject Collections, over literal
 * templates. Contact, Account, Opportunity, Case, Task and CampaignMember are built in; the custom
 * `Subscription__c` comes from its describe (test/fixtures/describe/).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { getLanguageService } from '.';
import { loadWorkspaceKnowledge, type Knowledge } from '../core';
import { accept, completionsAt, CURSOR, hoverAt, item, labels } from '../../../test/support/completion-test-helper';
import { repoPath } from '../../../test/support/paths';

const API = 'https://acme.my.salesforce.com/services/data/v60.0';
const HEAD = 'Content-Type: application/json\n\n';
const request = (method: string, path: string, body: string) => `${method} ${API}${path}\n${HEAD}${body}\n`;
const SEVERITY = ['', 'error', 'warning', 'information', 'hint'];

const subscription = loadWorkspaceKnowledge({
  describes: [{ path: '.salesforce/Subscription__c.describe.json', text: readFileSync(repoPath('test', 'fixtures', 'describe', 'Subscription__c.describe.json'), 'utf8') }],
}).knowledge;

let version = 0;
/** The diagnostics of the body-field, id and upsert checks, as `code severity "covered text"`. */
function found(text: string, knowledge?: Knowledge): string[] {
  const document = TextDocument.create(`file:///objects-${++version}.webhook`, 'braze-webhook', version, text);
  const body = /^(field-|record-id|url-external-id|sobject-unknown|url-composite|method-url-mismatch|url-sobject-path)/;
  return getLanguageService({ knowledge })
    .doValidation(document)
    .filter((d: Diagnostic) => body.test(String(d.code)))
    .map((d) => `${d.code} ${SEVERITY[d.severity ?? 1]} ${JSON.stringify(document.getText(d.range))}`);
}
function messages(text: string, code: string, knowledge?: Knowledge): string[] {
  const document = TextDocument.create(`file:///objects-${++version}.webhook`, 'braze-webhook', version, text);
  return getLanguageService({ knowledge }).doValidation(document).filter((d) => d.code === code).map((d) => String(d.message));
}
const hoverText = (marked: string, knowledge?: Knowledge) => (hoverAt(marked, knowledge)?.contents as { value: string } | undefined)?.value ?? '';

describe('Contact', () => {
  test('create: required LastName, a read-only Name, a typo, a letter case, an email value', () => {
    const text = request('POST', '/sobjects/Contact/', '{"FirstName": "Ada", "Name": "Ada L", "Emial": "ada@example.com", "title": "CTO", "Email": "not-an-email"}');
    assert.deepEqual(found(text), ['field-required error "{"', 'field-readonly error "\\"Name\\""', 'field-unknown error "\\"Emial\\""', 'field-case hint "\\"title\\""', 'field-value warning "\\"not-an-email\\""']);
    assert.deepEqual(messages(text, 'field-required'), ['Creating a Contact needs LastName: the body has no "LastName" key, so Salesforce answers REQUIRED_FIELD_MISSING; add it']);
    assert.match(messages(text, 'field-unknown')[0]!, /"Emial" is not a Contact field .*: write "Email"/);
    assert.match(messages(text, 'field-case')[0]!, /matches the Contact field Title only in letter case/);
  });

  test('update by id: only updateable fields completed; the id prefix is checked; translated keys map to Contact fields', () => {
    const items = completionsAt(request('PATCH', '/sobjects/Contact/0035g00000AbCdE', `{"${CURSOR}"}`));
    assert.ok(labels(items).includes('MobilePhone'));
    assert.ok(!labels(items).includes('Name') && !labels(items).includes('Company'), 'Name is read-only; Company is a Lead field');
    assert.deepEqual(found(request('PATCH', '/sobjects/Contact/00Q5g00000AbCdE', '{"apellido": "Lovelace"}')), ['record-id error "00Q5g00000AbCdE"', 'field-unknown error "\\"apellido\\""']);
    assert.match(messages(request('PATCH', '/sobjects/Contact/00Q5g00000AbCdE', '{}'), 'record-id')[0]!, /^Record id "00Q5g00000AbCdE" \(a Lead id\): This id starts with 00Q; Contact ids start with 003\./);
  });

  test('hover over a key: the Contact field; over the object in the URL: its schema', () => {
    assert.match(hoverText(request('POST', '/sobjects/Contact/', `{"Acc${CURSOR}ountId": "001"}`)), /\*\*AccountId\*\* — Account ID/);
    const object = hoverText(`POST ${API}/sobjects/Con${CURSOR}tact/\n`);
    assert.match(object, /^\*\*Contact\*\* — Contact/);
    assert.match(object, /fields \(built in\); a create needs `LastName`/);
    assert.match(object, /Record ids start with `003`/);
    assert.match(object, /sforce_api_objects_contact\.htm/);
  });
});

describe('Account', () => {
  test('create: Name required, picklist values completed, a value outside them a hint', () => {
    assert.deepEqual(found(request('POST', '/sobjects/Account/', '{"Rating": "Tepid"}')), ['field-required error "{"', 'field-value hint "\\"Tepid\\""']);
    const values = completionsAt(request('POST', '/sobjects/Account/', `{"Name": "Acme", "Rating": ${CURSOR}}`));
    assert.deepEqual(labels(values), ['"Hot"', '"Warm"', '"Cold"']);
    const keys = completionsAt(request('POST', '/sobjects/Account/', `{${CURSOR}}`));
    assert.equal([...keys].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''))[0]?.label, 'Name', 'the required field first');
  });
});

describe('Opportunity', () => {
  test('create: Name, StageName and CloseDate; a date written otherwise', () => {
    const text = request('POST', '/sobjects/Opportunity/', '{"Name": "Renewal", "CloseDate": "2026/12/31"}');
    assert.deepEqual(messages(text, 'field-required'), ['Creating an Opportunity needs StageName: the body has no "StageName" key, so Salesforce answers REQUIRED_FIELD_MISSING; add it']);
    assert.match(messages(text, 'field-value')[0]!, /"CloseDate" \(date\): "2026\/12\/31" is not a date: write YYYY-MM-DD/);
    const stage = completionsAt(request('POST', '/sobjects/Opportunity/', `{"StageName": ${CURSOR}}`));
    assert.ok(labels(stage).includes('"Closed Won"'));
  });
});

describe('Case', () => {
  test('update by id: CaseNumber is read-only, a Case id is fine', () => {
    assert.deepEqual(found(request('PATCH', '/sobjects/Case/5005g00000AbCdE', '{"Status": "Escalated", "CaseNumber": "00001026"}')), ['field-readonly error "\\"CaseNumber\\""']);
    assert.deepEqual(found(request('POST', '/sobjects/Case/', '{"Subject": "Help"}')), [], 'no field is required: Status and Priority are defaulted');
  });
});

describe('Task', () => {
  test('create: nothing required; a status outside the defaults a hint; the completion of WhoId keeps its Liquid value', () => {
    assert.deepEqual(found(request('POST', '/sobjects/Task/', '{"Subject": "Call", "Status": "Done", "ActivityDate": "{{ \'now\' | date: \'%Y-%m-%d\' }}"}')), ['field-value hint "\\"Done\\""']);
    const text = request('POST', '/sobjects/Task/', `{"Wh${CURSOR}"}`);
    assert.equal(accept(text, item(completionsAt(text), 'WhoId')), request('POST', '/sobjects/Task/', '{"WhoId"}'));
  });
});

describe('CampaignMember', () => {
  test('create: CampaignId and one of LeadId or ContactId; the fix adds the first of the group', () => {
    const text = request('POST', '/sobjects/CampaignMember/', '{"Status": "Sent"}');
    assert.deepEqual(messages(text, 'field-required'), [
      'Creating a CampaignMember needs CampaignId and LeadId or ContactId: the body has no "CampaignId" or "LeadId" or "ContactId" key, so Salesforce answers REQUIRED_FIELD_MISSING; add them',
    ]);
    assert.deepEqual(found(request('POST', '/sobjects/CampaignMember/', '{"CampaignId": "701Dn000000T3slIAC", "ContactId": "{{custom_attribute.${salesforce_contact_id} | json_escape}}"}')), []);
    assert.deepEqual(found(request('POST', '/sobjects/CampaignMember/', '{"CampaignId": "[insert_campaign_id]", "LeadId": "{{${user_id} | json_escape}}"}')), [], 'a placeholder value is the placeholder check\'s');
  });

  test('update: LeadId is create-only; Status offers the new campaign statuses', () => {
    assert.deepEqual(found(request('PATCH', '/sobjects/CampaignMember/00v5g00000AbCdE', '{"LeadId": "00Q5g00000AbCdE"}')), ['field-readonly error "\\"LeadId\\""']);
    assert.deepEqual(labels(completionsAt(request('PATCH', '/sobjects/CampaignMember/00v5g00000AbCdE', `{"Status": ${CURSOR}}`))), ['"Sent"', '"Responded"']);
  });
});

describe('a custom object from its describe', () => {
  test('without the describe: one information note, no error on its fields', () => {
    assert.deepEqual(found(request('POST', '/sobjects/Subscription__c/', '{"Plan__c": "Gold", "Foo": 1}')), ['sobject-unknown information "Subscription__c"']);
    assert.deepEqual(completionsAt(request('POST', '/sobjects/Subscription__c/', `{"${CURSOR}"}`)), []);
  });

  test('with it: its fields checked, completed and explained; an upsert by its External ID is clean', () => {
    const text = request('POST', '/sobjects/Subscription__c/', '{"Plan__c": "Gold", "Seats__c": "5", "Foo__c": 1}');
    assert.deepEqual(found(text, subscription), ['field-value warning "\\"Gold\\""', 'field-value warning "\\"5\\""', 'field-unknown error "\\"Foo__c\\""']);
    assert.match(messages(text, 'field-unknown', subscription)[0]!, /the org's Subscription__c describe has no such custom field/);
    const keys = labels(completionsAt(request('POST', '/sobjects/Subscription__c/', `{"${CURSOR}"}`), subscription));
    assert.ok(keys.includes('Subscription_Key__c') && keys.includes('Plan__c') && !keys.includes('Id'));
    assert.match(hoverText(request('POST', '/sobjects/Subscription__c/', `{"Subscription_K${CURSOR}ey__c": "k"}`), subscription), /External ID, Unique: it can name the record of an upsert/);
    const clean = request('PATCH', '/sobjects/Subscription__c/Subscription_Key__c/{{custom_attribute.${plan_key} | url_param_escape}}', '{"Plan__c": "Pro", "Seats__c": 5}');
    assert.deepEqual(found(clean, subscription), []);
    assert.deepEqual(found(request('PATCH', '/sobjects/Subscription__c/a0S5g00000AbCdE', '{"Plan__c": "Pro"}'), subscription), [], 'its key prefix from the describe');
    assert.deepEqual(found(request('PATCH', '/sobjects/Subscription__c/0035g00000AbCdE', '{}'), subscription), ['record-id error "0035g00000AbCdE"']);
  });
});

describe('an upsert by an external id', () => {
  test('creates or updates: the required fields warn, a create-only or update-only field is an error', () => {
    const path = '/sobjects/Lead/Braze_Id__c/{{${user_id} | url_param_escape}}';
    assert.deepEqual(found(request('PATCH', path, '{"LastName": "Doe", "IsConverted": true, "EmailBouncedDate": "2026-01-01T00:00:00Z"}')), [
      'url-external-id information "Braze_Id__c"',
      'field-required warning "{"',
      'field-readonly error "\\"IsConverted\\""',
      'field-readonly error "\\"EmailBouncedDate\\""',
    ]);
    assert.match(messages(request('PATCH', path, '{"LastName": "Doe"}'), 'field-required')[0]!, /^An upsert that matches no Lead creates one, and creating a Lead needs Company/);
    assert.deepEqual(found(request('PATCH', `${path}?updateOnly=true`, '{"Title": "CTO"}')), ['url-external-id information "Braze_Id__c"', 'url-external-id information "updateOnly=true"'], 'updateOnly never creates: nothing is required');
    const keys = labels(completionsAt(request('PATCH', path, `{"${CURSOR}"}`)));
    assert.ok(keys.includes('LastName') && !keys.includes('IsConverted') && !keys.includes('EmailBouncedDate'), 'only fields both a create and an update may set');
  });
});

describe('sObject Collections', () => {
  const body = (records: string) => `{"allOrNone": false, "records": [${records}]}`;

  test("each record is checked against its attributes.type; the URL is a warning", () => {
    const text = request('POST', '/composite/sobjects', body('{"attributes": {"type": "Account"}, "Nmae": "Acme"}, {"attributes": {"type": "Contact"}, "FirstName": "Ada"}'));
    // The misspelt Nmae stands for Name (field-unknown says so): only the Contact lacks a required field.
    assert.deepEqual(found(text), ['url-composite warning "composite/sobjects"', 'field-unknown error "\\"Nmae\\""', 'field-required error "{"']);
    assert.deepEqual(messages(text, 'field-required'), ['Creating a Contact needs LastName: the body has no "LastName" key, so Salesforce answers REQUIRED_FIELD_MISSING; add it']);
    assert.match(messages(text, 'field-unknown')[0]!, /"Nmae" is not an Account field .*write "Name"/);
    const update = request('PATCH', '/composite/sobjects', body('{"attributes": {"type": "Contact"}, "id": "0035g00000AbCdE", "Title": "CTO"}'));
    assert.deepEqual(found(update), ['url-composite warning "composite/sobjects"'], "an update's id is the record's, not a field");
  });

  test("completion and hover inside a record: its object's fields", () => {
    const keys = completionsAt(request('POST', '/composite/sobjects', body(`{"attributes": {"type": "Account"}, "Name": "A"}, {"attributes": {"type": "CampaignMember"}, "${CURSOR}"}`)));
    assert.ok(labels(keys).includes('CampaignId') && !labels(keys).includes('Name'), 'the CampaignMember record');
    assert.match(hoverText(request('POST', '/composite/sobjects', body(`{"attributes": {"type": "Contact"}, "Last${CURSOR}Name": "A"}`))), /\*\*LastName\*\* — Last Name[\s\S]*Required to create a Contact/);
  });
});

test('a request that writes no record, or a body not JSON, gets no field check', () => {
  assert.deepEqual(found(`GET ${API}/sobjects/Contact/0035g00000AbCdE\n`), []);
  assert.deepEqual(found(request('POST', '/sobjects/Contact/', '[1, 2]')), []);
  assert.deepEqual(completionsAt(`POST https://x.example.com/hook\n${HEAD}{"${CURSOR}"}`), []);
});
