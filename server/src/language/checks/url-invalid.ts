import { requestUrl } from '../analysis/oauth';
import { isLoopbackHost, quoteSecretsShortly, t } from '../../core';
import { hostProblem, schemeProblem, type HostProblem } from '../analysis/url';
import type { Check } from './types';

/** Ports Braze calls (its webhook and Connected Content pages allow only these). */
const BRAZE_PORTS = new Set(['80', '443']);

/** The message for a host `hostProblem` refuses, one whole sentence per kind so that it can be translated. */
function invalidHostMessage(host: string, problem: HostProblem): string {
  switch (problem.kind) {
    case 'character':
      return t('Host "{0}" is not a valid host name: it holds "{1}", which a host name cannot hold', host, problem.character);
    case 'empty':
      return t('Host "{0}" is not a valid host name: it is empty', host);
    case 'too-long':
      return t('Host "{0}" is not a valid host name: it is longer than 253 characters', host);
    case 'empty-label':
      return t('Host "{0}" is not a valid host name: it has an empty label (two dots in a row, or a leading dot)', host);
    case 'long-label':
      return t('Host "{0}" is not a valid host name: it has a label longer than 63 characters', host);
    case 'hyphen-label':
      return t('Host "{0}" is not a valid host name: it has a label that starts or ends with a hyphen', host);
  }
}

export const urlInvalid: Check = {
  meta: {
    code: 'url-invalid',
    severity: 'error',
    summary: 'The request URL is not an absolute https:// URL with a valid host, or names a port other than 443 or 80.',
    docs:
      'Braze calls the webhook URL as written once Liquid is rendered: it must be absolute (`https://host/path`), its host a valid host ' +
      'name, and it may name only port 443 or 80 ("Only ports 80 (HTTP) and 443 (HTTPS) are allowed"). Salesforce serves its REST API ' +
      'over HTTPS only, so `http://` is an error except on `localhost`/`127.0.0.1`, where a local Salesforce stand-in may run (any port ' +
      'is accepted there). Liquid in the URL is set aside; documentation placeholders are left to the `placeholder` check. Source: Braze, ' +
      '"Creating a webhook" (https://www.braze.com/docs/user_guide/message_building_by_channel/webhooks/creating_a_webhook/).',
  },
  run({ doc, report }) {
    const url = requestUrl(doc);
    if (!url || /^\s*\{[{%]/.test(url.text)) return;
    const scheme = schemeProblem(url);
    // The URL as a diagnostic quotes it: a password or secret in it cut to its first characters.
    const shown = quoteSecretsShortly(url.text);
    if (!url.scheme) {
      if (scheme) report({ ...scheme, message: t('URL "{0}" is not absolute: write it as https://<your My Domain host>/services/data/...', shown) });
      return;
    }
    if (scheme) {
      const message =
        url.scheme.text.toLowerCase() === 'http'
          ? t('URL "{0}" uses http://: Salesforce serves its API over https only; write https://', shown)
          : t('URL scheme "{0}" cannot be called by Braze: write https://', url.scheme.text);
      report({ ...scheme, message });
    }
    const loopback = isLoopbackHost(url.hostKey);
    const host = url.host;
    if (host && url.hidden) report({ start: host.start, end: host.end, message: t('URL "{0}": {1}', shown, url.hidden) });
    if (host && !url.hostLiquid && url.hostKey !== undefined) {
      const problem = hostProblem(url.hostKey);
      if (problem) {
        report(
          host.text === ''
            ? { start: url.scheme.start, end: host.end, message: t('URL "{0}" has no host: write https://<your My Domain host>/...', shown) }
            : { start: host.start, end: host.end, message: invalidHostMessage(host.text, problem) },
        );
      }
    }
    if (url.port && !loopback && !BRAZE_PORTS.has(url.port.text)) {
      report({
        start: url.port.start - 1,
        end: url.port.end,
        message: t('Port "{0}" in "{1}": Braze calls only ports 443 (https) and 80 (http); remove "{2}"', url.port.text || t('(empty)'), shown, `:${url.port.text}`),
        fixes: [{ title: t('Remove "{0}"', `:${url.port.text}`), edits: [{ start: url.port.start - 1, end: url.port.end, newText: '' }], preferred: true }],
      });
    }
    for (const blank of url.blanks) {
      // The word after the blank, not the whole rest of the URL: a URL may hold thousands of blanks.
      let wordEnd = blank.end;
      while (wordEnd < url.end && !/\s/.test(doc.text[wordEnd])) wordEnd++;
      const after = doc.text.slice(blank.end, wordEnd);
      const httpVersion = wordEnd === url.end && /^HTTP\/\d(\.\d)?$/i.test(after);
      report({
        start: blank.start,
        end: httpVersion ? url.end : blank.end,
        message: httpVersion
          ? t('"{0}" after the URL is not part of it: Braze takes the whole line after the method as the URL; remove it', after)
          : t('The URL holds a blank before "{0}": a URL cannot hold blanks; remove it or write %20', quoteSecretsShortly(after)),
        fixes: [
          httpVersion
            ? { title: t('Remove "{0}"', ` ${after}`), edits: [{ start: blank.start, end: url.end, newText: '' }], preferred: true }
            : { title: t('Write the blank as %20'), edits: [{ start: blank.start, end: blank.end, newText: '%20' }] },
        ],
      });
    }
  },
};
