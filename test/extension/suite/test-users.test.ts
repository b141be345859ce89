/// <reference types="vscode" />
// Test users as Braze's test send offers them, and the status bar's switches: an untitled template
// (New Create-Lead Template) finds the workspace's test users (jane.json, and bob.json written here
// for the suite) and the values already entered; the quick pick offers them, a random one, a
// generated one and a custom one; the choice is the template's until switched (Pick Test User...,
// the status bar's command); Switch Target Org... enters another My Domain name.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { ResultModel } from '../../../client/src/send/result-model';
import { answerQuickPicks, closeActiveEditor, forgetStoredValues, resultTabs, setWorkspaceSetting, standinClient, stubWindow, waitFor, workspaceFile, type StandinClient } from './helpers';

const BOB = { external_id: 'bob-smith-002', first_name: 'Bob', last_name: 'Smith', email: 'bob@example.com', custom_attributes: { company: 'Smith & Co' } };
const USERS = '.braze/test-users';

let sf: StandinClient;
let undo: (() => unknown)[] = [];
let restore: (() => void)[] = [];
/** Input boxes asked, by title. */
let asked: string[] = [];
let errors: string[] = [];

/** Answers the input boxes of a send (the consumer key and secret) and of the template commands (the instance). */
function answerInputs(extra: Record<string, string> = {}): void {
  const answers: Record<string, string> = { 'Value for [insert_client_id]': 'demo-client-id', 'Value for [insert_client_secret]': 'demo-client-secret', 'New Create-Lead Template': 'standin', ...extra };
  restore.push(
    stubWindow('showInputBox', async (options?: vscode.InputBoxOptions) => {
      asked.push(options?.title ?? '');
      return answers[options?.title ?? ''];
    }),
  );
}

async function send(command = 'brazeWebhooks.sendTestRequest', ...args: unknown[]): Promise<ResultModel | undefined> {
  return vscode.commands.executeCommand<ResultModel | undefined>(command, ...args);
}

suite('test users and the status bar', () => {
  suiteSetup(async () => {
    sf = standinClient();
    fs.writeFileSync(workspaceFile(`${USERS}/bob.json`).fsPath, JSON.stringify(BOB, null, 2));
    undo = [
      () => fs.rmSync(workspaceFile(`${USERS}/bob.json`).fsPath, { force: true }),
      () => fs.rmSync(workspaceFile(`${USERS}/custom-user.json`).fsPath, { force: true }),
      stubWindow('showWarningMessage', (async () => undefined) as unknown as typeof vscode.window.showWarningMessage),
      stubWindow('showInformationMessage', (async () => undefined) as unknown as typeof vscode.window.showInformationMessage),
      stubWindow('showErrorMessage', (async (message: string) => {
        errors.push(message);
        return undefined;
      }) as unknown as typeof vscode.window.showErrorMessage),
      await setWorkspaceSetting('brazeWebhooks.instanceUrlOverride', sf.url),
    ];
  });
  suiteTeardown(async () => {
    await forgetStoredValues(workspaceFile('create-lead.webhook'));
    for (const u of undo.reverse()) await u();
    for (const tab of resultTabs()) await vscode.window.tabGroups.close(tab);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
  setup(async () => {
    restore = [];
    asked = [];
    errors = [];
    await sf.reset();
  });
  teardown(() => {
    for (const r of restore.reverse()) r();
  });

  test('New Create-Lead Template, then Send on its untitled editor: the workspace\'s users are offered, and the values entered before are used', async () => {
    answerInputs();
    // The consumer key and secret, entered once for a template of the workspace.
    const first = await send('brazeWebhooks.sendTestRequest', workspaceFile('create-lead.webhook'), { userFile: 'jane.json' });
    assert.equal(first?.status, 201, first?.title);
    assert.deepEqual(asked, ['Value for [insert_client_id]', 'Value for [insert_client_secret]']);

    await vscode.commands.executeCommand('brazeWebhooks.newCreateLeadTemplate');
    const editor = await waitFor('the untitled template', 10_000, () => (vscode.window.activeTextEditor?.document.isUntitled ? vscode.window.activeTextEditor : undefined));
    assert.equal(editor.document.languageId, 'braze-webhook');
    asked = [];
    const offered: string[][] = [];
    restore.push(answerQuickPicks((label) => label === 'bob-smith-002', offered));
    const model = await send();
    assert.ok(model, `no result (errors: ${JSON.stringify(errors)})`);
    assert.equal(model.status, 201, model.title);
    assert.equal(model.user, 'bob-smith-002');
    assert.equal(model.userSource, 'bob.json');
    assert.deepEqual(offered, [['bob-smith-002', 'jane-doe-001', 'Like Braze', '$(question) Random user', '$(sparkle) Generated user', '$(edit) Custom user...']]);
    assert.deepEqual(asked, [], 'no value asked again');
    const lead = (await sf.leads()).find((l) => l.LastName === 'Smith');
    assert.equal(lead?.FirstName, 'Bob');

    // The choice is the template's: the next send and a preview ask nothing.
    assert.equal((await send('brazeWebhooks.previewRenderedRequest'))?.user, 'bob-smith-002');
    assert.equal(offered.length, 1);
  });

  test('the status bar\'s Pick Test User switches the template to a generated user, then to a random one of the workspace\'s', async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(workspaceFile('create-lead.webhook')));
    restore.push(answerQuickPicks((label) => label === '$(sparkle) Generated user'));
    assert.deepEqual(await vscode.commands.executeCommand('brazeWebhooks.pickTestUser'), { kind: 'generated' });
    const generated = await send('brazeWebhooks.sendTestRequest', workspaceFile('create-lead.webhook'), { placeholders: { insert_client_id: 'demo-client-id', insert_client_secret: 'demo-client-secret' } });
    assert.equal(generated?.status, 201, generated?.title);
    assert.match(generated?.user ?? '', /^generated-[0-9a-f]{8}$/);
    assert.equal(generated?.userSource, 'generated user');
    const [lead] = await sf.leads();
    assert.ok(typeof lead?.LastName === 'string' && lead.LastName !== '', JSON.stringify(lead));

    restore.pop()?.();
    restore.push(answerQuickPicks((label) => label === '$(question) Random user'));
    assert.deepEqual(await vscode.commands.executeCommand('brazeWebhooks.pickTestUser'), { kind: 'random' });
    const random = await send('brazeWebhooks.previewRenderedRequest', workspaceFile('create-lead.webhook'), { placeholders: { insert_client_id: 'demo-client-id', insert_client_secret: 'demo-client-secret' } });
    assert.ok(['jane-doe-001', 'bob-smith-002'].includes(random?.user ?? ''), random?.user);
    assert.match(random?.userSource ?? '', /^random user \((jane|bob)\.json\)$/);
  });

  test('a custom user: a file seeded with every attribute and the message context, used once edited, checked with the schema', async () => {
    restore.push(answerQuickPicks((label) => label === '$(edit) Custom user...'));
    assert.equal(await vscode.commands.executeCommand('brazeWebhooks.pickTestUser', workspaceFile('create-lead.webhook')), undefined, 'the send waits for the edit');
    const file = workspaceFile(`${USERS}/custom-user.json`);
    const seed = JSON.parse(fs.readFileSync(file.fsPath, 'utf8')) as Record<string, unknown>;
    for (const key of ['external_id', 'first_name', 'email', 'custom_attributes', 'event_properties', 'canvas_entry_properties', 'api_trigger_properties']) assert.ok(key in seed, key);
    await waitFor('the custom user opened for editing', 5_000, () => (vscode.window.activeTextEditor?.document.uri.fsPath === file.fsPath ? true : undefined));

    fs.writeFileSync(file.fsPath, JSON.stringify({ ...seed, first_name: 'Cleo', last_name: 'Custom', event_properties: { plan: 'enterprise' } }));
    const args = { placeholders: { insert_client_id: 'demo-client-id', insert_client_secret: 'demo-client-secret' } };
    const model = await send('brazeWebhooks.sendTestRequest', workspaceFile('create-lead.webhook'), args);
    assert.equal(model?.status, 201, model?.title);
    assert.equal(model?.user, 'custom-user');
    assert.equal(model?.userSource, 'custom-user.json');
    assert.ok((await sf.leads()).some((l) => l.LastName === 'Custom'));

    fs.writeFileSync(file.fsPath, JSON.stringify({ ...seed, first_name: 42 }));
    assert.equal(await send('brazeWebhooks.sendTestRequest', workspaceFile('create-lead.webhook'), args), undefined);
    assert.match(errors.join('\n'), /^The test user is not valid: custom-user\.json: first_name: /m);
    await closeActiveEditor();
  });

  test('Switch Target Org enters another My Domain name for [insert_instance_name]; the next send goes there', async () => {
    answerInputs({ 'Value for [insert_instance_name]': 'otherorg' });
    restore.push(answerQuickPicks((label) => label === '$(edit) Enter Another My Domain Name'));
    await vscode.commands.executeCommand('brazeWebhooks.pickOrg', workspaceFile('create-lead.webhook'));
    assert.deepEqual(asked, ['Value for [insert_instance_name]']);
    const preview = await send('brazeWebhooks.previewRenderedRequest', workspaceFile('create-lead.webhook'), { userFile: 'jane.json' });
    assert.equal(preview?.request?.renderedUrl, 'https://otherorg.my.salesforce.com/services/data/v60.0/sobjects/Lead/');
  });
});
