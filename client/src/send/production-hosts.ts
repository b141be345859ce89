/**
 * Where a send will go, known BEFORE anything is sent (the token call included): the hosts of the
 * request URL and of each `connected_content` URL, with the placeholders filled in and the instance
 * override applied, each classified with the knowledge's `classifyHost`. A host that belongs to a
 * Salesforce org other than a sandbox, scratch or Developer Edition org (production, but also
 * patch/demo/Trailhead partitions, login and UI hosts), or a host written in Liquid (unknown until
 * rendered), needs the user's confirmation. Loopback hosts (the stand-in) and hosts that are not
 * Salesforce's do not. Pure: no vscode.
 */
import { classifyHost, type HostClassification } from '../../../server/src/core';
import type { WebhookDocument } from '../../../server/src/syntax';
import { applyInstanceOverride, fillPlaceholders, isLoopbackHost } from '../../../server/src/send';

export type DestinationKind = 'loopback' | 'sandbox' | 'scratch' | 'developer' | 'production' | 'other-salesforce' | 'not-salesforce' | 'unknown';

export interface Destination {
  /** `the webhook URL`, `the connected_content call in the header Authorization`. */
  what: string;
  /** The host the request goes to (after the override), or the URL text when it is not known before rendering. */
  host: string;
  kind: DestinationKind;
  /** True when the user must confirm before anything is sent. */
  needsConfirmation: boolean;
}

const SAFE: ReadonlySet<DestinationKind> = new Set(['loopback', 'sandbox', 'scratch', 'developer', 'not-salesforce']);

/** Classifies one URL as written in the template (placeholders filled, Liquid possibly left). */
export function classifyDestination(what: string, urlText: string, override?: string): Destination {
  const text = urlText.trim();
  const m = /^https?:\/\/([^/?#\s]*)/i.exec(text);
  const rawHost = m?.[1] ?? '';
  if (!m || rawHost === '' || /[{}[\]%]/.test(rawHost.replace(/^\[[0-9a-f:.]+\](:\d+)?$/i, ''))) {
    return { what, host: text.length > 120 ? `${text.slice(0, 120)}…` : text, kind: 'unknown', needsConfirmation: true };
  }
  let host = rawHost.replace(/^[^@]*@/, '');
  if (override) {
    const rewritten = applyInstanceOverride(`https://${host}/`, override);
    if (rewritten !== `https://${host}/`) host = new URL(rewritten).host;
  }
  const hostname = host.replace(/:\d+$/, '').replace(/^\[|\]$/g, '');
  if (isLoopbackHost(hostname)) return { what, host, kind: 'loopback', needsConfirmation: false };
  const kind = kindOf(classifyHost(hostname));
  return { what, host, kind, needsConfirmation: !SAFE.has(kind) };
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
  const out: Destination[] = [];
  const fill = (t: string) => fillPlaceholders(t, placeholders).text;
  if (doc.requestLine?.url) out.push(classifyDestination('the webhook URL', fill(doc.requestLine.url.text), override));
  const fields = [
    ...(doc.requestLine?.url ? [{ label: 'URL', field: doc.requestLine.url }] : []),
    ...doc.headers.map((h) => ({ label: `header ${h.name.text}`, field: h.value })),
    ...(doc.body ? [{ label: 'body', field: doc.body }] : []),
  ];
  for (const { label, field } of fields) {
    for (const node of field.liquid) {
      if (node.type !== 'tag' || !node.connectedContent?.url) continue;
      out.push(classifyDestination(`the connected_content call in the ${label}`, fill(node.connectedContent.url.text), override));
    }
  }
  return out;
}

/** The destinations that need a confirmation, one per host. */
export function needingConfirmation(destinations: readonly Destination[]): Destination[] {
  const seen = new Set<string>();
  return destinations.filter((d) => d.needsConfirmation && !seen.has(d.host) && seen.add(d.host));
}

/** The confirmation question, in plain words. */
export function confirmationMessage(destinations: readonly Destination[], dryRun: boolean): string {
  const hosts = destinations.map((d) => (d.kind === 'unknown' ? `a host written in Liquid (${d.host})` : d.host));
  const what = destinations.some((d) => d.kind === 'production') ? 'a production Salesforce org' : destinations.every((d) => d.kind === 'unknown') ? 'a host not known before rendering' : 'a Salesforce org that is not a sandbox, scratch or Developer Edition org';
  const effect = dryRun ? 'The token call is made; the webhook itself is not sent.' : 'A real Lead may be created or changed there.';
  return `This request goes to ${what}: ${hosts.join(', ')}. ${effect} Send it?`;
}
