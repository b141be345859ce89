import assert from 'node:assert/strict';
import { test } from 'node:test';
import { applyInstanceOverride, instanceOverrideMessage, instanceOverrideProblem } from './override';
import { checkDestination } from './transport';

const STANDIN = 'http://127.0.0.1:4321';

test('the override takes every Salesforce host of a template: My Domain, sandbox, login, trailing dot, any case', () => {
  for (const url of [
    'https://acme.my.salesforce.com/services/oauth2/token',
    'https://acme.my.salesforce.com./services/oauth2/token',
    'https://ACME--UAT.Sandbox.my.salesforce.com/services/oauth2/token',
    'https://login.salesforce.com/services/oauth2/token',
    'https://test.salesforce.com/services/oauth2/token',
    'https://acme.lightning.force.com/services/oauth2/token',
  ]) {
    assert.deepEqual(applyInstanceOverride(url, STANDIN), { ok: true, url: `${STANDIN}/services/oauth2/token`, rewritten: true }, url);
  }
  assert.deepEqual(applyInstanceOverride('https://acme.my.salesforce.com/a?b=1', `${STANDIN}/org/`), { ok: true, url: `${STANDIN}/org/a?b=1`, rewritten: true }, 'path and query kept after the override path');
  assert.deepEqual(applyInstanceOverride('http://localhost:9/x', STANDIN), { ok: true, url: 'http://localhost:9/x', rewritten: false }, 'this machine stays contained');
});

test('a host the override cannot contain is refused, by name', () => {
  const r = applyInstanceOverride('https://collector.example/hook', STANDIN);
  assert.equal(r.ok, false);
  if (!r.ok) assert.match(r.message, /would not contain collector\.example/);
  assert.equal(applyInstanceOverride('https://acme.salesforce.com.evil.example/x', STANDIN).ok, false);
});

test('checkDestination: hidden host, override, transport, each with its reason', () => {
  const hidden = checkDestination('https://collector.example\\@acme.my.salesforce.com/services/oauth2/token', { instanceUrlOverride: STANDIN });
  assert.deepEqual(!hidden.ok && [hidden.reason, hidden.host], ['hidden', 'collector.example']);
  const out = checkDestination('https://collector.example/x', { instanceUrlOverride: STANDIN });
  assert.deepEqual(!out.ok && out.reason, 'override');
  const http = checkDestination('http://acme.my.salesforce.com/x');
  assert.deepEqual(!http.ok && [http.reason, http.host], ['transport', 'acme.my.salesforce.com']);
  const ok = checkDestination('https://acme.my.salesforce.com/x', { instanceUrlOverride: STANDIN });
  assert.deepEqual(ok.ok && [ok.url, ok.authority, ok.rewrittenFrom], [`${STANDIN}/x`, '127.0.0.1:4321', 'https://acme.my.salesforce.com/x']);
});

test('an override value: an http(s) origin, no credentials (not echoed), query or fragment', () => {
  assert.equal(instanceOverrideProblem('http://127.0.0.1:8080'), undefined);
  assert.equal(instanceOverrideProblem('https://standin.example/org'), undefined);
  const bad = ['127.0.0.1:5555', 'ftp://x', 'http://u:p@127.0.0.1', 'http://127.0.0.1/?a=b', 'nope'];
  assert.deepEqual(bad.map(instanceOverrideProblem), ['not-a-url', 'not-http', 'credentials', 'not-origin', 'not-a-url']);
  assert.equal(instanceOverrideMessage('--instance-url', 'http://u:p@127.0.0.1', 'credentials'), '--instance-url must not hold a user name or password');
  assert.equal(instanceOverrideMessage('--instance-url', 'nope', 'not-a-url'), '--instance-url is not a URL: "nope" (e.g. http://127.0.0.1:8080 for the local stand-in)');
});
