/// <reference types="vscode" />
// The rough edges of Send Test Request and its neighbours, each fixed: a new result opens at its
// status (the browser's scroll position, read through the runner); a preview says where the
// webhook WOULD go and when the rendered body is not JSON; Fill In Placeholder in the command
// palette; Copy for Braze Composer warns before copying a leftover [insert_...]; the Lead's
// DandbCompanyId; the Send keybinding, against VS Code's default keybindings.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ResultModel } from '../../../client/src/send/result-model';
import { composerFields, composerView } from '../../../client/src/templates/composer-fields';
import pkg from '../../../package.json';
import { answerQuickPicks, closeActiveEditor, harness, openUntitled, openWorkspaceFile, resultTabs, runConfig, setWorkspaceSetting, standinClient, stubWindow, waitFor, workspaceFile } from './helpers';

const PLACEHOLDERS = { insert_client_id: 'demo-client-id', insert_client_secret: 'demo-client-secret' };
/** A user whose first name fills screens: the request's body wraps into a long page. */
const LONG = { external_id: 'long-1', first_name: 'Long'.repeat(3000), last_name: 'Page', email: 'long@example.com', custom_attributes: { company: 'Long Co' } };

let undo: (() => unknown)[] = [];
let restore: (() => void)[] = [];
let warnings: string[] = [];
let warningAnswer: string | undefined;

const run = (command: 'sendTestRequest' | 'previewRenderedRequest', args: Record<string, unknown>) =>
  vscode.commands.executeCommand<ResultModel | undefined>(`brazeWebhooks.${command}`, workspaceFile('create-lead.webhook'), { placeholders: PLACEHOLDERS, ...args });

interface Scroll {
  top: number;
  height: number;
  view: number;
}

suite('rough edges', () => {
  suiteSetup(async () => {
    undo = [
      stubWindow('showWarningMessage', (async (message: string) => {
        warnings.push(message);
        return warningAnswer;
      }) as unknown as typeof vscode.window.showWarningMessage),
      await setWorkspaceSetting('brazeWebhooks.instanceUrlOverride', standinClient().url),
    ];
  });
  suiteTeardown(async () => {
    for (const u of undo.reverse()) await u();
    for (const tab of resultTabs()) await vscode.window.tabGroups.close(tab);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });
  setup(() => {
    restore = [];
    warnings = [];
    warningAnswer = undefined;
  });
  teardown(async () => {
    for (const r of restore.reverse()) r();
    while (vscode.window.activeTextEditor?.document.isUntitled) await closeActiveEditor();
  });

  test('a new result opens at its status, wherever the last one was scrolled to', async function () {
    if (!runConfig().harnessDir) this.skip(); // The desktop runner cannot read a webview's scroll position.
    await openWorkspaceFile('create-lead.webhook');
    const first = await run('previewRenderedRequest', { user: LONG });
    assert.ok(first, 'a preview');
    const scrolled = await harness<Scroll>('scrollResultView', { title: first.title });
    assert.ok(scrolled.top > 0 && scrolled.height > scrolled.view * 2, `the first result scrolls: ${JSON.stringify(scrolled)}`);
    // A long result again (Salesforce refuses the 12000-character FirstName): were the old scroll position kept, it would show.
    const second = await run('sendTestRequest', { user: LONG });
    assert.equal(second?.status, 400, second?.title);
    const now = await harness<Scroll>('resultViewScroll', { title: second!.title });
    assert.ok(now.height > now.view * 2, `the second result is long: ${JSON.stringify(now)}`);
    assert.equal(now.top, 0, `the second result opened scrolled to ${now.top}`);
  });

  test('a preview says the webhook WOULD be sent, and when the rendered body is not valid JSON, with where', async () => {
    // Braze's recipe writes no json_escape: a quote in the last name breaks the body.
    const preview = await run('previewRenderedRequest', { user: { external_id: 'q-1', first_name: 'Liam', last_name: 'O"Brien', email: 'liam@example.com', custom_attributes: { company: 'Q' } } });
    assert.ok(preview);
    assert.match(preview.warnings[0] ?? '', /^The rendered body is not valid JSON: .* at line 3, column 18\. Salesforce answers such a body with 400 JSON_PARSER_ERROR\.$/);
    assert.ok(preview.notes.some((n) => n.startsWith('webhook would be sent to ')), JSON.stringify(preview.notes));
    assert.ok(!preview.notes.some((n) => n.startsWith('webhook sent to ')), JSON.stringify(preview.notes));
    assert.deepEqual((await run('previewRenderedRequest', { userFile: 'jane.json' }))?.warnings, []);
  });

  test('Fill In Placeholder is in the command palette and asks which placeholder first', async () => {
    assert.deepEqual(pkg.contributes.menus.commandPalette.find((m) => m.command === 'brazeWebhooks.fillPlaceholder'), { command: 'brazeWebhooks.fillPlaceholder', when: 'editorLangId == braze-webhook' });
    const text = (await vscode.workspace.openTextDocument(workspaceFile('broken.webhook'))).getText();
    const editor = await openUntitled(text);
    const offered: string[][] = [];
    restore.push(
      answerQuickPicks((label) => label === '[insert_instance_name]', offered),
      stubWindow('showInputBox', async () => 'acme'),
    );
    await vscode.commands.executeCommand('brazeWebhooks.fillPlaceholder');
    assert.deepEqual(offered, [['[insert_instance_name]', '[insert_client_id]', '[insert_client_secret]']]);
    assert.equal(editor.document.getText(), text.split('[insert_instance_name]').join('acme'));
  });

  test('Copy for Braze Composer warns before copying a value that still holds [insert_...]', async () => {
    const document = await openWorkspaceFile('create-lead.webhook');
    const authorization = composerFields(composerView(document.getText())).find((f) => f.label === 'Value of Authorization')!;
    await vscode.env.clipboard.writeText('before');
    assert.equal(await vscode.commands.executeCommand('brazeWebhooks.copyForComposer', { copy: authorization.id }), undefined);
    assert.deepEqual(warnings, [
      'Value of Authorization still holds [insert_instance_name], [insert_client_id], [insert_client_secret]: Braze would send them as written and the call fails. Fill them in first (in Braze, a secret belongs in a Content Block).',
    ]);
    assert.equal(await vscode.env.clipboard.readText(), 'before', 'not copied');
    warningAnswer = 'Copy Anyway';
    assert.equal((await vscode.commands.executeCommand<{ id: string }>('brazeWebhooks.copyForComposer', { copy: authorization.id }))?.id, authorization.id);
    assert.equal(await vscode.env.clipboard.readText(), authorization.value);
    // A value without a placeholder is copied at once.
    warnings = [];
    const type = composerFields(composerView(document.getText())).find((f) => f.label === 'Value of Content-Type')!;
    await vscode.commands.executeCommand('brazeWebhooks.copyForComposer', { copy: type.id });
    assert.deepEqual(warnings, []);
    assert.equal(await vscode.env.clipboard.readText(), 'application/json');
  });

  test('DandbCompanyId is the Lead\'s API name: no letter-case hint for it, one for DandBCompanyId', async () => {
    const editor = await openUntitled('POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/\nContent-Type: application/json\n\n{"LastName": "Doe", "Company": "Acme", "DandbCompanyId": "06E000000000001", "DandBCompanyId": "06E000000000001"}\n');
    // Found by its words, not its code: the field checks are being made object-aware (their codes may change).
    const about = (key: string) => (d: vscode.Diagnostic) => d.message.startsWith(`"${key}" `);
    const diagnostics = await waitFor('the letter-case hint on DandBCompanyId', 20_000, () => {
      const found = vscode.languages.getDiagnostics(editor.document.uri);
      return found.some(about('DandBCompanyId')) ? found : undefined;
    });
    assert.deepEqual(diagnostics.filter(about('DandBCompanyId')).map((d) => d.message), ['"DandBCompanyId" matches the Lead field DandbCompanyId only in letter case: Salesforce accepts it; write "DandbCompanyId" to match the API name']);
    assert.deepEqual(diagnostics.filter(about('DandbCompanyId')).map((d) => d.message), []);
  });

  test('Send Test Request has ctrl+alt+r (cmd+alt+r) in a .webhook editor, which no default keybinding takes there', async () => {
    assert.deepEqual(pkg.contributes.keybindings, [{ command: 'brazeWebhooks.sendTestRequest', key: 'ctrl+alt+r', mac: 'cmd+alt+r', when: 'editorTextFocus && editorLangId == braze-webhook' }]);
    await vscode.commands.executeCommand('workbench.action.openDefaultKeybindingsFile');
    // The file is JSON with comments, one binding per object: key, command, then when.
    const text = vscode.window.activeTextEditor?.document.getText() ?? '';
    const defaults = [...text.matchAll(/\{\s*"key":\s*"([^"]+)",\s*"command":\s*"([^"]+)"(?:,\s*"when":\s*"((?:[^"\\]|\\.)*)")?/g)].map(([, key, command, when]) => ({ key, command, when }));
    assert.ok(defaults.length > 100, 'the default keybindings');
    const same = defaults.filter((k) => k.key === 'ctrl+alt+r' && k.command !== 'brazeWebhooks.sendTestRequest');
    // Found in VS Code 1.100.3 (code-server, Linux): the terminal's Run Recent Command and Send Sequence, both when
    // terminalFocus. Desktop VS Code adds revealFileInOS (ctrl+alt+r on Linux, cmd+alt+r on macOS) when !editorFocus.
    assert.ok(same.some((k) => k.command === 'workbench.action.terminal.runRecentCommand'), JSON.stringify(same));
    for (const k of same) assert.match(k.when ?? '', /!editorFocus|!editorTextFocus|terminalFocus/, `${k.command} takes ctrl+alt+r when ${k.when ?? 'always'}`);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
