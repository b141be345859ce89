/// <reference types="vscode" />
// The locale pass (run-extension-tests.mjs --locale=ko): code-server started with `--locale ko`,
// so VS Code's display language is Korean. What a Korean user sees of the extension: the manifest
// as VS Code localized it from package.nls.ko.json, the client's strings from
// l10n/bundle.l10n.ko.json (through vscode.l10n.t), and the language server's diagnostics in
// Korean (the language client sends the display language as initialize's `locale`).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import nlsKo from '../../../package.nls.ko.json';
import clientKo from '../../../l10n/bundle.l10n.ko.json';
import serverKo from '../../../l10n/server/bundle.l10n.ko.json';
import { codeOf, diagnosticsWithCodes, EXTENSION_ID, openWorkspaceFile, stubWindow, waitFor } from '../suite/helpers';

const LOCALE = 'ko';
/** The English message the server builds for a placeholder left in the template (server/src/language/checks/placeholder.ts). */
const PLACEHOLDER_MESSAGE = 'Placeholder "{0}" is still in the template: {1}; fill in {2}';

/** A regular expression that matches a message made from `template`, each `{n}` any text. */
function messagePattern(template: string): RegExp {
  return new RegExp(`^${template.split(/\{\d+\}/).map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.+')}$`, 's');
}

suite('Display language ko', () => {
  suiteSetup(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  });
  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('VS Code runs in Korean', () => {
    assert.equal(vscode.env.language, LOCALE);
  });

  test("the extension's manifest is localized from package.nls.ko.json: command titles, category, view name", () => {
    type Localized = string | { value: string; original: string };
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as { contributes: { commands: { command: string; title: Localized; category: Localized }[]; views: { explorer: { name: Localized }[] } } };
    // VS Code keeps a localized command title as { value, original } (the English for search).
    const text = (s: Localized | undefined) => (typeof s === 'object' ? s.value : s);
    const original = (s: Localized | undefined) => (typeof s === 'object' ? s.original : undefined);
    const send = manifest.contributes.commands.find((c) => c.command === 'brazeWebhooks.sendTestRequest');
    assert.equal(text(send?.title), nlsKo['command.sendTestRequest.title']);
    assert.equal(text(send?.title), '테스트 요청 보내기');
    assert.equal(original(send?.title), 'Send Test Request');
    const fetchSchema = manifest.contributes.commands.find((c) => c.command === 'brazeWebhooks.fetchSchema');
    assert.equal(text(fetchSchema?.title), nlsKo['command.fetchSchema.title']);
    assert.equal(text(manifest.contributes.views.explorer[0].name), nlsKo['view.history.name']);
    assert.ok(manifest.contributes.commands.every((c) => !text(c.title)?.startsWith('%')), 'a command title left as its %key%');
  });

  test("the walkthrough's pages are the Korean ones", () => {
    type Step = { id: string; media: { markdown?: string } };
    const walkthroughs = (vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as { contributes: { walkthroughs: { steps: Step[] }[] } }).contributes.walkthroughs;
    const pages = walkthroughs.flatMap((w) => w.steps.map((s) => s.media.markdown));
    assert.ok(pages.length >= 4);
    assert.ok(pages.every((p) => p?.startsWith('media/walkthrough/ko/')), pages.join(', '));
  });

  test("the client's strings come from l10n/bundle.l10n.ko.json: the CodeLens and a message", async () => {
    const document = await openWorkspaceFile('create-lead.webhook');
    const lenses = await waitFor('the Send Test Request CodeLens', 20_000, async () => {
      const found = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', document.uri);
      return found?.length ? found : undefined;
    });
    assert.deepEqual(lenses.map((l) => l.command?.title).sort(), [`$(eye) ${clientKo.Preview}`, `$(play) ${clientKo['Send Test Request']}`].sort());

    const shown: string[] = [];
    const restore = stubWindow('showInformationMessage', ((message: string) => {
      shown.push(message);
      return Promise.resolve(undefined);
    }) as typeof vscode.window.showInformationMessage);
    try {
      // No value of this template is stored in this pass: the command says so, in Korean.
      await vscode.commands.executeCommand('brazeWebhooks.forgetPlaceholderValues', document.uri);
    } finally {
      restore();
    }
    assert.deepEqual(shown, [clientKo['No placeholder value of this template is stored.']]);
  });

  test('the language server publishes the placeholder diagnostic in Korean', async () => {
    const document = await openWorkspaceFile('create-lead.webhook');
    const diagnostics = await diagnosticsWithCodes(document.uri, ['placeholder']);
    const clientId = diagnostics.find((d) => codeOf(d) === 'placeholder' && (d.message.includes('[insert_client_id]') || document.getText(d.range).includes('[insert_client_id]')));
    assert.ok(clientId, `no placeholder diagnostic on [insert_client_id]: ${diagnostics.map((d) => d.message).join(' | ')}`);
    const korean = (serverKo as Record<string, string>)[PLACEHOLDER_MESSAGE];
    assert.ok(korean, 'the server bundle translates the placeholder message');
    assert.match(clientId.message, messagePattern(korean));
    assert.doesNotMatch(clientId.message, messagePattern(PLACEHOLDER_MESSAGE));
    assert.ok(clientId.message.includes('[insert_client_id]'), clientId.message);
  });
});
