/**
 * "Send Test Request | Preview" above the request line of each template, only in a trusted
 * workspace (the lenses appear when trust is granted).
 */
import { CodeLens, EventEmitter, l10n, languages, Range, workspace, type CodeLensProvider, type ExtensionContext, type TextDocument } from 'vscode';
import { parseWebhook } from '../../../server/src/syntax';
import { COMMANDS, LANGUAGE_ID } from '../commands/ids';

export function registerSendCodeLens(context: ExtensionContext): void {
  const changed = new EventEmitter<void>();
  const provider: CodeLensProvider = {
    onDidChangeCodeLenses: changed.event,
    provideCodeLenses(document: TextDocument): CodeLens[] {
      if (!workspace.isTrusted) return [];
      const requestLine = parseWebhook(document.getText()).requestLine;
      if (!requestLine) return [];
      const at = document.positionAt(requestLine.start);
      const range = new Range(at, at);
      return [
        new CodeLens(range, { title: `$(play) ${l10n.t('Send Test Request')}`, tooltip: l10n.t('Render for a test user and send it (Braze Webhooks)'), command: COMMANDS.sendTestRequest, arguments: [document.uri] }),
        new CodeLens(range, { title: `$(eye) ${l10n.t('Preview')}`, tooltip: l10n.t('Render for a test user without sending the webhook'), command: COMMANDS.previewRenderedRequest, arguments: [document.uri] }),
      ];
    },
  };
  context.subscriptions.push(changed, languages.registerCodeLensProvider({ language: LANGUAGE_ID }, provider), workspace.onDidGrantWorkspaceTrust(() => changed.fire()));
}
