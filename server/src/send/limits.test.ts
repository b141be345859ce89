// Renders are bounded (limits.ts): a huge range, a string doubled in a loop, a loop that runs too
// long or an output too large end quickly with "Render limit reached", and the process stays healthy.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { renderWebhook } from './render';
import { OUTPUT_LIMIT, RENDER_LIMIT_MS } from './limits';
import { doc, startTestServer, type TestServer } from '../../../test/support/send-test-server';
import type { RenderFailure } from './types';

let server: TestServer;
before(async () => {
  server = await startTestServer((r) => (r.path === '/slow' ? { delayMs: 700, body: '{"ok": true}' } : undefined));
});
after(() => server.close());

const USER = { external_id: 'u1' };
async function limited(body: string): Promise<{ failure: RenderFailure; ms: number }> {
  const started = performance.now();
  const r = await renderWebhook(doc(`POST https://x.example.com/\nContent-Type: application/json\n\n${body}`), { user: USER });
  assert.equal(r.ok, false, body);
  if (r.ok) throw new Error('rendered');
  return { failure: r, ms: performance.now() - started };
}

test('a range of 200 million items stops at once with "Render limit reached"', async () => {
  const { failure, ms } = await limited('{% for i in (1..200000000) %}{% endfor %}');
  assert.equal(failure.kind, 'limit');
  assert.equal(failure.field, 'body');
  assert.match(failure.message, /^Render limit reached in the body: it allocates more than \d+ characters or items/);
  assert.ok(ms < 1000, `${ms} ms`);
});

test('a string doubled in a loop (append, capture) stops at once; the process stays healthy', async () => {
  const rss = process.memoryUsage().rss;
  for (const body of [
    "{% assign s = 'x' %}{% for i in (1..64) %}{% assign s = s | append: s %}{% endfor %}{{ s | size }}",
    "{% capture s %}x{% endcapture %}{% for i in (1..64) %}{% capture s %}{{ s }}{{ s }}{% endcapture %}{% endfor %}{{ s | size }}",
    "{% assign s = 'xxxxxxxxxxxxxxxx' %}{% for i in (1..40) %}{% assign s = s | json_escape | append: s %}{% endfor %}",
  ]) {
    const { failure, ms } = await limited(body);
    assert.equal(failure.kind, 'limit', body);
    assert.match(failure.message, /^Render limit reached in the body/);
    assert.ok(ms < 1000, `${body}: ${ms} ms`);
  }
  assert.ok(process.memoryUsage().rss - rss < 256 * 1024 * 1024, 'memory stays bounded');
  const fine = await renderWebhook(doc('POST https://x.example.com/\n\n{% for i in (1..3) %}{{ i }}{% endfor %}'), { user: USER });
  assert.ok(fine.ok && fine.body === '123', 'the next render works');
});

test('a loop that runs past the render time limit stops with "Render limit reached"', async () => {
  const { failure, ms } = await limited('{% for i in (1..3000) %}{% for j in (1..3000) %}{% endfor %}{% endfor %}');
  assert.equal(failure.kind, 'limit');
  assert.match(failure.message, new RegExp(`^Render limit reached in the body: rendering took more than ${RENDER_LIMIT_MS / 1000} s`));
  assert.ok(ms < RENDER_LIMIT_MS + 2000, `${ms} ms`);
});

test('a field that renders past the output limit stops', async () => {
  const { failure } = await limited(`{% for i in (1..2000) %}${'y'.repeat(1000)}{% endfor %}`);
  assert.equal(failure.kind, 'limit');
  assert.match(failure.message, new RegExp(`renders to more than ${OUTPUT_LIMIT} characters`));
});

test('waiting for Connected Content answers does not count against the render time limit', async () => {
  const slow = `{% connected_content ${server.url}/slow :no_cache :save r %}`;
  // Eight answers of 700 ms: longer than the limit in all, each within Connected Content's own 2 s.
  const r = await renderWebhook(doc(`POST https://x.example.com/\n\n{% for i in (1..8) %}${slow}{{ r.ok }}{% endfor %}`), { user: USER });
  assert.ok(r.ok, r.ok ? '' : r.message);
  assert.equal(r.body, 'true'.repeat(8));
});

test('within the bounds, the output is liquidjs\'s own: arrays joined, nil empty', async () => {
  const r = await renderWebhook(doc("POST https://x.example.com/\n\n{% assign a = 'x,y,z' | split: ',' %}{{ a }}|{{ nothing }}|{{ 1.5 }}"), { user: USER });
  assert.ok(r.ok && r.body === 'xyz||1.5', JSON.stringify(r));
});
