import { test } from 'node:test';
import assert from 'node:assert/strict';
import { api, call, collectionsPath, getToken, leadPath, sobjectPath, V, withStandin } from '../../test/support/standin-test-support';

const LIMITED = [{ message: 'TotalRequests Limit exceeded.', errorCode: 'REQUEST_LIMIT_EXCEEDED' }];

test('Sforce-Limit-Info: api-usage=N/15000 on every REST answer, N counting the calls since start', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    const answers = [
      await api(token, 'GET', `${s.url}/services/data/${V}/`),
      await api(token, 'GET', sobjectPath(s, 'Account', 'describe')),
      await api(token, 'POST', sobjectPath(s, 'Account'), {}),
      await api(token, 'GET', sobjectPath(s, 'Nope__c')),
      await api(token, 'PATCH', sobjectPath(s, 'Lead', 'Ext_Id__c/x'), { LastName: 'L', Company: 'C' }),
      await api(token, 'POST', collectionsPath(s), { records: [] }),
    ];
    assert.deepEqual(answers.map((a) => a.status), [200, 200, 400, 404, 201, 200]);
    assert.deepEqual(
      answers.map((a) => a.headers.get('sforce-limit-info')),
      [1, 2, 3, 4, 5, 6].map((n) => `api-usage=${n}/15000`),
    );
  }));

test('no Sforce-Limit-Info on the versions list, the token endpoint or a refused session; they do not count', () =>
  withStandin(async (s) => {
    const versions = await call(`${s.url}/services/data/`);
    assert.equal(versions.status, 200);
    assert.equal(versions.headers.get('sforce-limit-info'), null);
    const token = await getToken(s);
    const refused = await api('not-a-token', 'GET', leadPath(s, 'describe'));
    assert.equal(refused.status, 401);
    assert.equal(refused.headers.get('sforce-limit-info'), null);
    assert.equal((await api(token, 'GET', leadPath(s, 'describe'))).headers.get('sforce-limit-info'), 'api-usage=1/15000');
    assert.deepEqual(s.control.apiUsage, { used: 1, limit: 15000 });
  }));

test('the allocation M is configurable; once used up → 403 REQUEST_LIMIT_EXCEEDED, until a reset', () =>
  withStandin(
    async (s) => {
      const token = await getToken(s);
      for (let n = 1; n <= 3; n++) assert.equal((await api(token, 'GET', leadPath(s, 'describe'))).headers.get('sforce-limit-info'), `api-usage=${n}/3`);
      const over = await api(token, 'POST', leadPath(s), { LastName: 'x', Company: 'y' });
      assert.equal(over.status, 403);
      assert.deepEqual(over.json, LIMITED);
      assert.equal(over.headers.get('sforce-limit-info'), 'api-usage=3/3');
      assert.equal(s.store.size, 0, 'a refused request changes nothing');
      s.control.reset();
      assert.equal((await api(token, 'GET', leadPath(s, 'describe'))).headers.get('sforce-limit-info'), 'api-usage=1/3');
    },
    { apiLimit: 3 },
  ));

test('control: exhaustApiLimit and setApiUsage, also over HTTP', () =>
  withStandin(async (s) => {
    const token = await getToken(s);
    s.control.setApiUsage({ used: 14_998 });
    assert.equal((await api(token, 'GET', leadPath(s, 'describe'))).headers.get('sforce-limit-info'), 'api-usage=14999/15000');
    s.control.exhaustApiLimit();
    assert.equal((await api(token, 'GET', leadPath(s, 'describe'))).status, 403);
    s.control.setApiUsage({ used: 0, limit: 100 });
    assert.equal((await api(token, 'GET', leadPath(s, 'describe'))).headers.get('sforce-limit-info'), 'api-usage=1/100');

    const control = (path: string, body: unknown) => call(`${s.url}/__standin/${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    const exhausted = await control('exhaust-api-limit', {});
    assert.deepEqual(exhausted.json, { ok: true, apiUsage: { used: 100, limit: 100 } });
    const refused = await api(token, 'GET', leadPath(s, 'describe'));
    assert.deepEqual([refused.status, refused.json], [403, LIMITED]);
    assert.deepEqual((await control('api-usage', { used: 5, limit: 50 })).json, { ok: true, apiUsage: { used: 5, limit: 50 } });
    assert.equal((await api(token, 'GET', leadPath(s, 'describe'))).headers.get('sforce-limit-info'), 'api-usage=6/50');
    assert.equal((await control('api-usage', { used: -1 })).status, 400);
  }));
