/// <reference types="vscode" />
// Fetch Schema from Org against the Salesforce stand-in: the object picked from the org's list
// (GET .../sobjects, with the template's token), its describe checked and written to
// .salesforce/<Object>.describe.json, an existing file replaced only when the user says so, no
// secret in it; the old command id still fetches the Lead's into brazeWebhooks.leadDescribePath.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { ORG_ID } from '../../../salesforce-standin/src/ids';
import { answerQuickPicks, setWorkspaceSetting, standinClient, stubWindow, workspaceFile } from './helpers';

const PLACEHOLDERS = { insert_client_id: 'demo-client-id', insert_client_secret: 'demo-client-secret' };
const ACCESS_TOKEN = new RegExp(`${ORG_ID.slice(0, 15)}![A-Za-z0-9_-]{8,}`);

interface Fetched {
  object: string;
  path: string;
  fieldCount: number;
  customFieldCount: number;
  apiVersion: string;
}

let undo: (() => unknown)[] = [];
let restore: (() => void)[] = [];
/** The modal questions asked, and what they are answered. */
let questions: string[] = [];
let replace: string | undefined;

const fetch = (command = 'brazeWebhooks.fetchSchema') => vscode.commands.executeCommand<Fetched | undefined>(command, workspaceFile('create-lead.webhook'), { placeholders: PLACEHOLDERS });

suite('Fetch Schema from Org', () => {
  suiteSetup(async () => {
    assert.ok(!fs.existsSync(workspaceFile('.salesforce').fsPath), 'test/workspace holds no .salesforce/ folder');
    undo = [
      () => fs.rmSync(workspaceFile('.salesforce').fsPath, { recursive: true, force: true }),
      stubWindow('showInformationMessage', (async () => undefined) as unknown as typeof vscode.window.showInformationMessage),
      stubWindow('showWarningMessage', (async (message: string) => {
        questions.push(message);
        return replace;
      }) as unknown as typeof vscode.window.showWarningMessage),
      await setWorkspaceSetting('brazeWebhooks.instanceUrlOverride', standinClient().url),
    ];
  });
  suiteTeardown(async () => {
    for (const u of undo.reverse()) await u();
  });
  setup(() => {
    restore = [];
    questions = [];
    replace = undefined;
  });
  teardown(() => {
    for (const r of restore.reverse()) r();
  });

  test('the object is picked from the org\'s list; its describe is written to .salesforce/<Object>.describe.json, without a secret', async () => {
    const offered: string[][] = [];
    restore.push(answerQuickPicks((label) => label === 'Account', offered));
    const fetched = await fetch();
    assert.deepEqual(fetched && { ...fetched, fieldCount: fetched.fieldCount > 10 }, { object: 'Account', path: '.salesforce/Account.describe.json', fieldCount: true, customFieldCount: 0, apiVersion: '60.0' });
    for (const name of ['Account', 'Campaign', 'CampaignMember', 'Case', 'Contact', 'Lead', 'Opportunity', 'Subscription__c', 'Task']) assert.ok(offered[0]?.includes(name), `${name} offered: ${JSON.stringify(offered)}`);
    const text = fs.readFileSync(workspaceFile('.salesforce/Account.describe.json').fsPath, 'utf8');
    const describe = JSON.parse(text) as { name: string; fields: { name: string }[] };
    assert.equal(describe.name, 'Account');
    assert.ok(describe.fields.some((f) => f.name === 'Name'));
    assert.ok(!text.includes('demo-client-secret'));
    assert.equal(ACCESS_TOKEN.exec(text), null, 'an access token in the describe file');
    assert.deepEqual(questions, []);
  });

  test('an existing file is replaced only when the user says so', async () => {
    restore.push(answerQuickPicks((label) => label === 'Account'));
    const file = workspaceFile('.salesforce/Account.describe.json').fsPath;
    fs.writeFileSync(file, '{"mine": true}\n');
    assert.equal(await fetch(), undefined);
    assert.deepEqual(questions, [".salesforce/Account.describe.json exists. Replace it with the org's Account describe?"]);
    assert.equal(fs.readFileSync(file, 'utf8'), '{"mine": true}\n', 'not replaced');
    replace = 'Replace';
    assert.equal((await fetch())?.object, 'Account');
    assert.equal((JSON.parse(fs.readFileSync(file, 'utf8')) as { name: string }).name, 'Account');
  });

  test('a custom object too; the old command fetches the Lead\'s into brazeWebhooks.leadDescribePath without asking which', async () => {
    restore.push(answerQuickPicks((label) => label === 'Subscription__c'));
    const custom = await fetch();
    assert.equal(custom?.path, '.salesforce/Subscription__c.describe.json');
    assert.ok((custom?.customFieldCount ?? 0) > 0);
    restore.pop()?.();
    const offered: string[][] = [];
    restore.push(answerQuickPicks(() => false, offered));
    // Not the default path: the language server would read the stand-in's Lead for the suites after this one.
    const put = await setWorkspaceSetting('brazeWebhooks.leadDescribePath', '.salesforce/fetched-Lead.describe.json');
    try {
      const lead = await fetch('brazeWebhooks.fetchLeadSchema');
      assert.equal(lead?.object, 'Lead');
      assert.equal(lead?.path, '.salesforce/fetched-Lead.describe.json');
    } finally {
      await put();
    }
    assert.deepEqual(offered, [], 'no object asked');
    assert.ok(fs.readFileSync(workspaceFile('.salesforce/fetched-Lead.describe.json').fsPath, 'utf8').includes('"Lead_Stage__c"'));
  });
});
