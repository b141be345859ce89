/**
 * "Forget Placeholder Values": removes the values the send commands keep in SecretStorage for the
 * active template's placeholders (in its workspace folder), e.g. after a wrong consumer secret;
 * the next send asks again.
 */
import { l10n, window, type ExtensionContext } from 'vscode';
import { parseWebhook } from '../../../server/src/syntax';
import { placeholdersOf } from '../../../server/src/send';
import { placeholderSecretKey } from '../templates/placeholder-secrets';
import { folderOf } from './folder';
import { forgetPlaceholderValues } from './placeholder-values';
import { templateDocument } from './send-test-request';

export async function forgetPlaceholders(context: ExtensionContext, target?: unknown): Promise<number> {
  const document = await templateDocument(target, l10n.t('Forget Stored Placeholder Values'));
  if (!document) return 0;
  const folder = folderOf(document.uri)?.uri.toString();
  const stored: string[] = [];
  for (const name of placeholdersOf(parseWebhook(document.getText()))) if ((await context.secrets.get(placeholderSecretKey(folder, `[${name}]`))) !== undefined) stored.push(name);
  if (stored.length === 0) {
    void window.showInformationMessage(l10n.t('No placeholder value of this template is stored.'));
    return 0;
  }
  const picks = await window.showQuickPick(
    stored.map((name) => ({ label: `[${name}]`, name, picked: true })),
    { title: l10n.t('Forget which stored values?'), canPickMany: true, placeHolder: l10n.t('The next send asks for them again.') },
  );
  if (!picks?.length) return 0;
  const n = await forgetPlaceholderValues(context, folder, picks.map((p) => p.name));
  void window.showInformationMessage(n === 1 ? l10n.t('Forgot 1 stored value: the next send asks again.') : l10n.t('Forgot {0} stored values: the next send asks again.', n));
  return n;
}
