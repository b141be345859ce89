/// <reference types="vscode" />
// The untrusted pass (run-extension-tests.mjs --untrusted): VS Code opened on test/workspace with
// workspace trust enabled and the folder not trusted (Restricted Mode). The runner puts
// brazeWebhooks.instanceUrlOverride = the Salesforce stand-in in the USER settings, so a send
// that the extension failed to refuse would reach the stand-in: the stand-in must receive nothing.
// Editing features (the language server's diagnostics) keep working.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { diagnosticsWithCodes, openWorkspaceFile, resultTabs, standinClient, stubWindow, workspaceFile, type StandinClient } from '../suite/helpers';

const PLACEHOLDERS = { insert_instance_name: 'standin', insert_client_id: 'demo-client-id', insert_client_secret: 'demo-client-secret' };

let sf: StandinClient;
let restore: (() => void)[] = [];
let warnings: string[] = [];

suite('Restricted Mode (untrusted workspace)', () => {
  suiteSetup(async () => {
    sf = standinClient();
    await sf.reset();
  });
  setup(() => {
    warnings = [];
    restore = [
      stubWindow('showWarningMessage', ((message: string) => {
        warnings.push(message);
        return Promise.resolve(undefined);
      }) as typeof vscode.window.showWarningMessage),
    ];
  });
  teardown(async () => {
    for (const r of restore.reverse()) r();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('the workspace is not trusted; the override to the stand-in (a user setting) is in force', () => {
    assert.equal(vscode.workspace.isTrusted, false);
    // So a send that was not refused WOULD go to the stand-in, and the tests below would see it.
    assert.equal(vscode.workspace.getConfiguration('brazeWebhooks').get('instanceUrlOverride'), sf.url);
  });

  test('Send Test Request refuses, says why, and sends nothing (the stand-in receives no request)', async () => {
    await openWorkspaceFile('create-lead.webhook');
    const result = await vscode.commands.executeCommand('brazeWebhooks.sendTestRequest', workspaceFile('create-lead.webhook'), { userFile: 'jane.json', placeholders: PLACEHOLDERS });
    assert.equal(result, undefined);
    assert.equal(warnings.length, 1, JSON.stringify(warnings));
    assert.match(warnings[0], /^Send Test Request is disabled in Restricted Mode: this workspace is not trusted/);
    assert.match(warnings[0], /Trust the workspace/);
    assert.deepEqual(resultTabs(), [], 'no result view');
    // Give a request that might have left a moment to arrive, then look.
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.deepEqual(await sf.requests(), [], 'requests received by the stand-in');
  });

  test('Preview Rendered Request (which would make the token call) refuses too', async () => {
    const result = await vscode.commands.executeCommand('brazeWebhooks.previewRenderedRequest', workspaceFile('create-lead.webhook'), { userFile: 'jane.json', placeholders: PLACEHOLDERS });
    assert.equal(result, undefined);
    assert.match(warnings[0] ?? '', /^Preview Rendered Request is disabled in Restricted Mode/);
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.deepEqual(await sf.requests(), [], 'requests received by the stand-in');
  });

  test('Fetch Schema from Org (which would make the token call and GET the org\'s objects) refuses too', async () => {
    for (const command of ['brazeWebhooks.fetchSchema', 'brazeWebhooks.fetchLeadSchema']) {
      warnings = [];
      const result = await vscode.commands.executeCommand(command, workspaceFile('create-lead.webhook'), { placeholders: PLACEHOLDERS });
      assert.equal(result, undefined, command);
      assert.match(warnings[0] ?? '', /^Fetch Schema from Org is disabled in Restricted Mode/, command);
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
    assert.deepEqual(await sf.requests(), [], 'requests received by the stand-in');
  });

  test('diagnostics still work: header-syntax and liquid-syntax on broken.webhook', async () => {
    const document = await openWorkspaceFile('broken.webhook');
    assert.equal(document.languageId, 'braze-webhook');
    const diagnostics = await diagnosticsWithCodes(document.uri, ['header-syntax', 'liquid-syntax']);
    assert.ok(diagnostics.length >= 2);
  });
});
