/**
 * Which value of the token call is probably wrong when Salesforce refuses it: `invalid_client`
 * (the consumer secret), `invalid_client_id` (the consumer key), `invalid_grant` "request not
 * supported on this domain" (the instance: the token call went to a host that is not the org's
 * My Domain) or about the client credentials user (the connected app's Run As user, a setting of
 * the org, not a value kept here). The placeholder is named only when the field that holds the
 * token call uses it, so the view can offer to forget that stored value and ask for it again.
 * Sources: Salesforce Help, "OAuth 2.0 flow errors"; the explanations of
 * server/src/send/explain.ts. Pure: no vscode.
 */
import { placeholderNames } from '../../../server/src/core';
import type { ConnectedContentCall } from '../../../server/src/send';
import type { WebhookDocument } from '../../../server/src/syntax';
import { l10n } from '../l10n';

export interface CredentialProblem {
  /** The OAuth error: `invalid_client`. */
  code: string;
  /** In plain words: `the consumer secret`. */
  what: string;
  /** The placeholder that holds it, as written: `[insert_client_secret]`; absent when no placeholder of the template does. */
  placeholder?: string;
}

interface Suspect {
  code: string;
  description?: RegExp;
  what: () => string;
  placeholder?: string;
  /** What to say when the field does not use the placeholder (the value is written in the template). */
  written?: () => string;
}

const SUSPECTS: readonly Suspect[] = [
  { code: 'invalid_client', what: () => l10n.t('the consumer secret'), placeholder: 'insert_client_secret' },
  { code: 'invalid_client_id', what: () => l10n.t('the consumer key'), placeholder: 'insert_client_id' },
  {
    code: 'invalid_grant',
    description: /not supported on this domain/i,
    what: () => l10n.t('the instance (My Domain name)'),
    placeholder: 'insert_instance_name',
    written: () => l10n.t("the token URL's host (the org's My Domain host, not login.salesforce.com or test.salesforce.com)"),
  },
  { code: 'invalid_grant', description: /client credentials user|run ?as/i, what: () => l10n.t("the connected app's Run As user (Setup > App Manager > the app > Manage > Edit Policies)") },
  { code: 'invalid_grant', what: () => l10n.t("the connected app's client credentials set-up (Enable Client Credentials Flow, an active Run As user)") },
];

/** The placeholder names of each field, by the engine's field label (`URL`, `header Authorization`, `body`). */
export function fieldPlaceholders(doc: WebhookDocument): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  if (doc.requestLine?.url) fields.URL = placeholderNames([doc.requestLine.url.text]);
  for (const h of doc.headers) fields[`header ${h.name.text}`] = placeholderNames([h.value.text]);
  if (doc.body) fields.body = placeholderNames([doc.body.text]);
  return fields;
}

/** The first refused token call's suspect, or undefined. `fields`: `fieldPlaceholders` of the template. */
export function credentialProblem(calls: readonly ConnectedContentCall[], fields: Readonly<Record<string, readonly string[]>>): CredentialProblem | undefined {
  for (const c of calls) {
    const answer = oauthError(c.responseText);
    if (!answer) continue;
    const s = SUSPECTS.find((x) => x.code === answer.error && (!x.description || x.description.test(answer.description)));
    if (!s) continue;
    if (s.placeholder && (fields[c.field] ?? []).includes(s.placeholder)) return { code: s.code, what: s.what(), placeholder: `[${s.placeholder}]` };
    return { code: s.code, what: (s.written ?? s.what)() };
  }
  return undefined;
}

function oauthError(text: string | undefined): { error: string; description: string } | undefined {
  if (!text) return undefined;
  try {
    const json = JSON.parse(text) as unknown;
    if (json === null || typeof json !== 'object' || typeof (json as { error?: unknown }).error !== 'string') return undefined;
    const { error, error_description: description } = json as { error: string; error_description?: unknown };
    return { error, description: typeof description === 'string' ? description : '' };
  } catch {
    return undefined;
  }
}

/** The headline: what is probably wrong, before what the webhook then answered. */
export function credentialTitle(p: CredentialProblem, stored: boolean, then: string): string {
  const value = !p.placeholder ? p.what : stored ? l10n.t('{0} stored for {1}', p.what, p.placeholder) : l10n.t('{0} given for {1}', p.what, p.placeholder);
  return `${l10n.t('Token refused ({0}): {1} is probably wrong.', p.code, value)} ${then}`;
}
