import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import { ViewColumn, commands, env, l10n, window, workspace, type Disposable, type ExtensionContext, type TextDocument, type WebviewPanel } from 'vscode';
import { isSecretPlaceholder } from '../../../server/src/core';
import { composerFields, composerView, leftoverPlaceholders, leftoverWarning, type ComposerField } from '../templates/composer-fields';
import { composerHtml, readComposerMessage } from '../templates/composer-html';
import { COMMANDS, LANGUAGE_ID } from './ids';

const VIEW_TYPE = 'brazeWebhooks.composer';

/** The one composer view: it follows the template it was opened for as it is edited. */
let current: { panel: WebviewPanel; document: TextDocument; fields: ComposerField[] } | undefined;

/**
 * "Copy for Braze Composer": the active template as Braze's webhook composer takes it, in a
 * read-only webview beside the editor, with a copy button per box. A value that still holds an
 * `[insert_...]` placeholder is copied only after a warning says so. `{ copy: id }` copies the
 * box with that id at once (other extensions; the buttons do the same).
 */
export async function copyForComposer(context: ExtensionContext, args?: unknown): Promise<ComposerField | undefined> {
  const document = window.activeTextEditor?.document;
  if ((!document || document.languageId !== LANGUAGE_ID) && current) {
    current.panel.reveal(ViewColumn.Beside, true);
    return undefined;
  }
  if (!document || document.languageId !== LANGUAGE_ID) {
    void window.showInformationMessage(l10n.t('Open a Braze webhook template (.webhook) first.'));
    return undefined;
  }
  if (!current) {
    const panel = window.createWebviewPanel(VIEW_TYPE, l10n.t('Braze Composer'), { viewColumn: ViewColumn.Beside, preserveFocus: true }, { enableScripts: true, localResourceRoots: [], retainContextWhenHidden: false });
    const subscriptions: Disposable[] = [];
    current = { panel, document, fields: [] };
    subscriptions.push(
      panel.webview.onDidReceiveMessage(async (message: unknown) => {
        const field = current && readComposerMessage(message, current.fields);
        if (field) await copyField(field);
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
  const id = args !== null && typeof args === 'object' ? (args as { copy?: unknown }).copy : undefined;
  const field = typeof id === 'string' ? current?.fields.find((f) => f.id === id) : undefined;
  return field && (await copyField(field)) ? field : undefined;
}

/** Copies a box's value; one that still holds a placeholder only when the user says so. True when copied. */
async function copyField(field: ComposerField): Promise<boolean> {
  const warning = leftoverWarning(field);
  if (warning) {
    const COPY_ANYWAY = l10n.t('Copy Anyway');
    const FILL_IN = l10n.t('Fill In Placeholder');
    const answer = await window.showWarningMessage(warning, COPY_ANYWAY, FILL_IN);
    if (answer === FILL_IN && current) {
      const placeholder = leftoverPlaceholders(field.value)[0]!;
      await window.showTextDocument(current.document);
      await commands.executeCommand(COMMANDS.fillPlaceholder, { placeholder, secret: isSecretPlaceholder(placeholder) });
    }
    if (answer !== COPY_ANYWAY) return false;
  }
  await env.clipboard.writeText(field.value);
  void current?.panel.webview.postMessage({ type: 'copied', id: field.id });
  window.setStatusBarMessage(l10n.t("Copied {0} for Braze's composer", field.label), 2500);
  return true;
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
  panel.title = l10n.t('Braze Composer: {0}', name);
  panel.webview.html = composerHtml(view, current.fields, { nonce: randomBytes(18).toString('base64'), title: view.name ?? name });
}
