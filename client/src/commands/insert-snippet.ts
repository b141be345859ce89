import { l10n, SnippetString, Uri, window, workspace, type ExtensionContext, type QuickPickItem } from 'vscode';
import { readSnippetFile, type SnippetItem } from '../templates/snippet-file';
import { openUntitledWebhook } from './template-editor';

/** The snippet file the extension contributes for `braze-webhook`. */
export const SNIPPET_FILE = 'snippets/braze-webhook.json';

interface SnippetPick extends QuickPickItem {
  snippet: SnippetItem;
}

/** "Insert Webhook Snippet...": a quick pick of the contributed snippets, inserted at the cursor. */
export async function insertWebhookSnippet(context: ExtensionContext): Promise<void> {
  const bytes = await workspace.fs.readFile(Uri.joinPath(context.extensionUri, SNIPPET_FILE));
  const items: SnippetPick[] = readSnippetFile(new TextDecoder().decode(bytes)).map((s) => ({
    label: s.name,
    description: s.prefixes[0],
    detail: s.description,
    snippet: s,
  }));
  const picked = await window.showQuickPick(items, { title: l10n.t('Insert Webhook Snippet'), placeHolder: l10n.t('A snippet to insert at the cursor'), matchOnDescription: true, matchOnDetail: true });
  if (!picked) return;
  const editor = window.activeTextEditor ?? (await openUntitledWebhook());
  await editor.insertSnippet(new SnippetString(picked.snippet.body));
}
