/**
 * What the status bar says for the active template: the test user it sends as, and the org it
 * goes to (the webhook URL's host with the stored placeholder values, and where the instance
 * override sends it instead). Pure: no vscode.
 */
import { fillPlaceholders, readUrl } from '../../../server/src/core';
import type { WebhookDocument } from '../../../server/src/syntax';
import { classifyDestination, type DestinationKind } from './production-hosts';
import type { UserChoice } from './test-user-picker';

export interface StatusText {
  text: string;
  tooltip: string;
}

export function userStatus(choice: UserChoice | undefined): StatusText {
  const what = !choice ? undefined : choice.kind === 'file' ? choice.label : choice.kind === 'random' ? 'random user' : choice.kind === 'generated' ? 'generated user' : 'custom user';
  const where = choice?.kind === 'file' ? ` (${choice.file})` : choice?.kind === 'document' ? ' (an untitled document)' : '';
  return {
    text: `$(person) ${what ?? 'no test user'}`,
    tooltip: what ? `Send Test Request sends this template as ${what}${where}. Click to pick another test user.` : 'No test user picked for this template yet: click to pick one (the first send asks too).',
  };
}

const KIND: Record<DestinationKind, string> = {
  loopback: 'this machine',
  sandbox: 'a sandbox',
  scratch: 'a scratch org',
  developer: 'a Developer Edition org',
  production: 'a production org',
  'other-salesforce': 'a Salesforce host',
  'not-salesforce': 'not a Salesforce host',
  unknown: 'a host written in Liquid',
};

/** `values`: the stored placeholder values, by name (nothing is asked for here). */
export function orgStatus(doc: WebhookDocument, values: Readonly<Record<string, string>>, override?: string): StatusText {
  const written = doc.requestLine?.url?.text ?? '';
  const filled = fillPlaceholders(written, values);
  if (filled.missing.length) {
    return { text: `$(cloud) ${filled.missing[0]} not set`, tooltip: `The org is not known yet: ${filled.missing.join(', ')} has no stored value (the first send asks for it). Click to enter one.` };
  }
  const host = /\{\{|\{%/.test(filled.text) ? undefined : readUrl(filled.text)?.authority;
  if (!host) return { text: '$(cloud) org in Liquid', tooltip: 'The webhook URL builds its host with Liquid: the org is known when it is rendered.' };
  const to = classifyDestination('the webhook URL', filled.text, override);
  const redirected = to.host !== host;
  return {
    text: `$(cloud) ${host}${redirected ? ` → ${to.host}` : ''}`,
    tooltip: `This template goes to ${host} (${KIND[classifyDestination('the webhook URL', filled.text).kind]})${redirected ? `, sent to ${to.host} instead by brazeWebhooks.instanceUrlOverride` : ''}. Click to switch the org.`,
  };
}
