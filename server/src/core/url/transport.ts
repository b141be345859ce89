/**
 * Where a request may go, decided once for the webhook, each Connected Content call and the
 * client's own calls:
 * - the URL is read as fetch reads it (reader.ts); one whose shown host is not the host reached,
 *   or that holds a user name or password, is refused, naming the real host;
 * - the instance override is applied (override.ts), or the request is refused;
 * - plain `http` only to loopback hosts (127.0.0.1, localhost, ::1) or hosts the caller allows;
 *   anything else must be `https`.
 */
import { isLoopbackHost } from './loopback';
import { applyInstanceOverride } from './override';
import { readUrl } from './reader';
import { t } from '../l10n';

export interface DestinationOptions {
  instanceUrlOverride?: string;
  allowHttpHosts?: (host: string) => boolean;
}

export type DestinationCheck =
  | { ok: true; url: string; host: string; authority: string; /** The URL before the override rewrote it. */ rewrittenFrom?: string }
  | {
      ok: false;
      /** `hidden`: the host shown is not the host reached; `override`: the instance override cannot contain it; `transport`: not https (or plain http off this machine), or not a URL. */
      reason: 'hidden' | 'override' | 'transport';
      message: string;
      /** The host a request would have reached, when the URL reads. */
      host?: string;
      /** For `transport`: the URL after the override, which the sender refuses in its own words. */
      url?: string;
    };

/** Why a URL may not be called as it stands (no override applied), or undefined when it may. */
export function transportProblem(url: string, allowHttpHosts?: (host: string) => boolean): string | undefined {
  const reading = readUrl(url);
  // Braze's own words for a URL it cannot read (its Message Activity Log): English, as Braze writes them.
  if (!reading) return `${url} is not a valid URL`;
  if (reading.hidden) return `${reading.url.origin}: ${reading.hidden}`;
  const { protocol } = reading.url;
  if (protocol === 'https:') return undefined;
  if (protocol === 'http:') {
    if (isLoopbackHost(reading.host) || allowHttpHosts?.(reading.host)) return undefined;
    return t('{0} uses plain http: only https is allowed, except to this machine (127.0.0.1, localhost, ::1)', url);
  }
  return t('{0} is not an http(s) URL', url);
}

/** Where a URL really goes once the override is applied, or why it may not be called. */
export function checkDestination(url: string, options: DestinationOptions = {}): DestinationCheck {
  const written = readUrl(url);
  if (written?.hidden) return { ok: false, reason: 'hidden', message: t('{0}: nothing is sent', written.hidden), host: written.host };
  const over = applyInstanceOverride(url, options.instanceUrlOverride);
  if (!over.ok) return { ok: false, reason: 'override', message: over.message, host: written?.host };
  const problem = transportProblem(over.url, options.allowHttpHosts);
  const reading = readUrl(over.url);
  if (problem || !reading) return { ok: false, reason: 'transport', message: problem ?? `${over.url} is not a valid URL`, host: reading?.host, url: over.url };
  return { ok: true, url: over.url, host: reading.host, authority: reading.authority, ...(over.rewritten ? { rewrittenFrom: url } : {}) };
}
