/**
 * Asks before a send goes to a production org (see production-hosts.ts for what counts), unless
 * `brazeWebhooks.send.confirmProduction` is false. Asked before anything is sent, the token call
 * included.
 */
import { window } from 'vscode';
import { confirmationMessage, needingConfirmation, type Destination } from './production-hosts';
import type { SendSettings } from './settings';

const SEND = 'Send';

export async function confirmDestinations(destinations: readonly Destination[], settings: SendSettings): Promise<boolean> {
  if (!settings.confirmProduction) return true;
  const need = needingConfirmation(destinations);
  if (need.length === 0) return true;
  const answer = await window.showWarningMessage(
    confirmationMessage(need, false),
    { modal: true, detail: 'Send test requests to a sandbox when you can. To stop this question, set "brazeWebhooks.send.confirmProduction" to false.' },
    SEND,
  );
  return answer === SEND;
}
