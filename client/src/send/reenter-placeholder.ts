/**
 * "Forget and re-enter" for a token call Salesforce refused (the result view's link, the
 * notification's button): asks again for the stored value the result names as probably wrong
 * (the consumer secret for `invalid_client`...), replaces it, and sends (or previews) the same
 * template for the same test user again. Cancelling keeps the old value.
 */
import { l10n, Uri, window, type ExtensionContext } from 'vscode';
import { entryId } from '../history/history';
import { folderOf } from './folder';
import { reenterPlaceholderValue } from './placeholder-values';
import type { ResultModel } from './result-model';
import { resendEntry } from './send-test-request';
import { sendSession } from './session';

export async function reenterPlaceholder(context: ExtensionContext, target: unknown): Promise<ResultModel | undefined> {
  const id = entryId(target);
  const entry = id === undefined ? undefined : await sendSession(context).history.get(id);
  const placeholder = entry?.model.credential?.placeholder;
  if (!entry || !placeholder) {
    void window.showInformationMessage(l10n.t('That result names no stored value to enter again: use Braze Webhooks: Forget Stored Placeholder Values.'));
    return undefined;
  }
  const folder = folderOf(Uri.parse(entry.template));
  if (!(await reenterPlaceholderValue(context, folder?.uri.toString(), placeholder.slice(1, -1)))) return undefined;
  return resendEntry(context, entry);
}
