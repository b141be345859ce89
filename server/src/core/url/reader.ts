/**
 * THE reading of a URL: the host a request reaches, as Node's fetch reads the text (the WHATWG
 * `URL` parser). The checks, the production confirmation, the renderer, the sender and the send
 * log all ask this module, so what a user is shown is what is called.
 *
 * A URL can read as going to one host and go to another: `https://collector.example\@acme.my.salesforce.com/`
 * reads as `acme.my.salesforce.com` (the host after `@`), but fetch takes `\` for `/` and calls
 * `collector.example`. `hidden` says so, naming the real host; such a URL, and one with a user
 * name or password before `@`, is never sent. Letter case, a trailing dot, percent-escapes and
 * IDN spellings are not a disagreement: every reader gets the one normalised host.
 */
import { t } from '../l10n';

export interface UrlReading {
  /** The URL as fetch reads it. */
  url: URL;
  /** The host a request reaches: lower case, no trailing dot, an IPv6 address in brackets. */
  host: string;
  /** The host with its port when one is given (`127.0.0.1:8787`). */
  authority: string;
  /** Why the host the text shows is not the host reached (a user name or password counts): a sentence naming the real host, in the configured language. */
  hidden?: string;
}

/** The host a URL is written with, read the plain way: after `scheme://` and any `user@`, up to `/`, `?`, `#` or the port. */
function writtenHost(text: string): string | undefined {
  const m = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/([^/?#]*)/.exec(text.trim());
  return m?.[1].slice(m[1].lastIndexOf('@') + 1).replace(/:\d*$/, '');
}

/** A host name as the reader compares it: lower case, without a trailing dot. */
function normalHost(hostname: string): string {
  return hostname.toLowerCase().replace(/\.$/, '');
}

/**
 * The part of a URL written with Liquid that decides its host: the text before the first `{{` or
 * `{%` when the authority has ended there (at `/`, `?`, `#`, or `\`, which fetch reads as `/`), so
 * `https://acme.my.salesforce.com/sobjects/Lead/{{${user_id}}}` is known to go to
 * `acme.my.salesforce.com`; undefined when Liquid may change the host. A URL without Liquid is
 * returned whole.
 */
export function hostDecidingText(text: string): string | undefined {
  const liquid = text.search(/\{\{|\{%/);
  if (liquid < 0) return text;
  const before = text.slice(0, liquid);
  return /^\s*[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#\\]*[/?#\\]/.test(before) ? before : undefined;
}

/** How fetch reads `text`; undefined when it is not a URL at all. */
export function readUrl(text: string): UrlReading | undefined {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    return undefined;
  }
  const host = normalHost(url.hostname);
  const reading: UrlReading = { url, host, authority: url.port ? `${host}:${url.port}` : host };
  const hidden = hiddenHost(text, url, host);
  if (hidden) reading.hidden = hidden;
  return reading;
}

function hiddenHost(text: string, url: URL, host: string): string | undefined {
  if (host === '') return undefined;
  if (url.username !== '' || url.password !== '') return t('the URL holds a user name or password before "@" (the request would go to {0})', host);
  const written = writtenHost(text);
  if (written !== undefined && canonicalHost(written) === host) return undefined;
  if (!written) return t('the URL does not spell its host after "scheme://", and a request goes to {0}', host);
  return text.includes('\\')
    ? t('the URL reads as going to {0}, but a request goes to {1} ("\\" counts as "/")', written, host)
    : t('the URL reads as going to {0}, but a request goes to {1}', written, host);
}

/** The written host as the parser would normalise it alone; undefined when it is not a host. */
function canonicalHost(written: string): string | undefined {
  try {
    return normalHost(new URL(`https://${written}/`).hostname);
  } catch {
    return undefined;
  }
}
