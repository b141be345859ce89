/**
 * The result view: ONE read-only webview beside the editor, showing the last send or preview.
 * A webview rather than a virtual document + Markdown preview: the answer's text is shown escaped
 * as it is (Markdown would interpret Salesforce's text and the JSON bodies), the page has no
 * script at all and a CSP that allows only its nonce'd inline style, and the HTML comes from a
 * pure function (result-html.ts) that unit tests read.
 */
import { randomBytes } from 'node:crypto';
import { ViewColumn, window, type ExtensionContext, type WebviewPanel } from 'vscode';
import { resultHtml } from './result-html';
import type { ResultModel } from './result-model';

const VIEW_TYPE = 'brazeWebhooks.sendResult';

export class ResultView {
  private panel: WebviewPanel | undefined;

  constructor(private readonly context: ExtensionContext) {}

  show(model: ResultModel): void {
    if (!this.panel) {
      this.panel = window.createWebviewPanel(VIEW_TYPE, 'Braze Webhook Result', { viewColumn: ViewColumn.Beside, preserveFocus: true }, { enableScripts: false, enableForms: false, localResourceRoots: [], retainContextWhenHidden: false });
      this.panel.onDidDispose(() => (this.panel = undefined), undefined, this.context.subscriptions);
    } else {
      this.panel.reveal(ViewColumn.Beside, true);
    }
    const name = model.file.split('/').pop() ?? model.file;
    this.panel.title = `${model.kind === 'preview' ? 'Preview' : 'Result'}: ${name}`;
    this.panel.webview.html = resultHtml(model, { nonce: randomBytes(18).toString('base64') });
  }
}
