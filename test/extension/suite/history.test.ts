/// <reference types="vscode" />
// The send history against the Salesforce stand-in: every send and preview kept (masked) in the
// workspace storage, opened again, sent again, compared in the diff editor, copied as curl, its
// answer saved, cleared. The last test leaves two entries for the reopened pass
// (test/extension/reopened/), which finds them after VS Code restarted.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { ResultModel } from '../../../client/src/send/result-model';
import { ORG_ID } from '../../../salesforce-standin/src/ids';
import { forgetStoredValues, historyFile, resultTabs, runConfig, setWorkspaceSetting, standinClient, stubWindow, waitFor, workspaceFile, type StandinClient } from './helpers';

const CLIENT_SECRET = 'demo-client-secret';
const PLACEHOLDERS = { insert_instance_name: 'standin', insert_client_id: 'demo-client-id', insert_client_secret: CLIENT_SECRET };
const ACCESS_TOKEN = new RegExp(`${ORG_ID.slice(0, 15)}![A-Za-z0-9_-]{8,}`);

let sf: StandinClient;
let undo: (() => unknown)[] = [];
let restore: (() => void)[] = [];
/** Sent in the first test, read by the others. */
const made: Record<'created' | 'preview' | 'refused', ResultModel | undefined> = { created: undefined, preview: undefined, refused: undefined };

async function run(command: 'sendTestRequest' | 'previewRenderedRequest', file: string): Promise<ResultModel> {
  const model = await vscode.commands.executeCommand<ResultModel | undefined>(`brazeWebhooks.${command}`, workspaceFile(file), { userFile: 'jane.json', placeholders: PLACEHOLDERS });
  assert.ok(model, `${command} ${file} gave no result`);
  return model;
}

function noSecretIn(text: string, where: string): void {
  assert.ok(!text.includes(CLIENT_SECRET), `the client secret is in ${where}`);
  const token = ACCESS_TOKEN.exec(text);
  assert.equal(token, null, `an access token is in ${where}: ${token?.[0].slice(0, 20)}…`);
}

suite('the send history', () => {
  suiteSetup(async () => {
    sf = standinClient();
    await forgetStoredValues(workspaceFile('create-lead.webhook'));
    undo = [stubWindow('showWarningMessage', (async () => undefined) as unknown as typeof vscode.window.showWarningMessage), await setWorkspaceSetting('brazeWebhooks.instanceUrlOverride', sf.url)];
  });
  suiteTeardown(async () => {
    await forgetStoredValues(workspaceFile('create-lead.webhook'));
    for (const u of undo.reverse()) await u();
    for (const tab of resultTabs()) await vscode.window.tabGroups.close(tab);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
  setup(async () => {
    restore = [];
    await sf.reset();
  });
  teardown(() => {
    for (const r of restore.reverse()) r();
  });

  test('every send and preview is kept in the workspace storage, masked; opening one shows its result view again', async () => {
    made.created = await run('sendTestRequest', 'create-lead.webhook');
    made.preview = await run('previewRenderedRequest', 'create-lead.webhook');
    made.refused = await run('sendTestRequest', 'create-lead-no-lastname.webhook');
    assert.equal(made.created.status, 201);
    assert.equal(made.refused.status, 400);
    const file = historyFile();
    assert.ok(file, 'send-history.json in the workspace storage');
    const text = fs.readFileSync(file, 'utf8');
    const kept = (JSON.parse(text) as { entries: { id: string; model: ResultModel }[] }).entries;
    assert.deepEqual(kept.slice(0, 3).map((e) => e.id), [made.refused.id, made.preview.id, made.created.id], 'newest first');
    assert.equal(kept[2].model.title, made.created.title);
    noSecretIn(text, 'the history file');

    for (const tab of resultTabs()) await vscode.window.tabGroups.close(tab);
    const opened = await vscode.commands.executeCommand<ResultModel>('brazeWebhooks.history.open', { id: made.created.id });
    assert.equal(opened?.title, made.created.title);
    await waitFor('the result view of the kept send', 5_000, () => (resultTabs().some((t) => t.label === 'Result: create-lead.webhook') ? true : undefined));
  });

  test('send again: the template for the same test user, with the stored values', async () => {
    const created = made.created!;
    // The history keeps no secret: the values are asked once and stored.
    const asked: string[] = [];
    restore.push(
      stubWindow('showInputBox', async (options?: vscode.InputBoxOptions) => {
        asked.push(options?.title ?? '');
        return options?.title === 'Value for [insert_client_id]' ? PLACEHOLDERS.insert_client_id : options?.title === 'Value for [insert_client_secret]' ? CLIENT_SECRET : undefined;
      }),
    );
    const again = await vscode.commands.executeCommand<ResultModel>('brazeWebhooks.history.resend', { id: created.id });
    assert.ok(again, 'a result');
    assert.equal(again.status, 201, again.title);
    assert.notEqual(again.id, created.id);
    assert.equal(again.user, 'jane-doe-001');
    assert.equal(again.userSource, 'jane.json');
    assert.deepEqual(asked, ['Value for [insert_client_id]', 'Value for [insert_client_secret]']);
    assert.equal((await sf.leads()).length, 1, 'a new Lead');
    // Stored now: the next one asks nothing.
    assert.equal((await vscode.commands.executeCommand<ResultModel>('brazeWebhooks.history.resend', { id: created.id }))?.status, 201);
    assert.equal(asked.length, 2);
  });

  test('compare two sends: the diff editor shows the rendered requests and the answers side by side', async () => {
    const [created, refused] = [made.created!, made.refused!];
    await vscode.commands.executeCommand('brazeWebhooks.history.compare', { id: refused.id }, [{ id: refused.id }, { id: created.id }]);
    const tab = await waitFor('the diff editor', 10_000, () => {
      const input = vscode.window.tabGroups.activeTabGroup.activeTab?.input;
      return input instanceof vscode.TabInputTextDiff ? input : undefined;
    });
    assert.equal(tab.original.scheme, 'braze-webhook-history');
    const [left, right] = await Promise.all([vscode.workspace.openTextDocument(tab.original), vscode.workspace.openTextDocument(tab.modified)]);
    assert.match(left.getText(), /^# Send of create-lead\.webhook/, 'the older on the left');
    assert.match(left.getText(), /\nHTTP 201 Created\n/);
    assert.match(right.getText(), /\nHTTP 400 Bad Request\n[\s\S]*REQUIRED_FIELD_MISSING/);
    assert.match(left.getText(), /\nAuthorization: Bearer \*{8}\n/);
    noSecretIn(left.getText() + right.getText(), 'the compared documents');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('copy as curl: the request as sent, masked', async () => {
    const curl = await vscode.commands.executeCommand<string>('brazeWebhooks.history.copyAsCurl', { id: made.created!.id });
    assert.match(curl ?? '', /\ncurl -X POST 'http:\/\/127\.0\.0\.1:\d+\/services\/data\/v60\.0\/sobjects\/Lead\/' \\\n {2}-H 'Authorization: Bearer \*{8}' \\\n/);
    assert.match(curl ?? '', /--data-raw '\{\n {2}"firstName": "Jane"/);
    noSecretIn(curl ?? '', 'the curl command');
    assert.equal(await vscode.env.clipboard.readText(), curl);
  });

  test('save the answer: only where the save dialog says', async () => {
    const created = made.created!;
    const offered: (vscode.SaveDialogOptions | undefined)[] = [];
    let answer: vscode.Uri | undefined;
    restore.push(
      stubWindow('showSaveDialog', async (options) => {
        offered.push(options);
        return answer;
      }),
    );
    assert.equal(await vscode.commands.executeCommand('brazeWebhooks.history.saveAnswer', { id: created.id }), undefined, 'cancelled: nothing written');
    assert.match(offered[0]?.defaultUri?.path ?? '', /\/create-lead-201-\d{8}-\d{6}\.json$/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'answer-'));
    try {
      answer = vscode.Uri.file(path.join(dir, 'answer.json'));
      const saved = await vscode.commands.executeCommand<vscode.Uri>('brazeWebhooks.history.saveAnswer', { id: created.id });
      assert.equal(saved?.fsPath, answer.fsPath);
      const text = fs.readFileSync(answer.fsPath, 'utf8');
      assert.equal(text, `${created.response?.body}\n`);
      assert.equal((JSON.parse(text) as { id: string }).id, created.created?.id);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  test('clear asks first, then empties the history', async () => {
    const asked: string[] = [];
    let answer: string | undefined;
    restore.push(
      stubWindow('showWarningMessage', (async (message: string) => {
        asked.push(message);
        return answer;
      }) as unknown as typeof vscode.window.showWarningMessage),
    );
    assert.equal(await vscode.commands.executeCommand('brazeWebhooks.history.clear'), 0);
    assert.ok(JSON.parse(fs.readFileSync(historyFile()!, 'utf8')).entries.length > 0, 'kept when not confirmed');
    answer = 'Clear';
    assert.ok((await vscode.commands.executeCommand<number>('brazeWebhooks.history.clear')) >= 3);
    assert.deepEqual(JSON.parse(fs.readFileSync(historyFile()!, 'utf8')).entries, []);
    assert.deepEqual(asked, ['Clear the send history of this workspace?', 'Clear the send history of this workspace?']);
  });

  test('two sends are left for the reopened pass, which restarts VS Code', async () => {
    const handoff = runConfig().handoffFile;
    const sent = await run('sendTestRequest', 'create-lead.webhook');
    const previewed = await run('previewRenderedRequest', 'create-lead.webhook');
    if (handoff) fs.writeFileSync(handoff, JSON.stringify({ sent: { id: sent.id, title: sent.title }, previewed: { id: previewed.id, title: previewed.title } }));
  });
});
