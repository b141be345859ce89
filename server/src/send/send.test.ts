import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { sendWebhook } from './send';
import { startTestServer, type TestServer } from '../../../test/support/send-test-server';
import type { RenderedRequest } from './types';

let server: TestServer;
before(async () => {
  server = await startTestServer((r) => {
    if (r.path === '/slow') return { delayMs: 500, body: '{}' };
    if (r.path === '/moved') return { status: 301, headers: { Location: 'https://elsewhere.example.com/' }, body: '' };
    if (r.path === '/created') return { status: 201, body: '{"id":"00Q000000000001AAA","success":true,"errors":[]}' };
    return { body: JSON.stringify({ method: r.method, body: r.body, ua: r.headers['user-agent'], ct: r.headers['content-type'] }) };
  });
});
after(() => server.close());

const req = (path: string, extra: Partial<RenderedRequest> = {}): RenderedRequest => ({
  ok: true,
  method: 'POST',
  url: `${server.url}${path}`,
  renderedUrl: `${server.url}${path}`,
  headers: [{ name: 'Content-Type', value: 'application/json' }],
  body: '{"a":1}',
  calls: [],
  secrets: [],
  notes: [],
  ...extra,
});

test('sends method, headers and body; parses JSON; measures time', async () => {
  const r = await sendWebhook(req('/created'));
  assert.equal(r.kind, 'answer');
  if (r.kind !== 'answer') return;
  assert.equal(r.status, 201);
  assert.deepEqual(r.json, { id: '00Q000000000001AAA', success: true, errors: [] });
  assert.ok(r.durationMs >= 0);
  const echo = await sendWebhook(req('/echo', { method: 'PATCH' }));
  assert.ok(echo.kind === 'answer');
  assert.deepEqual(echo.json, { method: 'PATCH', body: '{"a":1}', ua: 'Braze Sender (braze-webhook-send)', ct: 'application/json' });
});

test('GET and DELETE carry no body (with a note)', async () => {
  const r = await sendWebhook(req('/echo', { method: 'GET' }));
  assert.ok(r.kind === 'answer');
  assert.equal((r.json as { body: string }).body, '');
  assert.match(r.notes[0], /body was not sent/);
});

test('plain http only to loopback; other hosts must be https', async () => {
  const never = (() => assert.fail('must not be called')) as unknown as typeof fetch;
  const r = await sendWebhook(req('', { url: 'http://acme.my.salesforce.com/x' }), { fetch: never });
  assert.equal(r.kind, 'refused');
  if (r.kind === 'refused') assert.match(r.message, /only https is allowed/);
  const allowed = await sendWebhook(req('/echo', { url: `${server.url.replace('127.0.0.1', 'localhost')}/echo` }));
  assert.equal(allowed.kind, 'answer');
});

test('redirects are returned, not followed', async () => {
  const r = await sendWebhook(req('/moved'));
  assert.ok(r.kind === 'answer');
  assert.equal(r.status, 301);
  assert.equal(r.redirectLocation, 'https://elsewhere.example.com/');
  assert.match(r.notes[0], /redirect not followed/);
});

test('timeout and cancel are distinct results', async () => {
  const t = await sendWebhook(req('/slow'), { timeoutMs: 100 });
  assert.equal(t.kind, 'timeout');
  if (t.kind === 'timeout') assert.ok(t.durationMs >= 90 && t.durationMs < 450, String(t.durationMs));
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 50);
  const c = await sendWebhook(req('/slow'), { timeoutMs: 5000, signal: controller.signal });
  assert.equal(c.kind, 'cancelled');
  const gone = await sendWebhook(req('/x', { url: 'http://127.0.0.1:1/x' }));
  assert.equal(gone.kind, 'network-error');
});
