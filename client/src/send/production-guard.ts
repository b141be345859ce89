/**
 * Asks before a send goes to a production org (see production-hosts.ts for what counts), unless
 * `brazeWebhooks.send.confirmProduction` is false. Asked before anything is sent, the token call
 * included.
 */
import { l10n, window } from 'vscode';
import { confirmationMessage, needingConfirmation, type Destination } from './production-hosts';
import type { SendSettings } from './settings';

export async function confirmDestinations(destinations: readonly Destination[], settings: SendSettings): Promise<boolean> {
  if (!settings.confirmProduction) return true;
  const need = needingConfirmation(destinations);
  if (need.length === 0) return true;
  const SEND = l10n.t('Send');
  const answer = await window.showWarningMessage(
    confirmationMessage(need, false),
    { modal: true, detail: l10n.t('Send test requests to a sandbox when you can. To stop this question, set "brazeWebhooks.send.confirmProduction" to false.') },
    SEND,
  );
  return answer === SEND;
}
