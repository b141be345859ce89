import assert from 'node:assert/strict';
import { test } from 'node:test';
import { maskHeaderValue, SecretSet } from '../../../server/src/core';
import type { SendResult, WebhookRun } from '../../../server/src/send';
import { RESULT_VIEW_COMMANDS, resultHtml } from './result-html';
import { buildResultModel } from './result-model';

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

test('a new result page starts at its status; its actions are command links with the result id only', () => {
  const run = runWith({ kind: 'answer', request: { method: 'POST', url: 'https://hooks.example.com/x', headers: {}, body: '{"a":1}' }, status: 400, statusText: 'Bad Request', headers: {}, bodyText: '[]', durationMs: 3, notes: [] });
  const model = buildResultModel(run, { id: 'r-1', file: 'x.webhook', user: 'u', dryRun: false, startedAt: new Date(0) });
  const html = resultHtml(model, { nonce: NONCE });
  assert.ok(html.indexOf('<h1 id="top">') < html.indexOf('id="actions"'));
  const args = encodeURIComponent(JSON.stringify([{ id: 'r-1' }]));
  for (const command of ['brazeWebhooks.history.resend', 'brazeWebhooks.history.copyAsCurl', 'brazeWebhooks.history.saveAnswer']) assert.ok(html.includes(`href="command:${command}?${args}"`), command);
  for (const [, command] of html.matchAll(/href="command:([^?"]+)/g)) assert.ok(RESULT_VIEW_COMMANDS.includes(command as (typeof RESULT_VIEW_COMMANDS)[number]), `${command} is allowed in the view`);
});

test('a refused consumer secret: the headline says so, with the link to enter it again', () => {
  const token = { field: 'header Authorization', method: 'POST' as const, url: 'https://acme.my.salesforce.com/services/oauth2/token', requestHeaders: {}, fromCache: false, durationMs: 3, status: 400, responseText: '{"error":"invalid_client","error_description":"invalid client credentials"}', outcome: 'http-error' as const, notes: [] };
  const base = runWith({ kind: 'answer', request: { method: 'POST', url: 'https://hooks.example.com/x', headers: {} }, status: 401, statusText: 'Unauthorized', headers: {}, bodyText: '[{"errorCode":"INVALID_SESSION_ID","message":"Session expired or invalid"}]', durationMs: 3, notes: [] });
  const run: WebhookRun = { ...base, rendered: { ...base.rendered, calls: [token] } as WebhookRun['rendered'] };
  const model = buildResultModel(run, { id: 'r-2', file: 'x.webhook', user: 'u', dryRun: false, startedAt: new Date(0), fieldPlaceholders: { 'header Authorization': ['insert_client_id', 'insert_client_secret'] }, storedPlaceholders: ['insert_client_secret'] });
  assert.equal(model.title, 'Token refused (invalid_client): the consumer secret stored for [insert_client_secret] is probably wrong. Then the webhook: 401 Unauthorized: 400: the request was refused.');
  const html = resultHtml(model, { nonce: NONCE });
  assert.ok(html.includes(`href="command:brazeWebhooks.reenterPlaceholder?${encodeURIComponent(JSON.stringify([{ id: 'r-2' }]))}">Forget [insert_client_secret] and enter it again</a>`));
  assert.match(html, /Forget Stored Placeholder Values/);
});

test('a preview says where the webhook would go, and warns about a body that is not JSON', () => {
  const failed = buildResultModel(
    {
      rendered: { ok: true, method: 'POST', url: 'http://127.0.0.1:9/services/data/v60.0/sobjects/Lead/', renderedUrl: 'https://acme.my.salesforce.com/services/data/v60.0/sobjects/Lead/', headers: [{ name: 'Content-Type', value: 'application/json' }], body: '{"LastName": "O"Brien"}', calls: [], secrets: [], notes: ['webhook would be sent to http://127.0.0.1:9 (instance override) instead of https://acme.my.salesforce.com'] },
      callExplanations: [],
      droppedFromCache: 0,
      secrets: new SecretSet(),
    },
    { file: 'x.webhook', user: 'u', dryRun: true, startedAt: new Date(0) },
  );
  assert.deepEqual(failed.notes, ['webhook would be sent to http://127.0.0.1:9 (instance override) instead of https://acme.my.salesforce.com']);
  assert.match(failed.warnings[0], /^The rendered body is not valid JSON: .* at line 1, column 17\./);
  const html = resultHtml(failed, { nonce: NONCE });
  assert.ok(html.includes('(would be sent to the instance override)'));
  assert.ok(!/\bsent to the instance override/.test(html.replace('would be sent to the instance override', '')));
  assert.ok(html.indexOf('id="warnings"') < html.indexOf('id="request"'));
});
