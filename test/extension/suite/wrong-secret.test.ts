/// <reference types="vscode" />
// A wrong consumer secret kept in secret storage: the stand-in answers the token call
// invalid_client; the headline says the stored consumer secret is probably wrong, and the
// notification's button (and the result view's link, the same command) asks for it again,
// replaces it and sends again. The next send uses the new value without asking.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ResultModel } from '../../../client/src/send/result-model';
import { forgetStoredValues, resultTabs, setWorkspaceSetting, standinClient, stubWindow, waitFor, workspaceFile, type StandinClient } from './helpers';

const REENTER = 'Re-enter [insert_client_secret]';

let sf: StandinClient;
let undo: (() => unknown)[] = [];
/** What the input boxes asked; the secret a send asks for, and the one typed when it is asked again. */
let asked: { title: string; prompt: string }[] = [];
const WRONG = 'wrong-secret-1234';
let reentered: string | undefined = 'demo-client-secret';
let warnings: string[] = [];
/** Whether the stubbed notification presses its Re-enter button. */
let press = true;

suite('a wrong consumer secret in secret storage', () => {
  suiteSetup(async () => {
    sf = standinClient();
    await forgetStoredValues(workspaceFile('create-lead.webhook'));
    undo = [
      stubWindow('showInputBox', async (options?: vscode.InputBoxOptions) => {
        asked.push({ title: options?.title ?? '', prompt: options?.prompt ?? '' });
        if (options?.title === 'Value for [insert_client_id]') return 'demo-client-id';
        if (options?.title !== 'Value for [insert_client_secret]') return undefined;
        return options.prompt?.startsWith('Replaces the value') ? reentered : WRONG;
      }),
      // The notification of a refused secret is answered with its button; the others are left.
      stubWindow('showWarningMessage', (async (message: string, ...items: unknown[]) => {
        warnings.push(message);
        return press && items.includes(REENTER) ? REENTER : undefined;
      }) as unknown as typeof vscode.window.showWarningMessage),
      await setWorkspaceSetting('brazeWebhooks.instanceUrlOverride', sf.url),
    ];
  });
  suiteTeardown(async () => {
    await forgetStoredValues(workspaceFile('create-lead.webhook'));
    for (const u of undo.reverse()) await u();
    for (const tab of resultTabs()) await vscode.window.tabGroups.close(tab);
  });
  setup(async () => {
    asked = [];
    warnings = [];
    await sf.reset();
  });

  test('the headline names the stored consumer secret; its button asks for it again, replaces it and sends again', async () => {
    const refused = await vscode.commands.executeCommand<ResultModel>('brazeWebhooks.sendTestRequest', workspaceFile('create-lead.webhook'), { userFile: 'jane.json' });
    assert.ok(refused);
    assert.equal(refused.status, 401);
    assert.deepEqual(refused.credential, { code: 'invalid_client', what: 'the consumer secret', placeholder: '[insert_client_secret]' });
    assert.match(refused.title, /^Token refused \(invalid_client\): the consumer secret stored for \[insert_client_secret\] is probably wrong\. Then the webhook: 401/);
    assert.ok(!JSON.stringify(refused).includes(WRONG), 'the wrong secret is masked too');
    assert.ok(warnings.some((w) => w === refused.title), JSON.stringify(warnings));

    // The button was pressed (the stub): the secret is asked again, then the same send is made.
    const lead = await waitFor('the send made again with the new secret', 15_000, async () => (await sf.leads())[0]);
    assert.equal(lead.LastName, 'Doe');
    assert.deepEqual(asked.map((a) => a.title), ['Value for [insert_client_id]', 'Value for [insert_client_secret]', 'Value for [insert_client_secret]']);
    assert.match(asked[2].prompt, /^Replaces the value stored in VS Code's secret storage\./);

    asked = [];
    const next = await vscode.commands.executeCommand<ResultModel>('brazeWebhooks.sendTestRequest', workspaceFile('create-lead.webhook'), { userFile: 'jane.json' });
    assert.equal(next?.status, 201, next?.title);
    assert.deepEqual(asked, [], 'the new secret is stored');
  });

  test('the result view\'s link runs the same command: cancelling keeps the stored value', async () => {
    press = false;
    const first = await vscode.commands.executeCommand<ResultModel>('brazeWebhooks.sendTestRequest', workspaceFile('create-lead.webhook'), { userFile: 'jane.json', placeholders: { insert_client_secret: 'wrong-again-5678' } });
    assert.equal(first?.credential?.placeholder, '[insert_client_secret]');
    assert.match(first?.title ?? '', /the consumer secret given for \[insert_client_secret\]/, 'given to the command, not stored');
    reentered = undefined;
    assert.equal(await vscode.commands.executeCommand('brazeWebhooks.reenterPlaceholder', { id: first!.id }), undefined, 'cancelled');
    reentered = 'demo-client-secret';
    const again = await vscode.commands.executeCommand<ResultModel>('brazeWebhooks.reenterPlaceholder', { id: first!.id });
    assert.equal(again?.status, 201, again?.title);
  });
});
