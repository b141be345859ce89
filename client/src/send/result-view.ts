/**
 * The result view: ONE read-only webview beside the editor, showing the last send or preview (or
 * one picked from the history). A webview rather than a virtual document + Markdown preview: the
 * answer's text is shown escaped as it is (Markdown would interpret Salesforce's text and the JSON
 * bodies), the page has no script at all and a CSP that allows only its nonce'd inline style, and
 * the HTML comes from a pure function (result-html.ts) that unit tests read. Its links run only
 * the commands of `RESULT_VIEW_COMMANDS`.
 *
 * Each result gets a NEW panel, in the old one's place: VS Code keeps a webview's scroll position
 * when its HTML is replaced (the webview host scrolls the new page to where the old one was), so
 * a new status would open off-screen; a new panel opens at its top.
 */
import { randomBytes } from 'node:crypto';
import { l10n, ViewColumn, window, type ExtensionContext, type WebviewPanel } from 'vscode';
import { RESULT_VIEW_COMMANDS, resultHtml } from './result-html';
import type { ResultModel } from './result-model';

const VIEW_TYPE = 'brazeWebhooks.sendResult';

export class ResultView {
  private panel: WebviewPanel | undefined;

  constructor(private readonly context: ExtensionContext) {}

  show(model: ResultModel): void {
    const old = this.panel;
    const column = old?.viewColumn ?? ViewColumn.Beside;
    const panel = window.createWebviewPanel(VIEW_TYPE, title(model), { viewColumn: column, preserveFocus: true }, {
      enableScripts: false,
      enableForms: false,
      enableCommandUris: RESULT_VIEW_COMMANDS,
      localResourceRoots: [],
      retainContextWhenHidden: false,
    });
    panel.webview.html = resultHtml(model, { nonce: randomBytes(18).toString('base64') });
    panel.onDidDispose(() => {
      if (this.panel === panel) this.panel = undefined;
    }, undefined, this.context.subscriptions);
    this.panel = panel;
    old?.dispose();
  }
}

function title(model: ResultModel): string {
  const name = model.file.split('/').pop() ?? model.file;
  return model.kind === 'preview' ? l10n.t('Preview: {0}', name) : l10n.t('Result: {0}', name);
}
