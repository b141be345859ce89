/// <reference types="vscode" />
// The reopened pass (run-extension-tests.mjs): VS Code started again on a copy of the trusted
// pass's user data, so this extension host is a new one. The send history the trusted suite left
// (test/extension/suite/history.test.ts, ids in run-config's handoffFile) is still there; a
// history file that went bad is set aside, said so, and never stops a send.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ResultModel } from '../../../client/src/send/result-model';
import { forgetStoredValues, historyFile, resultTabs, runConfig, setWorkspaceSetting, standinClient, stubWindow, waitFor, workspaceFile } from '../suite/helpers';

interface Handoff {
  sent: { id: string; title: string };
  previewed: { id: string; title: string };
}

let undo: (() => unknown)[] = [];
let warnings: string[] = [];

suite('after a restart', () => {
  suiteSetup(async () => {
    const sf = standinClient();
    warnings = [];
    undo = [
      stubWindow('showWarningMessage', (async (message: string) => {
        warnings.push(message);
        return undefined;
      }) as unknown as typeof vscode.window.showWarningMessage),
      // The secret storage does not outlive the browser the workbench ran in: the values are asked again.
      stubWindow('showInputBox', async (options?: vscode.InputBoxOptions) => (options?.title === 'Value for [insert_client_id]' ? 'demo-client-id' : options?.title === 'Value for [insert_client_secret]' ? 'demo-client-secret' : undefined)),
      await setWorkspaceSetting('brazeWebhooks.instanceUrlOverride', sf.url),
    ];
  });
  suiteTeardown(async () => {
    await forgetStoredValues(workspaceFile('create-lead.webhook'));
    for (const u of undo.reverse()) await u();
    for (const tab of resultTabs()) await vscode.window.tabGroups.close(tab);
  });

  test('the sends kept before the restart open again, and are sent again', async () => {
    const handoff = JSON.parse(fs.readFileSync(runConfig().handoffFile!, 'utf8')) as Handoff;
    const sent = await vscode.commands.executeCommand<ResultModel>('brazeWebhooks.history.open', { id: handoff.sent.id });
    assert.equal(sent?.title, handoff.sent.title);
    await waitFor('the result view of the kept send', 5_000, () => (resultTabs().some((t) => t.label === 'Result: create-lead.webhook') ? true : undefined));
    const previewed = await vscode.commands.executeCommand<ResultModel>('brazeWebhooks.history.open', { id: handoff.previewed.id });
    assert.equal(previewed?.kind, 'preview');
    const again = await vscode.commands.executeCommand<ResultModel>('brazeWebhooks.history.resend', { id: handoff.sent.id });
    assert.equal(again?.status, 201, again?.title);
    assert.equal(again?.user, 'jane-doe-001');
  });

  test('a history file that is not JSON is set aside with a timestamp and a message; the send goes on and starts a new history', async () => {
    const file = historyFile();
    assert.ok(file, 'the history file');
    fs.writeFileSync(file, '{"version": 1, "entries": [ garbage');
    warnings = [];
    const model = await vscode.commands.executeCommand<ResultModel>('brazeWebhooks.sendTestRequest', workspaceFile('create-lead.webhook'), { userFile: 'jane.json', placeholders: { insert_client_id: 'demo-client-id', insert_client_secret: 'demo-client-secret' } });
    assert.equal(model?.status, 201, model?.title);
    const said = warnings.find((w) => w.startsWith('The send history could not be read: it is not JSON'));
    assert.ok(said, JSON.stringify(warnings));
    const aside = /set aside as (.+send-history\.corrupt-[\dT-]+Z\.json), and a new history starts\./.exec(said)?.[1];
    assert.ok(aside && fs.existsSync(aside), said);
    assert.equal(fs.readFileSync(aside, 'utf8'), '{"version": 1, "entries": [ garbage', 'kept as it was');
    assert.equal(path.dirname(aside), path.dirname(file));
    const kept = JSON.parse(fs.readFileSync(file, 'utf8')) as { entries: { id: string }[] };
    assert.deepEqual(kept.entries.map((e) => e.id), [model!.id]);
  });
});
