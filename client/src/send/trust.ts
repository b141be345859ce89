/**
 * Restricted Mode: in an untrusted workspace the send commands do nothing and say why, so no
 * request leaves it (its template and settings could send the credentials anywhere).
 */
import { commands, l10n, window, workspace } from 'vscode';

/** True when the workspace is trusted; otherwise tells the user why `what` is disabled. */
export function requireTrust(what: string): boolean {
  if (workspace.isTrusted) return true;
  const MANAGE = l10n.t('Manage Workspace Trust');
  void window
    .showWarningMessage(l10n.t('{0} is disabled in Restricted Mode: this workspace is not trusted, and its templates and settings decide where your Salesforce credentials are sent. Trust the workspace to use it.', what), MANAGE)
    .then((a) => (a === MANAGE ? commands.executeCommand('workbench.trust.manage') : undefined));
  return false;
}
