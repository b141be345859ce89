/// <reference types="vscode" />
// The commands of the "Braze Webhooks" category, run through VS Code with their questions answered
// by stubs of vscode.window.showInputBox/showQuickPick (the extension and the suite share the
// extension host's `vscode` object: see stubWindow in helpers.ts).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { addLeadToCampaignTemplate } from '../../../client/src/templates/campaign-member-template';
import { createContactTemplate, updateContactTemplate } from '../../../client/src/templates/contact-templates';
import { createLeadTemplate, updateLeadToMqlTemplate, upsertLeadTemplate } from '../../../client/src/templates/lead-templates';
import type { TemplateOptions } from '../../../client/src/templates/salesforce-request';
import { logTaskTemplate } from '../../../client/src/templates/task-template';
import type { BuiltTemplate } from '../../../client/src/templates/template-parts';
import { newestVersion } from '../../../server/src/core/knowledge';
import { EXTENSION_ID, closeActiveEditor, forgetStoredValues, openUntitled, openWorkspaceFile, snippetText, stubWindow, waitFor, workspaceFile } from './helpers';
import pkg from '../../../package.json';
import nls from '../../../package.nls.json';
import snippetFile from '../../../snippets/braze-webhook.json';

const COMPOSER_VIEW_TYPE = 'brazeWebhooks.composer';

/** What each stubbed question was asked, in order. */
let asked: string[] = [];
let restore: (() => void)[] = [];

/** Answers every input box with `answer(options)`. */
function answerInputBox(answer: (options: vscode.InputBoxOptions | undefined) => string | undefined): void {
  restore.push(
    stubWindow('showInputBox', async (options?: vscode.InputBoxOptions) => {
      asked.push(`input: ${options?.title ?? ''} / ${options?.prompt ?? ''}`);
      const value = answer(options);
      // The command's own check of the value must accept it.
      const problem = value === undefined ? undefined : await options?.validateInput?.(value);
      assert.ok(!problem, `the input box refused ${JSON.stringify(value)}: ${JSON.stringify(problem)}`);
      return value;
    }),
  );
}

/** Answers every quick pick with the item whose label (or the string) satisfies `pick`. */
function answerQuickPick(pick: (label: string) => boolean): void {
  restore.push(
    stubWindow('showQuickPick', (async (items: readonly (string | vscode.QuickPickItem)[] | Thenable<readonly (string | vscode.QuickPickItem)[]>, options?: vscode.QuickPickOptions) => {
      const list = await items;
      asked.push(`pick: ${options?.title ?? ''} [${list.map((i) => (typeof i === 'string' ? i : i.label)).join(' | ')}]`);
      const found = list.find((i) => pick(typeof i === 'string' ? i : i.label));
      assert.ok(found, `no item to pick among ${list.map((i) => (typeof i === 'string' ? i : i.label)).join(' | ')}`);
      return found;
    }) as unknown as typeof vscode.window.showQuickPick),
  );
}

/** Runs `command` and waits for an active editor other than the ones open before. */
async function runForNewEditor(command: string, ...args: unknown[]): Promise<vscode.TextEditor> {
  const before = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
  await vscode.commands.executeCommand(command, ...args);
  return waitFor(`a new editor after ${command}`, 10_000, () => {
    const editor = vscode.window.activeTextEditor;
    return editor && !before.has(editor.document.uri.toString()) ? editor : undefined;
  });
}

function composerTabs(): vscode.Tab[] {
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith(COMPOSER_VIEW_TYPE));
}

suite('commands', () => {
  setup(() => {
    asked = [];
    restore = [];
  });
  teardown(async () => {
    for (const r of restore.reverse()) r();
    for (const tab of composerTabs()) await vscode.window.tabGroups.close(tab);
    while (vscode.window.activeTextEditor?.document.isUntitled) await closeActiveEditor();
  });

  test('every command of package.json is registered by the installed extension, in the category "Braze Webhooks"', async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
    const registered = new Set(await vscode.commands.getCommands(true));
    const contributed = pkg.contributes.commands;
    assert.deepEqual(contributed.filter((c) => !registered.has(c.command)).map((c) => c.command), []);
    // The category is a %key% of package.nls.json (the manifest is localized).
    assert.deepEqual(contributed.filter((c) => nls[c.category.replace(/^%|%$/g, '') as keyof typeof nls] !== 'Braze Webhooks').map((c) => c.command), []);
  });

  test('New Create-Lead Template inserts the create template for the instance typed (acme)', async () => {
    answerInputBox(() => 'acme');
    const editor = await runForNewEditor('brazeWebhooks.newCreateLeadTemplate');
    assert.equal(editor.document.languageId, 'braze-webhook');
    assert.equal(editor.document.getText(), createLeadTemplate({ instance: 'acme' }).text, asked.join('\n'));
    assert.ok(editor.document.getText().includes('POST https://acme.my.salesforce.com/services/data/v'));
  });

  /** The template commands that ask only for the instance, and what they insert. */
  const V = newestVersion();
  const INSTANCE_ONLY: [command: string, build: (o: TemplateOptions) => BuiltTemplate, requestLine: string][] = [
    ['brazeWebhooks.newUpsertLeadTemplate', upsertLeadTemplate, `PATCH https://acme.my.salesforce.com/services/data/v${V}/sobjects/Lead/Braze_Id__c/{{\${user_id} | url_param_escape}}`],
    ['brazeWebhooks.newCreateContactTemplate', createContactTemplate, `POST https://acme.my.salesforce.com/services/data/v${V}/sobjects/Contact/`],
    ['brazeWebhooks.newUpdateContactTemplate', updateContactTemplate, `PATCH https://acme.my.salesforce.com/services/data/v${V}/sobjects/Contact/{{custom_attribute.\${salesforce_contact_id}}}`],
    ['brazeWebhooks.newAddLeadToCampaignTemplate', addLeadToCampaignTemplate, `POST https://acme.my.salesforce.com/services/data/v${V}/sobjects/CampaignMember/`],
    ['brazeWebhooks.newLogTaskTemplate', logTaskTemplate, `POST https://acme.my.salesforce.com/services/data/v${V}/sobjects/Task/`],
  ];
  for (const [command, build, requestLine] of INSTANCE_ONLY) {
    test(`${command} asks for the instance (acme), then inserts its template`, async () => {
      answerInputBox(() => 'acme');
      const editor = await runForNewEditor(command);
      assert.equal(editor.document.languageId, 'braze-webhook');
      assert.equal(editor.document.getText(), build({ instance: 'acme' }).text, asked.join('\n'));
      assert.ok(editor.document.getText().split('\n').includes(requestLine), editor.document.getText());
      assert.equal(asked.length, 1, asked.join('\n'));
    });
  }

  test('New Update-Lead-to-MQL Template inserts the update template for acme and Lead_Stage__c', async () => {
    // No Lead describe file in test/workspace: the field is asked with an input box (a quick pick when there is one).
    answerInputBox((o) => (/field/i.test(`${o?.prompt ?? ''}`) ? 'Lead_Stage__c' : 'acme'));
    answerQuickPick((label) => label === 'Lead_Stage__c');
    const editor = await runForNewEditor('brazeWebhooks.newUpdateLeadTemplate');
    assert.equal(editor.document.getText(), updateLeadToMqlTemplate({ instance: 'acme', field: 'Lead_Stage__c' }).text, asked.join('\n'));
    assert.ok(editor.document.getText().includes('PATCH https://acme.my.salesforce.com/'));
    assert.ok(editor.document.getText().includes('"Lead_Stage__c": "MQL"'));
    assert.equal(asked.length, 2, asked.join('\n'));
  });

  test('Insert Webhook Snippet inserts the snippet picked at the cursor', async () => {
    const name = 'Salesforce: Lead field';
    const body = (snippetFile as Record<string, { body: string | string[] }>)[name].body;
    answerQuickPick((label) => label === name);
    const editor = await openUntitled('{\n  ¦\n}\n');
    await vscode.commands.executeCommand('brazeWebhooks.insertSnippet');
    assert.equal(editor.document.getText(), `{\n  ${snippetText(Array.isArray(body) ? body.join('\n') : body)}\n}\n`);
  });

  test('Copy for Braze Composer opens the composer webview beside the template', async () => {
    await openWorkspaceFile('lead.webhook');
    await vscode.commands.executeCommand('brazeWebhooks.copyForComposer');
    const tab = await waitFor('the composer webview tab', 10_000, () => composerTabs()[0]);
    assert.match(tab.label, /Braze Composer/);
    await vscode.window.tabGroups.close(tab);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  test('Fill In Placeholder replaces every [insert_instance_name] with the value typed', async () => {
    const original = await vscode.workspace.openTextDocument(workspaceFile('broken.webhook'));
    const before = original.getText();
    assert.equal(before.split('[insert_instance_name]').length - 1, 2);
    const editor = await openUntitled(before);
    answerInputBox(() => 'acme');
    await vscode.commands.executeCommand('brazeWebhooks.fillPlaceholder', { placeholder: '[insert_instance_name]', secret: false });
    assert.equal(editor.document.getText(), before.split('[insert_instance_name]').join('acme'));
  });

  test('Fill In Placeholder keeps a secret in secret storage: the file is unchanged', async () => {
    const original = await vscode.workspace.openTextDocument(workspaceFile('broken.webhook'));
    const before = original.getText();
    const editor = await openUntitled(before);
    const version = editor.document.version;
    answerQuickPick((label) => /secret storage/i.test(label));
    answerInputBox(() => 's3cret-for-tests');
    const shown: string[] = [];
    restore.push(stubWindow('showInformationMessage', (async (message: string) => void shown.push(message)) as unknown as typeof vscode.window.showInformationMessage));
    await vscode.commands.executeCommand('brazeWebhooks.fillPlaceholder', { placeholder: '[insert_client_secret]', secret: true });
    assert.equal(editor.document.getText(), before);
    assert.equal(editor.document.version, version, 'the document was edited');
    assert.deepEqual(asked.map((a) => a.split(':')[0]), ['pick', 'input'], asked.join('\n'));
    assert.match(shown.join('\n'), /secret storage/);
    // Kept for the workspace's folder (an untitled template belongs to it): not for the sends of the suites after this one.
    await forgetStoredValues(workspaceFile('create-lead.webhook'));
  });
});
