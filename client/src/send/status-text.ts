/**
 * What the status bar says for the active template: the test user it sends as, and the org it
 * goes to (the webhook URL's host with the stored placeholder values, and where the instance
 * override sends it instead). Pure: no vscode.
 */
import { fillPlaceholders, readUrl } from '../../../server/src/core';
import type { WebhookDocument } from '../../../server/src/syntax';
import { classifyDestination, type DestinationKind } from './production-hosts';
import type { UserChoice } from './test-user-picker';
import { l10n } from '../l10n';

export interface StatusText {
  text: string;
  tooltip: string;
}

export function userStatus(choice: UserChoice | undefined): StatusText {
  const what = !choice ? undefined : choice.kind === 'file' ? choice.label : choice.kind === 'random' ? l10n.t('random user') : choice.kind === 'generated' ? l10n.t('generated user') : l10n.t('custom user');
  const where = choice?.kind === 'file' ? ` (${choice.file})` : choice?.kind === 'document' ? ` (${l10n.t('an untitled document')})` : '';
  return {
    text: `$(person) ${what ?? l10n.t('no test user')}`,
    tooltip: what ? l10n.t('Send Test Request sends this template as {0}. Click to pick another test user.', `${what}${where}`) : l10n.t('No test user picked for this template yet: click to pick one (the first send asks too).'),
  };
}

const KIND: Record<DestinationKind, () => string> = {
  loopback: () => l10n.t('this machine'),
  sandbox: () => l10n.t('a sandbox'),
  scratch: () => l10n.t('a scratch org'),
  developer: () => l10n.t('a Developer Edition org'),
  production: () => l10n.t('a production org'),
  'other-salesforce': () => l10n.t('a Salesforce host'),
  'not-salesforce': () => l10n.t('not a Salesforce host'),
  unknown: () => l10n.t('a host written in Liquid'),
};

/** `values`: the stored placeholder values, by name (nothing is asked for here). */
export function orgStatus(doc: WebhookDocument, values: Readonly<Record<string, string>>, override?: string): StatusText {
  const written = doc.requestLine?.url?.text ?? '';
  const filled = fillPlaceholders(written, values);
  if (filled.missing.length) {
    return { text: `$(cloud) ${l10n.t('{0} not set', filled.missing[0])}`, tooltip: l10n.t('The org is not known yet: {0} has no stored value (the first send asks for it). Click to enter one.', filled.missing.join(', ')) };
  }
  const host = /\{\{|\{%/.test(filled.text) ? undefined : readUrl(filled.text)?.authority;
  if (!host) return { text: `$(cloud) ${l10n.t('org in Liquid')}`, tooltip: l10n.t('The webhook URL builds its host with Liquid: the org is known when it is rendered.') };
  const to = classifyDestination('the webhook URL', filled.text, override);
  const redirected = to.host !== host;
  return {
    text: `$(cloud) ${host}${redirected ? ` → ${to.host}` : ''}`,
    tooltip: redirected
      ? l10n.t('This template goes to {0} ({1}), sent to {2} instead by brazeWebhooks.instanceUrlOverride. Click to switch the org.', host, KIND[classifyDestination('the webhook URL', filled.text).kind](), to.host)
      : l10n.t('This template goes to {0} ({1}). Click to switch the org.', host, KIND[classifyDestination('the webhook URL', filled.text).kind]()),
  };
}
