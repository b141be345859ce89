import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ConnectedContentCache } from './cache';
import { renderWebhook } from './render';
import { doc, startTestServer, type Handler, type TestServer } from '../../../test/support/send-test-server';
import type { TestUser } from './test-users';
import type { RenderContext, RenderedRequest, RenderFailure } from './types';

const USER: TestUser = {
  external_id: '00Q5g00000AbCdEEAV',
  first_name: 'Ana',
  last_name: 'García',
  email: 'ana@example.com',
  home_city: 'Madrid',
  dob: '1990-04-17',
  phone: '+34911234567',
  country: 'ES',
  custom_attributes: { company: 'Acme "Ibérica"', 'zip code': '28001', score: 72 },
  event_properties: { plan: 'pro' },
  canvas_entry_properties: { source: 'webinar' },
  api_trigger_properties: { origin: 'api' },
};

let server: TestServer;
before(async () => {
  server = await startTestServer((r): ReturnType<Handler> => {
    const path = r.path.split('?')[0];
    switch (path) {
      case '/token':
        return { body: JSON.stringify({ access_token: `tok-${server.received.length}`, token_type: 'Bearer' }) };
      case '/json':
        return { body: JSON.stringify({ name: 'Zed', list: [1, 2] }) };
      case '/array':
        return { body: '[1,2,3]' };
      case '/text':
        return { headers: { 'Content-Type': 'text/plain' }, body: 'plain words' };
      case '/missing':
        return { status: 404, body: '[{"errorCode":"NOT_FOUND","message":"The requested resource does not exist"}]' };
      case '/moved':
        return { status: 302, headers: { Location: '/json' }, body: '' };
      case '/slow':
        return { delayMs: 400, body: '{"late":true}' };
      case '/boom':
        return { status: 500, headers: { 'Content-Type': 'text/html' }, body: '<h1>error</h1>' };
      case '/echo':
        return { body: JSON.stringify({ method: r.method, body: r.body, headers: r.headers }) };
      default:
        return { status: 404, body: '' };
    }
  });
});
after(() => server.close());

const ctx = (extra: Partial<RenderContext> = {}): RenderContext => ({ user: USER, ...extra });
async function ok(text: string, extra: Partial<RenderContext> = {}): Promise<RenderedRequest> {
  const r = await renderWebhook(doc(text), ctx(extra));
  assert.ok(r.ok, `expected a render, got ${(r as RenderFailure).message}`);
  return r;
}
async function failed(text: string, extra: Partial<RenderContext> = {}): Promise<RenderFailure> {
  const r = await renderWebhook(doc(text), ctx(extra));
  assert.ok(!r.ok, 'expected a failure');
  return r;
}
const bodyOf = async (body: string, extra: Partial<RenderContext> = {}) => (await ok(`POST https://x.example.com/\n\n${body}`, extra)).body;

test('attribute references resolve from the export fields of the test user', async () => {
  const body = await bodyOf('{{${user_id}}}|{{${email_address}}}|{{${city}}}|{{${date_of_birth}}}|{{${phone_number}}}|{{${first_name}}}|{{${country}}}');
  assert.equal(body, '00Q5g00000AbCdEEAV|ana@example.com|Madrid|1990-04-17|+34911234567|Ana|ES');
});

test('namespaces: custom attributes (names with spaces), event, Canvas entry (alias context), API trigger properties', async () => {
  const body = await bodyOf('{{custom_attribute.${company} | json_escape}}|{{custom_attribute.${zip code}}}|{{event_properties.${plan}}}|{{canvas_entry_properties.${source}}}|{{context.${source}}}|{{api_trigger_properties.${origin}}}|{{custom_attribute.${nope} | default: "none"}}');
  assert.equal(body, 'Acme \\"Ibérica\\"|28001|pro|webinar|webinar|api|none');
});

test('message context from the context overrides the user; campaign members', async () => {
  const body = await bodyOf('{{event_properties.${plan}}} {{campaign.${name}}}', { message: { event_properties: { plan: 'team' }, campaign: { name: 'Welcome' } } });
  assert.equal(body, 'team Welcome');
});

test("Braze's loose forms: {{ }} inside tags, ${{ }}, abort_message with a space", async () => {
  assert.equal(await bodyOf('{% if {{custom_attribute.${score}}} > 50 %}hot{% else %}cold{% endif %}'), 'hot');
  assert.equal(await bodyOf('{% assign s = {{custom_attribute.${score}}} | plus: 1 %}{{s}}'), '73');
  assert.equal(await bodyOf('${{ 5 | money }}'), '$5.00');
  assert.equal(await bodyOf('{% if ${first_name} != blank %}Hi {{${first_name}}}{% endif %}'), 'Hi Ana');
  const aborted = await failed('POST https://x.example.com/\n\n{% if ${first_name} == "Ana" %}{% abort_message ("Ana opted out") %}{% endif %}');
  assert.equal(aborted.kind, 'aborted');
  assert.equal(aborted.abortReason, 'Ana opted out');
  assert.equal(aborted.field, 'body');
  const bare = await failed('POST https://x.example.com/\nX-Stop: {% abort_message() %}\n\n{}');
  assert.equal(bare.kind, 'aborted');
  assert.equal(bare.abortReason, undefined);
  assert.match(bare.message, /abort_message %\} called in the header X-Stop/);
});

test('an output nested as a filter argument renders as Braze documents it (the same translation the parser reads)', async () => {
  // https://www.braze.com/docs/user_guide/messaging/design_and_edit/personalize/liquid/ (nested outputs in filter arguments)
  assert.equal(await bodyOf('{% assign n = 2 %}{{ 5 | plus: {{ n }} }}'), '7');
  assert.equal(await bodyOf('{% assign balance = 3 %}${{custom_attribute.${score} | plus: {{balance}}}}'), '$75');
});

test('each field is its own template: a variable saved in the Authorization header is empty in the body and the URL', async () => {
  const r = await ok(
    `POST https://x.example.com/{{result.access_token}}/{{v}}\nAuthorization: {% connected_content ${server.url}/token :method post :body a=1 :save result %}{% assign v = 'set' %}Bearer {{result.access_token}} {{v}}\nX-Other: [{{result.access_token}}{{v}}]\n\n{"token": "{{result.access_token}}", "v": "{{v}}"}`,
  );
  assert.match(r.headers[0].value, /^Bearer tok-\d+ set$/);
  assert.equal(r.headers[1].value, '[]');
  assert.equal(r.body, '{"token": "", "v": ""}');
  assert.equal(r.url, 'https://x.example.com//');
});

test('a placeholder is filled however it is spelt, by the rule the placeholder check uses', async () => {
  const r = await ok('POST https://x.example.com/\n\nid=[INSERT_CLIENT_ID]&id2=[insert_client-id]&key=[insert_api_key]', { placeholders: { insert_client_id: 'cid', insert_api_key: 'k3y-value' } });
  assert.equal(r.body, 'id=cid&id2=cid&key=k3y-value');
  assert.ok(r.secrets.includes('k3y-value'), 'an API key is a secret placeholder');
});

test('placeholders are filled before rendering; a missing one is a failure naming it and where', async () => {
  const text = 'POST https://[insert_instance_name].my.salesforce.com/x\nX-Id: [insert_client_id]\n\nsecret=[insert_client_secret]';
  const f = await failed(text, { placeholders: { insert_instance_name: 'acme' } });
  assert.equal(f.kind, 'placeholder');
  assert.deepEqual(f.missingPlaceholders, ['[insert_client_id]', '[insert_client_secret]']);
  assert.match(f.message, /\[insert_client_id\] \(in the header X-Id\)/);
  assert.match(f.message, /\[insert_client_secret\] \(in the body\)/);
  const r = await ok(text, { placeholders: { insert_instance_name: 'acme', insert_client_id: 'cid', '[insert_client_secret]': 's3cr3t!' } });
  assert.equal(r.url, 'https://acme.my.salesforce.com/x');
  assert.equal(r.headers[0].value, 'cid');
  assert.equal(r.body, 'secret=s3cr3t!');
  assert.ok(r.secrets.includes('s3cr3t!'));
  assert.ok(!r.secrets.includes('cid'));
});

test('the instance override sends My Domain URLs to the stand-in origin', async () => {
  const r = await ok(`POST https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/?a=1\nAuthorization: {% connected_content https://acme.my.salesforce.com/json :save j %}{{j.name}}\n\n{}`, { instanceUrlOverride: server.url });
  assert.equal(r.url, `${server.url}/services/data/v60.0/sobjects/Lead/?a=1`);
  assert.equal(r.renderedUrl, 'https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/?a=1');
  assert.equal(r.headers[0].value, 'Zed');
  assert.equal(r.calls[0].url, `${server.url}/json`);
});

test('an invalid URL fails like Braze says it', async () => {
  const f = await failed('POST {{nothing}}/path\n\n{}');
  assert.equal(f.kind, 'invalid-url');
  assert.equal(f.message, '/path is not a valid URL');
});

test('connected_content: JSON saved with __http_status_code__ (objects only), text inserted, 404 empty, redirect not followed', async () => {
  const body = await bodyOf(
    `{% connected_content ${server.url}/json %}{{connected.name}} {{connected.__http_status_code__}}|` +
      `{% connected_content ${server.url}/array :save arr %}{{arr[1]}} [{{arr.__http_status_code__}}]|` +
      `{% connected_content ${server.url}/text %}|` +
      `[{% connected_content ${server.url}/missing %}]|` +
      `[{% connected_content ${server.url}/moved :save m %}{{m.name}}]`,
  );
  assert.equal(body, 'Zed 200|2 []|plain words|[]|[]');
});

test('connected_content: GET and POST only; headers, content type, JSON conversion, basic auth', async () => {
  const put = await failed(`POST https://x.example.com/\n\n{% connected_content ${server.url}/echo :method put %}`);
  assert.equal(put.kind, 'connected-content');
  assert.match(put.message, /only GET and POST/);

  const r = await ok(
    `POST https://x.example.com/\n\n{% connected_content ${server.url}/echo :method post :body a={{\${first_name}}}&b=2 :content_type application/json :headers {"X-Test": "{{custom_attribute.\${score}}}"} :basic_auth my_cred :save e %}{{e.method}} {{e.body}} {{e.headers['content-type']}} {{e.headers.accept}} {{e.headers['x-test']}} {{e.headers.authorization}}`,
    { basicAuth: { my_cred: { username: 'u', password: 'p@ss-word' } } },
  );
  assert.equal(r.body, `POST {"a":"Ana","b":"2"} application/json application/json 72 Basic ${Buffer.from('u:p@ss-word').toString('base64')}`);
  assert.ok(r.secrets.includes('p@ss-word'));

  const get = await ok(`POST https://x.example.com/\n\n{% connected_content ${server.url}/echo :save e %}{{e.method}} {{e.headers['content-type']}} {{e.headers.accept}}`);
  assert.equal(get.body, 'GET application/json */*');
  const post = await ok(`POST https://x.example.com/\n\n{% connected_content ${server.url}/echo :method post :body x=1 :save e %}{{e.headers['content-type']}}`);
  assert.equal(post.body, 'application/x-www-form-urlencoded');

  const missing = await failed(`POST https://x.example.com/\n\n{% connected_content ${server.url}/echo :basic_auth gone %}`);
  assert.equal(missing.kind, 'aborted');
  assert.match(missing.message, /no basic-auth credential named "gone"/);
});

test('connected_content: no answer within the time limit inserts nothing; :retry aborts', async () => {
  const r = await ok(`POST https://x.example.com/\n\n[{% connected_content ${server.url}/slow :save s %}{{s.late}}]`, { connectedContentTimeoutMs: 100 });
  assert.equal(r.body, '[]');
  assert.equal(r.calls[0].outcome, 'timeout');
  const slowOk = await ok(`POST https://x.example.com/\n\n[{% connected_content ${server.url}/slow :save s %}{{s.late}}]`, { connectedContentTimeoutMs: 2000 });
  assert.equal(slowOk.body, '[true]');
  const retry = await failed(`POST https://x.example.com/\n\n{% connected_content ${server.url}/slow :retry %}`, { connectedContentTimeoutMs: 100 });
  assert.equal(retry.kind, 'aborted');
  const boom = await failed(`POST https://x.example.com/\n\n{% connected_content ${server.url}/boom :retry %}`);
  assert.equal(boom.kind, 'aborted');
  assert.match(boom.message, /answered 500/);
  assert.equal((await ok(`POST https://x.example.com/\n\n[{% connected_content ${server.url}/boom %}]`)).body, '[]');
});

test('connected_content: plain http is refused except to loopback', async () => {
  const r = await ok('POST https://x.example.com/\n\n[{% connected_content http://example.com/x %}]', { fetch: (() => assert.fail('must not be called')) as unknown as typeof fetch });
  assert.equal(r.body, '[]');
  assert.equal(r.calls[0].outcome, 'refused');
});

test('cancel during a Connected Content call is a cancelled render', async () => {
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 50);
  const f = await failed(`POST https://x.example.com/\n\n{% connected_content ${server.url}/slow %}`, { signal: controller.signal });
  assert.equal(f.kind, 'cancelled');
});

test('cache: GET cached by URL for 300 s, :no_cache disables it; POST only with :cache_max_age, for that long', async () => {
  let now = 1_000_000;
  const cache = new ConnectedContentCache({ now: () => now });
  const count = (path: string) => server.received.filter((r) => r.path === path).length;
  const get = `POST https://x.example.com/\n\n{% connected_content ${server.url}/json?c=1 %}{{connected.name}}`;
  const before = count('/json?c=1');
  await ok(get, { cache });
  await ok(get, { cache });
  assert.equal(count('/json?c=1'), before + 1);
  now += 301_000;
  await ok(get, { cache });
  assert.equal(count('/json?c=1'), before + 2);
  await ok(`POST https://x.example.com/\n\n{% connected_content ${server.url}/json?c=1 :no_cache %}`, { cache });
  assert.equal(count('/json?c=1'), before + 3);

  const tokens = () => count('/token');
  const t0 = tokens();
  const seedLike = `POST https://x.example.com/\nAuthorization: {% connected_content ${server.url}/token :method post :body a=1 :save r %}Bearer {{r.access_token}}\n\n{}`;
  const a = await ok(seedLike, { cache });
  const b = await ok(seedLike, { cache });
  assert.equal(tokens(), t0 + 2, 'without :cache_max_age the POST is made for every render');
  assert.notEqual(a.headers[0].value, b.headers[0].value);

  const cached = `POST https://x.example.com/\nAuthorization: {% connected_content ${server.url}/token :method post :body a=1 :cache_max_age 900 :save r %}Bearer {{r.access_token}}\n\n{}`;
  const c = await ok(cached, { cache });
  now += 899_000;
  const d = await ok(cached, { cache });
  assert.equal(tokens(), t0 + 3, 'with :cache_max_age 900 the token is reused');
  assert.equal(c.headers[0].value, d.headers[0].value);
  assert.ok(d.calls[0].fromCache);
  assert.ok(d.secrets.some((s) => d.headers[0].value.endsWith(s)), 'a cached token is still known as a secret');
  now += 2_000;
  await ok(cached, { cache });
  assert.equal(tokens(), t0 + 4, 'after 900 s a new token is fetched');

  await ok(cached, { cache });
  assert.equal(tokens(), t0 + 4);
  assert.ok(cache.dropOnUnauthorized(`${server.url}/services/data/v60.0/sobjects/Lead/`) >= 1);
  await ok(cached, { cache });
  assert.equal(tokens(), t0 + 5, 'after dropOnUnauthorized the token is fetched again');
});

test('a liquid error names the field', async () => {
  const f = await failed('POST https://x.example.com/\nX-A: {{ 1 | no_such_filter }}\n\n{}');
  assert.equal(f.kind, 'liquid');
  assert.equal(f.field, 'header X-A');
  assert.match(f.message, /no_such_filter/);
});

test('the file is never rewritten and include reads no file', async () => {
  const text = 'POST https://x.example.com/\n\n{% include "/etc/passwd" %}';
  const d = doc(text);
  const f = await renderWebhook(d, ctx());
  assert.equal(d.text, text);
  assert.ok(!f.ok);
});
