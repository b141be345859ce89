/// <reference types="vscode" />
// The templates beyond Leads, as their commands insert them, sent from untitled editors to the
// Salesforce stand-in (the instance override points https://standin.my.salesforce.com at it), and
// the answers Braze would not report: an upsert matching several records (300) and an sObject
// Collections request answering 200 with a failed record. The templates' token calls are cached
// (:cache_max_age 900): the file's name sorts it after send-test-request.test.ts, whose caching test
// needs the first token call of the session.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ResultModel } from '../../../client/src/send/result-model';
import { addLeadToCampaignTemplate } from '../../../client/src/templates/campaign-member-template';
import { createContactTemplate, updateContactTemplate } from '../../../client/src/templates/contact-templates';
import { upsertLeadTemplate } from '../../../client/src/templates/lead-templates';
import { logTaskTemplate } from '../../../client/src/templates/task-template';
import { DEMO_CAMPAIGN_ID } from '../../../salesforce-standin/src/campaigns';
import { codeOf, diagnosticsWithCodes, endSendSuite, openUntitled, setWorkspaceSetting, standinClient, stubWindow, type StandinClient } from './helpers';

const PLACEHOLDERS = { insert_instance_name: 'standin', insert_client_id: 'demo-client-id', insert_client_secret: 'demo-client-secret', insert_campaign_id: DEMO_CAMPAIGN_ID };
const TOKEN = `{% connected_content https://standin.my.salesforce.com/services/oauth2/token
    :method post
    :body client_id=[insert_client_id]&client_secret=[insert_client_secret]&grant_type=client_credentials
    :save result %}Bearer {{result.access_token}}`;

/** A test user in Braze's export shape; `external_id` is what `${user_id}` renders. */
function user(externalId: string, custom: Record<string, unknown> = {}) {
  return { external_id: externalId, first_name: 'Kim', last_name: 'Lee', email: 'kim.lee@example.com', phone: '+15035550100', custom_attributes: { company: 'Lee & Co', ...custom } };
}

let sf: StandinClient;
let undo: (() => unknown)[] = [];
/** The error and warning messages shown: a send that returns nothing says why there. */
let shown: string[] = [];

async function sendText(text: string, testUser: unknown): Promise<ResultModel> {
  const editor = await openUntitled(text);
  const model = await vscode.commands.executeCommand<ResultModel | undefined>('brazeWebhooks.sendTestRequest', editor.document.uri, { user: testUser, placeholders: PLACEHOLDERS });
  assert.ok(model, `the command returned no result: ${shown.join(' | ')}`);
  assert.equal(model.outcome, 'answer', model.title);
  return model;
}

async function records(object: string): Promise<Record<string, unknown>[]> {
  const response = await fetch(`${sf.url}/__standin/records/${object}`);
  assert.equal(response.status, 200, `GET /__standin/records/${object}`);
  return (await response.json()) as Record<string, unknown>[];
}

suite('Objects beyond Leads against the Salesforce stand-in', () => {
  suiteSetup(async () => {
    sf = standinClient();
    shown = [];
    const record = (message: string) => {
      shown.push(message);
      return Promise.resolve(undefined);
    };
    undo = [
      stubWindow('showWarningMessage', record as typeof vscode.window.showWarningMessage),
      stubWindow('showErrorMessage', record as typeof vscode.window.showErrorMessage),
    ];
    undo.push(await setWorkspaceSetting('brazeWebhooks.instanceUrlOverride', sf.url));
  });

  suiteTeardown(() => endSendSuite(undo));

  setup(async () => {
    await sf.reset();
  });

  test('Upsert Lead by External Id: 201 created, then 200 updated with nothing created', async () => {
    const text = upsertLeadTemplate({ instance: 'standin' }).text;
    const first = await sendText(text, user('kim-001'));
    assert.equal(first.status, 201, first.title);
    assert.deepEqual([first.ok, first.created?.object], [true, 'Lead']);
    assert.ok(first.explanation?.details.some((d) => /found no Lead whose Braze_Id__c is "kim-001", so it created one/.test(d)), JSON.stringify(first.explanation));
    const second = await sendText(text, user('kim-001'));
    assert.equal(second.status, 200, second.title);
    assert.equal(second.ok, true);
    assert.match(second.title, /Lead updated/);
    assert.ok(second.explanation?.details.some((d) => /updated it: nothing was created/.test(d)), JSON.stringify(second.explanation));
    assert.equal((await sf.leads()).filter((l) => l.Braze_Id__c === 'kim-001').length, 1, 'one Lead');
    assert.ok(second.explanation?.details.some((d) => /daily API calls \(Sforce-Limit-Info\)/.test(d)), 'the org\'s API usage is shown');
  });

  test('an upsert whose external id matches two Leads: 300, nothing changed, the matches named', async () => {
    const create = `POST https://standin.my.salesforce.com/services/data/v60.0/sobjects/Lead/
Authorization: ${TOKEN}
Content-Type: application/json

{ "LastName": "{{\${last_name} | json_escape}}", "Company": "Twice", "Braze_Id__c": "{{\${user_id}}}" }
`;
    for (let i = 0; i < 2; i++) assert.equal((await sendText(create, user('dup-7'))).status, 201);
    const model = await sendText(upsertLeadTemplate({ instance: 'standin' }).text, user('dup-7'));
    assert.equal(model.status, 300, model.title);
    assert.equal(model.ok, false);
    assert.match(model.title, /matches 2 Lead records: nothing was created or updated/);
    assert.equal(model.explanation?.details.filter((d) => d.startsWith('Matching record: 00Q')).length, 2, JSON.stringify(model.explanation));
    assert.ok(model.explanation?.fixes.some((f) => /Unique/.test(f)));
    const twins = (await sf.leads()).filter((l) => l.Braze_Id__c === 'dup-7');
    assert.deepEqual(twins.map((l) => l.Company), ['Twice', 'Twice'], `nothing updated: ${JSON.stringify(await sf.leads())}`);
  });

  test('Create Contact, then Update Contact by the id kept on the profile: 201 then 204', async () => {
    const created = await sendText(createContactTemplate({ instance: 'standin' }).text, user('kim-002'));
    assert.equal(created.status, 201, created.title);
    assert.equal(created.created?.object, 'Contact');
    assert.match(created.title, /^201 Created: Contact created: 003/);
    const id = created.created!.id;
    const updated = await sendText(updateContactTemplate({ instance: 'standin' }).text, { ...user('kim-002', { salesforce_contact_id: id }), email: 'kim.new@example.com' });
    assert.equal(updated.status, 204, updated.title);
    assert.match(updated.title, /Contact updated/);
    const contact = (await records('Contact')).find((c) => String(c.Id).slice(0, 15) === id.slice(0, 15));
    assert.equal(contact?.Email, 'kim.new@example.com');
  });

  test('Add Lead to Campaign and Log a Task on that Lead: the CampaignMember and the Task are in the org', async () => {
    const lead = await sendText(upsertLeadTemplate({ instance: 'standin' }).text, user('kim-003'));
    assert.equal(lead.status, 201, lead.title);
    const leadId = lead.created!.id;
    const member = await sendText(addLeadToCampaignTemplate({ instance: 'standin' }).text, user(leadId));
    assert.equal(member.status, 201, member.title);
    assert.equal(member.created?.object, 'CampaignMember');
    const members = await records('CampaignMember');
    assert.ok(members.some((m) => String(m.LeadId).slice(0, 15) === leadId.slice(0, 15) && String(m.CampaignId).slice(0, 15) === DEMO_CAMPAIGN_ID.slice(0, 15)), JSON.stringify(members));
    const again = await sendText(addLeadToCampaignTemplate({ instance: 'standin' }).text, user(leadId));
    assert.equal(again.status, 400, 'already a member');
    assert.equal(again.ok, false);

    const task = await sendText(logTaskTemplate({ instance: 'standin' }).text, user(leadId));
    assert.equal(task.status, 201, task.title);
    assert.equal(task.created?.object, 'Task');
    assert.ok((await records('Task')).some((t) => String(t.WhoId).slice(0, 15) === leadId.slice(0, 15)));
  });

  test('sObject Collections: the lint warns on the URL; the 200 with a failed record is a warning naming it', async () => {
    const text = `POST https://standin.my.salesforce.com/services/data/v60.0/composite/sobjects
Authorization: ${TOKEN}
Content-Type: application/json

{
  "allOrNone": false,
  "records": [
    { "attributes": { "type": "Lead" }, "LastName": "{{\${last_name} | json_escape}}", "Company": "Kept" },
    { "attributes": { "type": "Contact" }, "FirstName": "{{\${first_name} | json_escape}}" }
  ]
}
`;
    const model = await sendText(text, user('kim-004'));
    const uri = vscode.window.activeTextEditor!.document.uri;
    const warned = await diagnosticsWithCodes(uri, ['url-composite']);
    assert.equal(warned.find((d) => codeOf(d) === 'url-composite')?.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(model.status, 200);
    assert.equal(model.ok, false, 'delivered for Braze, not a success');
    assert.equal(model.title, '200 OK, but 1 of 2 records failed');
    assert.ok(model.explanation?.details.some((d) => /^Record 2 \(Contact\): failed: REQUIRED_FIELD_MISSING/.test(d)), JSON.stringify(model.explanation));
    assert.ok(model.explanation?.details.some((d) => /never reach the Message Activity Log/.test(d)));
    assert.equal((await sf.leads()).filter((l) => l.Company === 'Kept').length, 1, 'the valid record was saved');
  });
});
