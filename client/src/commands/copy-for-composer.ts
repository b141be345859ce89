import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import { ViewColumn, env, window, workspace, type Disposable, type ExtensionContext, type TextDocument, type WebviewPanel } from 'vscode';
import { composerFields, composerView, type ComposerField } from '../templates/composer-fields';
import { composerHtml, readComposerMessage } from '../templates/composer-html';
import { LANGUAGE_ID } from './ids';

const VIEW_TYPE = 'brazeWebhooks.composer';

/** The one composer view: it follows the template it was opened for as it is edited. */
let current: { panel: WebviewPanel; document: TextDocument; fields: ComposerField[] } | undefined;

/**
 * "Copy for Braze Composer": the active template as Braze's webhook composer takes it, in a
 * read-only webview beside the editor, with a copy button per box.
 */
export function copyForComposer(context: ExtensionContext): void {
  const document = window.activeTextEditor?.document;
  if ((!document || document.languageId !== LANGUAGE_ID) && current) {
    current.panel.reveal(ViewColumn.Beside, true);
    return;
  }
  if (!document || document.languageId !== LANGUAGE_ID) {
    void window.showInformationMessage('Open a Braze webhook template (.webhook) first.');
    return;
  }
  if (!current) {
    const panel = window.createWebviewPanel(VIEW_TYPE, 'Braze Composer', { viewColumn: ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, localResourceRoots: [], retainContextWhenHidden: false });
    const subscriptions: Disposable[] = [];
    current = { panel, document, fields: [] };
    subscriptions.push(
      panel.webview.onDidReceiveMessage(async (message: unknown) => {
        const field = current && readComposerMessage(message, current.fields);
        if (!field || !current) return;
        await env.clipboard.writeText(field.value);
        void current.panel.webview.postMessage({ type: 'copied', id: field.id });
        window.setStatusBarMessage(`Copied ${field.label} for Braze's composer`, 2500);
      }),
      workspace.onDidChangeTextDocument((e) => {
        if (current && e.document === current.document) renderSoon();
      }),
      workspace.onDidCloseTextDocument((d) => {
        if (current && d === current.document) current.panel.dispose();
      }),
    );
    panel.onDidDispose(() => {
      clearTimeout(timer);
      current = undefined;
      for (const s of subscriptions) s.dispose();
    }, undefined, context.subscriptions);
  } else {
    current.document = document;
    current.panel.reveal(ViewColumn.Beside, true);
  }
  render();
}

let timer: ReturnType<typeof setTimeout> | undefined;
/** Re-renders after typing pauses. */
function renderSoon(): void {
  clearTimeout(timer);
  timer = setTimeout(render, 300);
}

function render(): void {
  if (!current) return;
  const { document, panel } = current;
  const view = composerView(document.getText());
  current.fields = composerFields(view);
  const name = document.isUntitled ? document.uri.path : basename(document.uri.path);
  panel.title = `Braze Composer: ${name}`;
  panel.webview.html = composerHtml(view, current.fields, { nonce: randomBytes(18).toString('base64'), title: view.name ?? name });
}
