import { test } from 'node:test';
import assert from 'node:assert/strict';
import { oauthTokenUrl } from './oauth-token-url';
import { applyFix, runCheck } from '../../../../test/support/check-test-helper';
import { template, TOKEN_CALL, validSamples } from '../../../../test/support/lead-samples';

const TOKEN = 'https://acme.my.salesforce.com/services/oauth2/token';
const withToken = (url: string): string => template({ auth: TOKEN_CALL.replace(TOKEN, url) });

test('oauth-token-url: My Domain token URLs raise nothing', () => {
  const texts = [
    ...validSamples(), template(),
    withToken('https://acme--uat.sandbox.my.salesforce.com/services/oauth2/token'),
    withToken('http://127.0.0.1:4010/services/oauth2/token'),
    withToken('https://{{custom_attribute.${sf_host}}}/services/oauth2/token'),
    template({ auth: 'Bearer {{x}}' }),
    '',
  ];
  for (const text of texts) assert.deepEqual(runCheck(oauthTokenUrl, text), [], text);
});

test('oauth-token-url: login and test hosts refuse the flow; fix to the request host', () => {
  for (const host of ['login.salesforce.com', 'test.salesforce.com']) {
    const text = withToken(`https://${host}/services/oauth2/token`);
    const found = runCheck(oauthTokenUrl, text);
    assert.deepEqual(found.map((f) => [f.slice, f.message]), [[host, `Token host "${host}" refuses the client credentials flow ("request not supported on this domain"): use "acme.my.salesforce.com"`]]);
    assert.equal(applyFix(text, found[0].fixes![0]), template());
  }
  const setup = withToken('https://acme.my.salesforce-setup.com/services/oauth2/token');
  const [s] = runCheck(oauthTokenUrl, setup);
  assert.equal(s.message, 'Token host "acme.my.salesforce-setup.com" is not your org\'s API host, and Salesforce refuses the token request there: use "acme.my.salesforce.com"');
  assert.equal(applyFix(setup, s.fixes![0]), template());
  const noReq = template({ url: 'https://{{custom_attribute.${h}}}/services/data/v60.0/sobjects/Lead/', auth: TOKEN_CALL.replace(TOKEN, 'https://login.salesforce.com/services/oauth2/token') });
  const [n] = runCheck(oauthTokenUrl, noReq);
  assert.equal(n.message, 'Token host "login.salesforce.com" refuses the client credentials flow ("request not supported on this domain"): use your My Domain host (NAME.my.salesforce.com)');
  assert.equal(n.fixes, undefined);
});

test('oauth-token-url: a wrong path, scheme or port', () => {
  const path = withToken('https://acme.my.salesforce.com/services/oauth2/authorize');
  const [p] = runCheck(oauthTokenUrl, path);
  assert.deepEqual([p.slice, p.message], ['/services/oauth2/authorize', 'Token URL "https://acme.my.salesforce.com/services/oauth2/authorize" does not end with /services/oauth2/token: write https://acme.my.salesforce.com/services/oauth2/token']);
  assert.equal(applyFix(path, p.fixes![0]), template());
  const http = withToken('http://acme.my.salesforce.com/services/oauth2/token');
  const [h] = runCheck(oauthTokenUrl, http);
  assert.deepEqual([h.slice, h.message], ['http', 'Token URL "http://acme.my.salesforce.com/services/oauth2/token" does not use https: write https://']);
  assert.equal(applyFix(http, h.fixes![0]), template());
  const port = withToken('https://acme.my.salesforce.com:8443/services/oauth2/token');
  const [o] = runCheck(oauthTokenUrl, port);
  assert.deepEqual([o.slice, o.message], [':8443', 'Port "8443" in token URL "https://acme.my.salesforce.com:8443/services/oauth2/token": Braze calls only ports 443 and 80; remove ":8443"']);
  assert.equal(applyFix(port, o.fixes![0]), template());
  const rel = withToken('acme.my.salesforce.com/services/oauth2/token');
  const [r] = runCheck(oauthTokenUrl, rel);
  assert.deepEqual([r.slice, r.message], ['acme.my.salesforce.com/services/oauth2/token', 'Token URL "acme.my.salesforce.com/services/oauth2/token" is not absolute: write https://NAME.my.salesforce.com/services/oauth2/token']);
  assert.equal(applyFix(rel, r.fixes![0]), template());
});
