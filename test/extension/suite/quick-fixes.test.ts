/// <reference types="vscode" />
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { LANGUAGE_ID, codeOf, diagnosticsWithCodes, workspaceFile } from './helpers';

/**
 * A quick fix the server should offer, and the text it should leave. Add one entry per fix as
 * the fixes land; the test below requests the code actions of each diagnostic either way.
 */
interface QuickFixCase {
  /** The diagnostic code the fix belongs to. */
  code: string;
  /** The fix's title, or a pattern for it. */
  title: string | RegExp;
  /** The whole document must contain this after the fix is applied. */
  expectAfter: string;
  /** The file of test/workspace/ the untitled copy is made of; default broken.webhook. */
  file?: string;
  /** The fix must be the preferred one (the one VS Code's "Auto Fix" applies). */
  preferred?: boolean;
  /** The text the document must have after the fix, given as a change of the original: [this, by that] (exactly once). */
  replace?: [string, string];
}

const QUICK_FIXES: QuickFixCase[] = [
  // e.g. { code: 'header-syntax', title: /Insert ":"/, expectAfter: 'Content-Type: application/json' },
  // The Spanish page's translated body key and header name (test/workspace/translated.webhook).
  {
    code: 'field-unknown',
    title: 'Change the key to "LastName"',
    expectAfter: '"LastName": "{{${last_name} | json_escape}}"',
    file: 'translated.webhook',
    preferred: true,
    replace: ['"apellido":', '"LastName":'],
  },
  {
    code: 'header-syntax',
    title: 'Rename to "Authorization"',
    expectAfter: 'Authorization: Bearer {{result.access_token}}',
    file: 'translated.webhook',
    preferred: true,
    replace: ['Autorización:', 'Authorization:'],
  },
  // The first value of broken.webhook without json_escape.
  {
    code: 'json-escape',
    title: 'Add | json_escape',
    expectAfter: '"firstName": "{{${first_name} | json_escape}}"',
    preferred: true,
    replace: ['{{${first_name}}}', '{{${first_name} | json_escape}}'],
  },
];

async function codeActionsAt(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', uri, range);
  assert.ok(Array.isArray(actions), 'the code action provider answered no array');
  return actions.filter((a): a is vscode.CodeAction => !('command' in a && typeof a.command === 'string'));
}

suite('quick fixes', () => {
  test('quick fixes: code actions are requested for each diagnostic of broken.webhook without error', async () => {
    const uri = workspaceFile('broken.webhook');
    await vscode.workspace.openTextDocument(uri);
    const diagnostics = await diagnosticsWithCodes(uri, ['header-syntax', 'liquid-syntax']);
    for (const diagnostic of diagnostics) {
      const actions = await codeActionsAt(uri, diagnostic.range);
      for (const action of actions) assert.equal(typeof action.title, 'string', `${codeOf(diagnostic)}: an action without a title`);
    }
  });

  for (const fix of QUICK_FIXES) {
    test(`quick fix for ${fix.code}: ${String(fix.title)}`, async () => {
      // A copy of broken.webhook in an untitled editor, so the workspace file is never changed.
      const original = await vscode.workspace.openTextDocument(workspaceFile(fix.file ?? 'broken.webhook'));
      const document = await vscode.workspace.openTextDocument({ language: LANGUAGE_ID, content: original.getText() });
      await vscode.window.showTextDocument(document);
      const [diagnostic] = (await diagnosticsWithCodes(document.uri, [fix.code])).filter((d) => codeOf(d) === fix.code);
      const actions = await codeActionsAt(document.uri, diagnostic.range);
      const action = actions.find((a) => (typeof fix.title === 'string' ? a.title === fix.title : fix.title.test(a.title)));
      assert.ok(action, `no fix ${String(fix.title)} among: ${actions.map((a) => a.title).join(' | ')}`);
      if (fix.preferred) assert.equal(action.isPreferred, true, `${action.title} is not the preferred fix`);
      if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), 'the edit was not applied');
      if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
      assert.ok(document.getText().includes(fix.expectAfter), document.getText());
      if (fix.replace) {
        const [from, to] = fix.replace;
        const before = original.getText();
        assert.equal(before.split(from).length, 2, `"${from}" is not exactly once in ${fix.file ?? 'broken.webhook'}`);
        assert.equal(document.getText(), before.replace(from, to));
      }
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });
  }
});
