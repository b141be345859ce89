import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { call, getToken, rawRequest, tokenRequest, withStandin } from '../../test/support/standin-test-support';

const DEMO = { grant_type: 'client_credentials', client_id: 'demo-client-id', client_secret: 'demo-client-secret' };

test('token: success answers Salesforce fields and no expires_in', () =>
  withStandin(async (s) => {
    const before = Date.now();
    const a = await tokenRequest(s, DEMO);
    assert.equal(a.status, 200);
    assert.match(a.headers.get('content-type') ?? '', /^application\/json/);
    const body = a.json as Record<string, string>;
    assert.deepEqual(Object.keys(body).sort(), ['access_token', 'id', 'instance_url', 'issued_at', 'scope', 'signature', 'token_type']);
    assert.equal('expires_in' in body, false);
    assert.equal(body.token_type, 'Bearer');
    assert.equal(body.scope, 'api');
    assert.equal(body.instance_url, s.url);
    assert.match(body.id, new RegExp(`^${s.url}/id/00D[A-Za-z0-9]{15}/005[A-Za-z0-9]{15}$`));
    assert.match(body.issued_at, /^\d{13}$/);
    assert.ok(Number(body.issued_at) >= before && Number(body.issued_at) <= Date.now());
    assert.ok(body.access_token.length >= 40);
    const expected = createHmac('sha256', 'demo-client-secret').update(body.id + body.issued_at).digest('base64');
    assert.equal(body.signature, expected);
    // Every token is new.
    const again = (await tokenRequest(s, DEMO)).json as Record<string, string>;
    assert.notEqual(again.access_token, body.access_token);
  }));

test('token: HTTP Basic client authentication is accepted', () =>
  withStandin(async (s) => {
    const basic = Buffer.from('demo-client-id:demo-client-secret').toString('base64');
    const a = await tokenRequest(s, { grant_type: 'client_credentials' }, { Authorization: `Basic ${basic}` });
    assert.equal(a.status, 200);
    assert.equal((a.json as { token_type: string }).token_type, 'Bearer');
  }));

test('token: unknown client id → 400 invalid_client_id', () =>
  withStandin(async (s) => {
    const a = await tokenRequest(s, { ...DEMO, client_id: 'nope' });
    assert.equal(a.status, 400);
    assert.deepEqual(a.json, { error: 'invalid_client_id', error_description: 'client identifier invalid' });
  }));

test('token: wrong secret → 400 invalid_client', () =>
  withStandin(async (s) => {
    const a = await tokenRequest(s, { ...DEMO, client_secret: 'wrong' });
    assert.equal(a.status, 400);
    assert.deepEqual(a.json, { error: 'invalid_client', error_description: 'invalid client credentials' });
  }));

test('token: other grant types → 400 unsupported_grant_type', () =>
  withStandin(async (s) => {
    const a = await tokenRequest(s, { ...DEMO, grant_type: 'password' });
    assert.equal(a.status, 400);
    assert.deepEqual(a.json, { error: 'unsupported_grant_type', error_description: 'grant type not supported' });
    const none = await tokenRequest(s, { client_id: 'demo-client-id', client_secret: 'demo-client-secret' });
    assert.equal((none.json as { error: string }).error, 'unsupported_grant_type');
  }));

test('token: the same fields as JSON are not read → 400 unsupported_grant_type', () =>
  withStandin(async (s) => {
    const a = await call(`${s.url}/services/oauth2/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(DEMO),
    });
    assert.equal(a.status, 400);
    assert.deepEqual(a.json, { error: 'unsupported_grant_type', error_description: 'grant type not supported' });
    // A form body without a Content-Type is not read either.
    const noType = await call(`${s.url}/services/oauth2/token`, {
      method: 'POST',
      body: new Blob([new URLSearchParams(DEMO).toString()]),
    });
    assert.equal((noType.json as { error: string }).error, 'unsupported_grant_type');
  }));

test('token: login.salesforce.com and test.salesforce.com hosts → 400 invalid_grant', () =>
  withStandin(async (s) => {
    for (const host of ['login.salesforce.com', 'test.salesforce.com', 'mycompany.my.salesforce-setup.com']) {
      const a = await rawRequest(s, {
        method: 'POST',
        path: '/services/oauth2/token',
        headers: { Host: host, 'Content-Type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams(DEMO).toString(),
      });
      assert.equal(a.status, 400, host);
      assert.deepEqual(a.json, { error: 'invalid_grant', error_description: 'request not supported on this domain' }, host);
    }
    // A My Domain host is fine.
    const ok = await rawRequest(s, {
      method: 'POST',
      path: '/services/oauth2/token',
      headers: { Host: 'mycompany.my.salesforce.com', 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(DEMO).toString(),
    });
    assert.equal(ok.status, 200);
  }));

test('token: GET is refused', () =>
  withStandin(async (s) => {
    const a = await call(`${s.url}/services/oauth2/token?${new URLSearchParams(DEMO).toString()}`);
    assert.equal(a.status, 400);
    assert.equal((a.json as { error: string }).error, 'invalid_request');
  }));

test('token: configured clients replace the demo client', () =>
  withStandin(
    async (s) => {
      const demo = await tokenRequest(s, DEMO);
      assert.equal((demo.json as { error: string }).error, 'invalid_client_id');
      const token = await getToken(s, { clientId: 'ci-app', clientSecret: 's3cret' });
      assert.ok(token.length > 0);
    },
    { clients: [{ clientId: 'ci-app', clientSecret: 's3cret' }] },
  ));
