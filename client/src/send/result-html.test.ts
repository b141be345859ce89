import assert from 'node:assert/strict';
import { test } from 'node:test';
import { SecretSet, type SendResult, type WebhookRun } from '../../../server/src/send';
import { resultHtml } from './result-html';
import { buildResultModel, maskHeaderValue } from './result-model';

const NONCE = 'BBBBBBBBBBBBBBBBBBBBBBBB';

function runWith(result: SendResult, secrets: string[] = []): WebhookRun {
  return {
    rendered: { ok: true, method: 'POST', url: 'https://hooks.example.com/x', renderedUrl: 'https://hooks.example.com/x', headers: [{ name: 'X-Api-Key', value: 'k-123456' }], body: '{"a":1}', calls: [], secrets, notes: [] },
    result,
    explanation: { ok: false, summary: '400: the request was refused', details: [], fixes: [], codes: [] },
    callExplanations: [],
    droppedFromCache: 0,
    secrets: new SecretSet(secrets),
  };
}

test('hostile answer text is escaped; the page runs nothing', () => {
  const body = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
  const run = runWith({ kind: 'answer', request: { method: 'POST', url: 'https://hooks.example.com/x', headers: { 'X-Api-Key': 'k-123456' }, body: '{"a":1}' }, status: 400, statusText: 'Bad Request', headers: { 'content-type': 'text/html', 'set-cookie': 'sid=abcdef; Path=/' }, bodyText: body, durationMs: 12, notes: [] });
  const model = buildResultModel(run, { file: 'x.webhook', user: 'u', dryRun: false, startedAt: new Date(0) });
  const html = resultHtml(model, { nonce: NONCE });
  assert.ok(!html.includes('<img'));
  assert.equal((html.match(/<script/gi) ?? []).length, 0);
  assert.ok(html.includes('&lt;script&gt;alert(2)&lt;/script&gt;'));
  // Secret headers are masked even when their value is not a known secret.
  assert.deepEqual(model.request?.headers.find((h) => h.name === 'X-Api-Key'), { name: 'X-Api-Key', value: '********' });
  assert.deepEqual(model.response?.headers.find((h) => h.name === 'set-cookie'), { name: 'set-cookie', value: '********' });
  assert.ok(!html.includes('k-123456') && !html.includes('abcdef'));
  assert.throws(() => resultHtml(model, { nonce: 'short' }));
});

test('header masking keeps the scheme word', () => {
  assert.equal(maskHeaderValue('Authorization', 'Bearer abc.def'), 'Bearer ********');
  assert.equal(maskHeaderValue('Authorization', 'Bearer'), 'Bearer');
  assert.equal(maskHeaderValue('Content-Type', 'application/json'), 'application/json');
});

test('a timeout and a render failure have their own titles', () => {
  const timeout = buildResultModel(runWith({ kind: 'timeout', request: { method: 'POST', url: 'https://hooks.example.com/x', headers: {} }, timeoutMs: 30000, durationMs: 30001, notes: [] }), { file: 'x.webhook', user: 'u', dryRun: false, startedAt: new Date(0) });
  assert.equal(timeout.outcome, 'timeout');
  const failed = buildResultModel(
    { rendered: { ok: false, kind: 'placeholder', message: 'No value for the placeholder [insert_client_secret] (in the header Authorization)', missingPlaceholders: ['[insert_client_secret]'], calls: [], secrets: [], notes: [] }, callExplanations: [], droppedFromCache: 0, secrets: new SecretSet() },
    { file: 'x.webhook', user: 'u', dryRun: false, startedAt: new Date(0) },
  );
  assert.equal(failed.outcome, 'not-rendered');
  assert.match(failed.title, /^Not rendered: No value for the placeholder/);
  assert.ok(resultHtml(failed, { nonce: NONCE }).includes('<code>[insert_client_secret]</code>'));
});
