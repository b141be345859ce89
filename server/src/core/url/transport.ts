import { isLoopbackHost } from './loopback';

/**
 * Where requests may go:
 * - plain `http` only to loopback hosts (127.0.0.1, localhost, ::1) or hosts the caller allows;
 *   anything else must be `https`;
 * - `instanceUrlOverride` (e.g. `http://127.0.0.1:54321`, the local Salesforce stand-in) rewrites
 *   every `https://<anything>.my.salesforce.com/...` URL (the webhook URL and each Connected
 *   Content URL) to that origin, path and query kept. Tests and the demo use it; the template is
 *   not changed.
 */

/** Rewrites a My Domain URL to the override's origin; other URLs are returned unchanged. */
export function applyInstanceOverride(url: string, override: string | undefined): string {
  if (!override) return url;
  let u: URL;
  let o: URL;
  try {
    u = new URL(url);
    o = new URL(override);
  } catch {
    return url;
  }
  if (!u.hostname.toLowerCase().endsWith('.my.salesforce.com')) return url;
  const base = o.pathname.replace(/\/+$/, '');
  return `${o.origin}${base}${u.pathname}${u.search}`;
}

/** Why a URL may not be called, or undefined when it may. */
export function transportProblem(url: string, allowHttpHosts?: (host: string) => boolean): string | undefined {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return `${url} is not a valid URL`;
  }
  if (u.protocol === 'https:') return undefined;
  if (u.protocol === 'http:') {
    if (isLoopbackHost(u.hostname) || allowHttpHosts?.(u.hostname)) return undefined;
    return `${url} uses plain http: only https is allowed, except to this machine (127.0.0.1, localhost, ::1)`;
  }
  return `${url} is not an http(s) URL`;
}
