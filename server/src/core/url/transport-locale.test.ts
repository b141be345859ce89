// The refusals of transport.ts, override.ts and the reader's hidden host in each language: whole
// sentences from the server bundle, the URL, hosts and option names as written; English by default.
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { bundleFor, configureLocale, SUPPORTED_LOCALES } from '../l10n';
import { instanceOverrideMessage } from './override';
import { checkDestination, transportProblem } from './transport';

afterEach(() => {
  configureLocale('en');
});

const fill = (message: string, ...args: string[]) => message.replace(/\{(\d+)\}/g, (_, i: string) => args[Number(i)]);
const PLAIN_HTTP = '{0} uses plain http: only https is allowed, except to this machine (127.0.0.1, localhost, ::1)';
const READS_AS = 'the URL reads as going to {0}, but a request goes to {1} ("\\" counts as "/")';
const NOTHING_SENT = '{0}: nothing is sent';
const NOT_A_URL = '{0} is not a URL: "{1}" (e.g. http://127.0.0.1:8080 for the local stand-in)';

test('in English by default: the plain http refusal as the sender has always written it', () => {
  assert.equal(transportProblem('http://acme.my.salesforce.com/x'), fill(PLAIN_HTTP, 'http://acme.my.salesforce.com/x'));
  assert.equal(transportProblem('nope'), 'nope is not a valid URL');
});

for (const locale of SUPPORTED_LOCALES) {
  test(`${locale}: a plain http URL, a hidden host and a bad override are refused in that language`, () => {
    configureLocale(locale);
    const bundle = bundleFor(locale);
    const url = 'http://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/';
    const problem = transportProblem(url);
    assert.equal(problem, fill(bundle[PLAIN_HTTP], url));
    assert.notEqual(problem, fill(PLAIN_HTTP, url), 'not the English sentence');
    assert.ok(problem?.includes(url) && problem.includes('127.0.0.1, localhost, ::1'), problem);

    const hidden = checkDestination('https://collector.example\\@acme.my.salesforce.com/services/oauth2/token');
    assert.equal(hidden.ok, false);
    assert.equal(!hidden.ok && hidden.message, fill(bundle[NOTHING_SENT], fill(bundle[READS_AS], 'acme.my.salesforce.com', 'collector.example')));

    assert.equal(instanceOverrideMessage('--instance-url', 'nope', 'not-a-url'), fill(bundle[NOT_A_URL], '--instance-url', 'nope'));
    // Braze's own words for a URL it cannot read stay English.
    assert.equal(transportProblem('nope'), 'nope is not a valid URL');
  });
}
