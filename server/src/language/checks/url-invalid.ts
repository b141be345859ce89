import { requestUrl } from '../analysis/oauth';
import { isLoopbackHost, quoteSecretsShortly } from '../../core';
import { hostProblem, schemeProblem } from '../analysis/url';
import type { Check } from './types';

/** Ports Braze calls (its webhook and Connected Content pages allow only these). */
const BRAZE_PORTS = new Set(['80', '443']);

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
      if (scheme) report({ ...scheme, message: `URL "${shown}" is not absolute: write it as https://<your My Domain host>/services/data/...` });
      return;
    }
    if (scheme) {
      const message =
        url.scheme.text.toLowerCase() === 'http'
          ? `URL "${shown}" uses http://: Salesforce serves its API over https only; write https://`
          : `URL scheme "${url.scheme.text}" cannot be called by Braze: write https://`;
      report({ ...scheme, message });
    }
    const loopback = isLoopbackHost(url.hostKey);
    const host = url.host;
    if (host && url.hidden) report({ start: host.start, end: host.end, message: `URL "${shown}": ${url.hidden}` });
    if (host && !url.hostLiquid && url.hostKey !== undefined) {
      const problem = hostProblem(url.hostKey);
      if (problem) {
        report(
          host.text === ''
            ? { start: url.scheme.start, end: host.end, message: `URL "${shown}" has no host: write https://<your My Domain host>/...` }
            : { start: host.start, end: host.end, message: `Host "${host.text}" is not a valid host name: it ${problem}` },
        );
      }
    }
    if (url.port && !loopback && !BRAZE_PORTS.has(url.port.text)) {
      report({
        start: url.port.start - 1,
        end: url.port.end,
        message: `Port "${url.port.text || '(empty)'}" in "${shown}": Braze calls only ports 443 (https) and 80 (http); remove ":${url.port.text}"`,
        fixes: [{ title: `Remove ":${url.port.text}"`, edits: [{ start: url.port.start - 1, end: url.port.end, newText: '' }], preferred: true }],
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
          ? `"${after}" after the URL is not part of it: Braze takes the whole line after the method as the URL; remove it`
          : `The URL holds a blank before "${quoteSecretsShortly(after)}": a URL cannot hold blanks; remove it or write %20`,
        fixes: [
          httpVersion
            ? { title: `Remove " ${after}"`, edits: [{ start: blank.start, end: url.end, newText: '' }], preferred: true }
            : { title: 'Write the blank as %20', edits: [{ start: blank.start, end: blank.end, newText: '%20' }] },
        ],
      });
    }
  },
};
