import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startStandin } from './server';
import { api, call, createLead, firstError, getToken, leadPath, tokenRequest, withStandin } from '../../test/support/standin-test-support';

test('slow: the answer comes after the delay, then requests are fast again', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    s.control.failNext('slow', 1, { delayMs: 150 });
    const t0 = Date.now();
    const a = await api(token, 'GET', leadPath(s, 'describe'));
    const took = Date.now() - t0;
    assert.equal(a.status, 200);
    assert.ok(took >= 140, `took ${took} ms`);
    const t1 = Date.now();
    assert.equal((await api(token, 'GET', leadPath(s, 'describe'))).status, 200);
    assert.ok(Date.now() - t1 < 140);
    assert.equal(s.control.requests.at(-2)?.failure, 'slow');
  }));

test('status500: 500 UNKNOWN_EXCEPTION for the next N requests', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    s.control.failNext('status500', 2);
    for (let i = 0; i < 2; i++) {
      const a = await api(token, 'POST', leadPath(s), { LastName: 'x', Company: 'y' });
      assert.equal(a.status, 500);
      const e = firstError(a);
      assert.equal(e.errorCode, 'UNKNOWN_EXCEPTION');
      assert.match(e.message, /^An unexpected error occurred\./);
    }
    assert.equal(s.store.size, 0, 'a failed request changes nothing');
    assert.equal((await api(token, 'POST', leadPath(s), { LastName: 'x', Company: 'y' })).status, 201);
  }));

test('drop: the connection is cut without an answer, fetch rejects', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    s.control.failNext('drop');
    await assert.rejects(api(token, 'GET', leadPath(s, 'describe')));
    const last = s.control.requests.at(-1);
    assert.equal(last?.status, 'dropped');
    assert.equal(last?.failure, 'drop');
    assert.equal((await api(token, 'GET', leadPath(s, 'describe'))).status, 200);
  }));

test('requestLimit: 403 REQUEST_LIMIT_EXCEEDED for data requests; token requests unaffected', () =>
  withStandin(async (s) => {
    s.control.failNext('requestLimit');
    const token = await getToken(s); // not consumed by the token request
    const a = await api(token, 'GET', leadPath(s, 'describe'));
    assert.equal(a.status, 403);
    assert.deepEqual(a.json, [{ message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }]);
    assert.equal((await api(token, 'GET', leadPath(s, 'describe'))).status, 200);
  }));

test('request budget: answers REQUEST_LIMIT_EXCEEDED once used up', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    s.control.setRequestBudget(2);
    const first = await api(token, 'GET', leadPath(s, 'describe'));
    assert.equal(first.status, 200);
    assert.equal(first.headers.get('sforce-limit-info'), 'api-usage=1/2');
    assert.equal((await api(token, 'GET', leadPath(s, 'describe'))).status, 200);
    for (let i = 0; i < 3; i++) {
      const a = await api(token, 'POST', leadPath(s), { LastName: 'x', Company: 'y' });
      assert.equal(a.status, 403);
      assert.equal(firstError(a).errorCode, 'REQUEST_LIMIT_EXCEEDED');
    }
    s.control.setRequestBudget(null);
    assert.equal((await api(token, 'GET', leadPath(s, 'describe'))).status, 200);
  }));

test('expireTokens: every issued token becomes invalid at the next request', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    s.control.failNext('expireTokens');
    const a = await api(token, 'GET', leadPath(s, 'describe'));
    assert.equal(a.status, 401);
    assert.equal(firstError(a).errorCode, 'INVALID_SESSION_ID');
    const fresh = await getToken(s);
    assert.equal((await api(fresh, 'GET', leadPath(s, 'describe'))).status, 200);
  }));

test('target: a failure aimed at token requests leaves data requests alone', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    s.control.failNext('status500', 1, { target: 'token' });
    assert.equal((await api(token, 'GET', leadPath(s, 'describe'))).status, 200);
    const t = await tokenRequest(s, { grant_type: 'client_credentials', client_id: 'demo-client-id', client_secret: 'demo-client-secret' });
    assert.equal(t.status, 500);
    assert.deepEqual(s.control.pendingFailures, []);
  }));

test('failures queued at start through options', () =>
  withStandin(
    async (s) => {
      assert.equal((await tokenRequest(s, { grant_type: 'client_credentials' })).status, 500);
      const token = await getToken(s);
      assert.equal((await api(token, 'GET', leadPath(s, 'describe'))).status, 403);
      assert.equal((await api(token, 'GET', leadPath(s, 'describe'))).status, 200);
    },
    { failures: [{ kind: 'status500' }, { kind: 'requestLimit' }] },
  ));

test('HTTP control: fail, requests, leads, reset and friends', () =>
  withStandin(async (s) => {
    const control = (path: string, body?: unknown) =>
      call(`${s.url}/__standin/${path}`, body === undefined ? {} : { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const token = await getToken(s);
    const id = await createLead(s, token);

    const queued = await control('fail', { kind: 'status500', count: 1 });
    assert.equal(queued.status, 200);
    assert.deepEqual((queued.json as { queued: unknown[] }).queued, [{ kind: 'status500', remaining: 1, delayMs: 100, target: 'any' }]);
    assert.equal((await api(token, 'GET', leadPath(s, id))).status, 500);

    const slow = await control('fail', { kind: 'slow', delayMs: 120 });
    assert.equal(slow.status, 200);
    const t0 = Date.now();
    assert.equal((await api(token, 'GET', leadPath(s, id))).status, 200);
    assert.ok(Date.now() - t0 >= 110);

    const reqs = await control('requests');
    assert.equal(reqs.status, 200);
    const log = reqs.json as { method: string; path: string; status: number; failure: string | null }[];
    assert.deepEqual(
      log.map((r) => [r.method, r.status, r.failure]),
      [
        ['POST', 200, null],
        ['POST', 201, null],
        ['GET', 500, 'status500'],
        ['GET', 200, 'slow'],
      ],
    );
    assert.ok(log.every((r) => !r.path.startsWith('/__standin')), 'control requests are not logged');

    const leads = await control('leads');
    assert.deepEqual((leads.json as { Id: string }[]).map((l) => l.Id), [id]);

    assert.equal((await control('budget', { remaining: 0 })).status, 200);
    assert.equal((await api(token, 'GET', leadPath(s, id))).status, 403);
    assert.equal((await control('budget', { remaining: null })).status, 200);

    assert.equal((await control('expire-tokens', {})).status, 200);
    assert.equal((await api(token, 'GET', leadPath(s, id))).status, 401);

    const state = await control('state');
    assert.equal((state.json as { leads: number }).leads, 1);

    const bad = await control('fail', { kind: 'explode' });
    assert.equal(bad.status, 400);
    const notJson = await call(`${s.url}/__standin/fail`, { method: 'POST', body: '{' });
    assert.equal(notJson.status, 400);
    assert.equal((await control('nope')).status, 404);

    const reset = await control('reset', {});
    assert.equal(reset.status, 200);
    assert.deepEqual((await control('leads')).json, []);
    assert.deepEqual((await control('requests')).json, []);
    assert.deepEqual((await control('state')).json, {
      pendingFailures: [],
      tokenLifetimeMs: null,
      liveTokens: 0,
      apiUsage: { used: 0, limit: 15000 },
      leads: 0,
      records: { Campaign: 1 },
    });
  }));

test('reset keeps tokens unless asked, and restores the initial leads', () =>
  withStandin(
    async (s) => {
      const token = await getToken(s);
      await createLead(s, token);
      s.control.failNext('status500', 5);
      assert.equal(s.store.size, 2, 'the failure is only queued');
      s.control.reset();
      assert.deepEqual(s.control.pendingFailures, []);
      assert.deepEqual(s.control.requests, []);
      assert.deepEqual(s.store.list().map((r) => r.LastName), ['Initial']);
      assert.equal((await api(token, 'GET', leadPath(s, 'describe'))).status, 200);
      s.control.reset({ tokens: true });
      assert.equal((await api(token, 'GET', leadPath(s, 'describe'))).status, 401);
    },
    { leads: [{ LastName: 'Initial', Company: 'Co' }] },
  ));

test('request log masks the bearer token, Basic credentials and the client secret', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    await createLead(s, token);
    await api(token, 'GET', leadPath(s, 'describe'));
    const basic = Buffer.from('demo-client-id:demo-client-secret').toString('base64');
    await tokenRequest(s, { grant_type: 'client_credentials' }, { Authorization: `Basic ${basic}` });
    // A client that leaks the token into a body or the query string.
    await api(token, 'POST', `${leadPath(s)}?x=${token}`, { LastName: 'x', Company: 'y', Description: token });

    const log = s.control.requests;
    const serialised = JSON.stringify(log);
    assert.equal(serialised.includes(token), false, 'raw token never appears');
    assert.equal(serialised.includes('demo-client-secret'), false, 'client secret never appears');
    assert.equal(serialised.includes(basic), false, 'Basic credentials never appear');
    assert.equal(log[1].headers.authorization, 'Bearer ****');
    assert.equal(log[0].body, 'grant_type=client_credentials&client_id=demo-client-id&client_secret=****');
    assert.equal(log[3].headers.authorization, 'Basic ****');
    const overHttp = await call(`${s.url}/__standin/requests`);
    assert.equal(overHttp.text.includes(token), false);
  }));

test('close() ends a request still waiting in a slow failure', async () => {
  const s = await startStandin();
  try {
    const token = await getToken(s);
    s.control.failNext('slow', 1, { delayMs: 60_000 });
    const pending = api(token, 'GET', leadPath(s, 'describe'));
    // Let the request arrive before closing.
    for (let i = 0; i < 50 && s.control.requests.length < 2; i++) await new Promise((r) => setTimeout(r, 10));
    const t0 = Date.now();
    await s.close();
    assert.ok(Date.now() - t0 < 2000, 'close does not wait for the delay');
    await assert.rejects(pending);
  } finally {
    await s.close();
  }
});
