/**
 * Where a send will go, known BEFORE anything is sent (the token call included): the hosts of the
 * request URL and of each `connected_content` URL of the parse tree (the send engine's
 * `plannedCalls`), with the placeholders filled in and the instance override applied, each read
 * by the core's URL reader (the host fetch will reach) and classified with the knowledge's
 * `classifyHost`. A host that belongs to a
 * Salesforce org other than a sandbox, scratch or Developer Edition org (production, but also
 * patch/demo/Trailhead partitions, login and UI hosts), or a host written in Liquid (unknown until
 * rendered; Liquid after the host leaves it known), needs the user's confirmation. Loopback hosts (the stand-in) and hosts that are not
 * Salesforce's do not. A URL the renderer will refuse (its host hidden behind another, or out of
 * the override's reach) carries why: nothing is sent, so nothing is asked. Pure: no vscode.
 */
import { checkDestination, classifyHost, hostDecidingText, isLoopbackHost, type HostClassification } from '../../../server/src/core';
import type { WebhookDocument } from '../../../server/src/syntax';
import { plannedCalls } from '../../../server/src/send';
import { l10n } from '../l10n';

export type DestinationKind = 'loopback' | 'sandbox' | 'scratch' | 'developer' | 'production' | 'other-salesforce' | 'not-salesforce' | 'unknown';

export interface Destination {
  /** `the webhook URL`, `the connected_content call in the header Authorization`. */
  what: string;
  /** The host the request goes to (after the override), or the URL text when it is not known before rendering. */
  host: string;
  kind: DestinationKind;
  /** True when the user must confirm before anything is sent. */
  needsConfirmation: boolean;
  /** Why the renderer refuses this URL before any call (then nothing is asked). */
  refused?: string;
}

const SAFE: ReadonlySet<DestinationKind> = new Set(['loopback', 'sandbox', 'scratch', 'developer', 'not-salesforce']);

/** Classifies one URL as written in the template (placeholders filled, Liquid possibly left). */
export function classifyDestination(what: string, urlText: string, override?: string): Destination {
  const text = urlText.trim();
  const unknown: Destination = { what, host: text.length > 120 ? `${text.slice(0, 120)}…` : text, kind: 'unknown', needsConfirmation: true };
  // Liquid after the host (a record id, an external id) leaves the host known.
  const decided = hostDecidingText(text);
  if (decided === undefined) return unknown;
  const check = checkDestination(decided, { instanceUrlOverride: override });
  // The host a request reaches: after the override; for a URL only the transport rule refuses (the sender says why), the host as read.
  const host = check.ok ? check.authority : check.host;
  if (host === undefined || host === '') return unknown;
  const refused = !check.ok && check.reason !== 'transport' ? check.message : undefined;
  if (isLoopbackHost(host.replace(/:\d+$/, ''))) return { what, host, kind: 'loopback', needsConfirmation: false, ...(refused ? { refused } : {}) };
  const kind = kindOf(classifyHost(host));
  return { what, host, kind, needsConfirmation: !refused && !SAFE.has(kind), ...(refused ? { refused } : {}) };
}

function kindOf(c: HostClassification): DestinationKind {
  switch (c.kind) {
    case 'sandbox':
    case 'scratch':
    case 'developer':
    case 'production':
    case 'not-salesforce':
      return c.kind;
    default:
      return 'other-salesforce';
  }
}

/** The destinations of a document: its URL and each connected_content URL, in file order. */
export function destinationsOf(doc: WebhookDocument, placeholders: Readonly<Record<string, string>>, override?: string): Destination[] {
  return plannedCalls(doc, placeholders).map((c) => classifyDestination(c.what, c.url, override));
}

/** The destinations that need a confirmation, one per host. */
export function needingConfirmation(destinations: readonly Destination[]): Destination[] {
  const seen = new Set<string>();
  return destinations.filter((d) => d.needsConfirmation && !seen.has(d.host) && seen.add(d.host));
}

/** The confirmation question, in plain words. */
export function confirmationMessage(destinations: readonly Destination[], dryRun: boolean): string {
  const hosts = destinations.map((d) => (d.kind === 'unknown' ? l10n.t('a host written in Liquid ({0})', d.host) : d.host)).join(', ');
  const effect = dryRun ? l10n.t('The token call is made; the webhook itself is not sent.') : l10n.t('A real record may be created or changed there.');
  const goesTo = destinations.some((d) => d.kind === 'production')
    ? l10n.t('This request goes to a production Salesforce org: {0}.', hosts)
    : destinations.every((d) => d.kind === 'unknown')
      ? l10n.t('This request goes to a host not known before rendering: {0}.', hosts)
      : l10n.t('This request goes to a Salesforce org that is not a sandbox, scratch or Developer Edition org: {0}.', hosts);
  return `${goesTo} ${effect} ${l10n.t('Send it?')}`;
}
