// Answers are bounded: read as a stream with a byte budget before and after decompression (1 MB
// for Connected Content, as Braze; WEBHOOK_ANSWER_MAX_BYTES for the webhook), and within the time
// limit, also while a gzip answer is being inflated.
import assert from 'node:assert/strict';
import type http from 'node:http';
import { gzipSync } from 'node:zlib';
import { after, before, test } from 'node:test';
import { renderWebhook } from './render';
import { sendWebhook } from './send';
import { CONNECTED_CONTENT_MAX_BYTES, WEBHOOK_ANSWER_MAX_BYTES } from './body';
import { doc, startTestServer, type TestServer } from '../../../test/support/send-test-server';
import type { RenderedRequest } from './types';

/** Gzip members inflating to 1 MB and 16 KB of zeros; members concatenated are one gzip stream. */
const MEMBER = gzipSync(Buffer.alloc(1024 * 1024));
const SMALL_MEMBER = gzipSync(Buffer.alloc(16 * 1024));

/** Writes `members` gzip members, `gapMs` apart, as long as the client reads. */
function gzipBomb(members: number, gapMs = 0, member = MEMBER): (res: http.ServerResponse) => void {
  return (res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' });
    let sent = 0;
    const next = () => {
      while (!res.destroyed && sent < members) {
        sent++;
        const more = res.write(member);
        if (gapMs > 0) return void setTimeout(next, gapMs).unref();
        if (!more) return void res.once('drain', next);
      }
      if (!res.destroyed) res.end();
    };
    next();
  };
}

let server: TestServer;
before(async () => {
  server = await startTestServer((r) => {
    if (r.path === '/bomb-200mb') return { stream: gzipBomb(200) };
    if (r.path === '/bomb-1gb') return { stream: gzipBomb(1024) };
    if (r.path === '/inflating-slowly') return { stream: gzipBomb(1024, 25, SMALL_MEMBER) };
    if (r.path === '/declared-2mb') return { stream: (res) => res.writeHead(200, { 'Content-Length': String(2 * 1024 * 1024) }).write('{') };
    if (r.path === '/plain-over-1mb') return { body: `"${'x'.repeat(CONNECTED_CONTENT_MAX_BYTES)}"` };
    if (r.path === '/trickle') {
      return {
        stream: (res) => {
          res.writeHead(200, { 'Content-Type': 'application/json' });
          const t = setInterval(() => (res.destroyed ? clearInterval(t) : res.write(' ')), 20);
        },
      };
    }
    return undefined;
  });
});
after(() => server.close());

const USER = { external_id: 'u1' };
const ccTemplate = (path: string) => `POST https://x.example.com/\n\n[{% connected_content ${server.url}${path} :save r %}]`;
const webhook = (path: string): RenderedRequest => ({ ok: true, method: 'POST', url: `${server.url}${path}`, renderedUrl: `${server.url}${path}`, headers: [], body: '{}', calls: [], secrets: [], notes: [] });
const rssGrowth = async (run: () => Promise<unknown>) => {
  const before = process.memoryUsage().rss;
  await run();
  return process.memoryUsage().rss - before;
};

test('Connected Content: a gzip bomb (200 MB inflated) stops at 1 MB, quickly, and is not inserted', async () => {
  const started = performance.now();
  let r: Awaited<ReturnType<typeof renderWebhook>> | undefined;
  const growth = await rssGrowth(async () => (r = await renderWebhook(doc(ccTemplate('/bomb-200mb')), { user: USER })));
  assert.ok(r?.ok, JSON.stringify(r));
  assert.equal(r.body, '[]');
  assert.equal(r.calls[0].outcome, 'too-large');
  assert.equal(r.calls[0].responseText, undefined);
  assert.match(r.calls[0].notes.join(' '), /over 1 MB \(reading stopped at \d+ bytes, decompressed\): Braze does not insert it/);
  assert.ok(performance.now() - started < 1500, `${performance.now() - started} ms`);
  assert.ok(growth < 64 * 1024 * 1024, `rss grew ${growth} bytes`);
});

test('Connected Content: a declared Content-Length over 1 MB is not read; a plain body over 1 MB is cut', async () => {
  const declared = await renderWebhook(doc(ccTemplate('/declared-2mb')), { user: USER });
  assert.ok(declared.ok);
  assert.equal(declared.calls[0].outcome, 'too-large');
  assert.match(declared.calls[0].notes.join(' '), /Content-Length 2097152, not read/);
  const plain = await renderWebhook(doc(ccTemplate('/plain-over-1mb')), { user: USER });
  assert.ok(plain.ok);
  assert.equal(plain.calls[0].outcome, 'too-large');
});

test('Connected Content: the time limit holds while an answer is inflated, and against a trickled body', async () => {
  for (const path of ['/inflating-slowly', '/trickle']) {
    const started = performance.now();
    const r = await renderWebhook(doc(ccTemplate(path)), { user: USER, connectedContentTimeoutMs: 300 });
    assert.ok(r.ok, path);
    assert.equal(r.calls[0].outcome, 'timeout', path);
    assert.ok(performance.now() - started < 1500, `${path}: ${performance.now() - started} ms`);
  }
});

test(`the webhook answer: a gzip bomb (1 GB inflated) stops at ${WEBHOOK_ANSWER_MAX_BYTES / 1024 / 1024} MB, said so`, async () => {
  let r: Awaited<ReturnType<typeof sendWebhook>> | undefined;
  const growth = await rssGrowth(async () => (r = await sendWebhook(webhook('/bomb-1gb'), { timeoutMs: 10_000 })));
  assert.equal(r?.kind, 'answer');
  if (r?.kind !== 'answer') return;
  assert.equal(r.status, 200);
  assert.equal(r.bodyText, '');
  assert.match(r.notes.join(' '), /answer's body is over 8 MB \(reading stopped at \d+ bytes, decompressed\): it is not shown/);
  assert.ok(growth < 128 * 1024 * 1024, `rss grew ${growth} bytes`);
});

test('the webhook answer: a time limit that expires during decompression, or a trickled body, is a timeout', async () => {
  for (const path of ['/inflating-slowly', '/trickle']) {
    const started = performance.now();
    const r = await sendWebhook(webhook(path), { timeoutMs: 300 });
    assert.equal(r.kind, 'timeout', path);
    assert.ok(performance.now() - started < 1500, `${path}: ${performance.now() - started} ms`);
  }
});
