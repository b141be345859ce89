/**
 * Helpers for the send engine's tests: a tiny scripted HTTP server on 127.0.0.1 port 0 (an answer
 * may also be written by the handler itself: gzip bombs, trickled and oversized bodies), a fetch
 * that records every exchange (to search outputs for the tokens it saw), test users.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseWebhook } from '../../server/src/syntax/parse';
import type { WebhookDocument } from '../../server/src/syntax/ast';

export interface Received {
  method: string;
  path: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export type Handler = (
  req: Received,
) => { status?: number; headers?: Record<string, string>; body?: string; delayMs?: number; /** Writes the whole answer itself. */ stream?: (res: http.ServerResponse) => void } | undefined;

export interface TestServer {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

/** Serves `handler`'s answers; an `undefined` answer is 200 `{}`. */
export async function startTestServer(handler: Handler): Promise<TestServer> {
  const received: Received[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const r: Received = { method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
      received.push(r);
      const a = handler(r) ?? {};
      const answer = () => {
        if (res.destroyed) return;
        if (a.stream) return a.stream(res);
        res.writeHead(a.status ?? 200, { 'Content-Type': 'application/json', ...a.headers });
        res.end(a.body ?? '{}');
      };
      if (a.delayMs) {
        const t = setTimeout(() => {
          timers.delete(t);
          answer();
        }, a.delayMs);
        timers.add(t);
      } else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        for (const t of timers) clearTimeout(t);
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

export interface Exchange {
  url: string;
  method: string;
  requestBody?: string;
  status: number;
  responseText: string;
}

/** A fetch that records what went through it. */
export function recordingFetch(): { fetch: typeof fetch; exchanges: Exchange[] } {
  const exchanges: Exchange[] = [];
  const f = (async (input: string | URL | Request, init?: RequestInit) => {
    const res = await fetch(input, init);
    const text = await res.clone().text();
    exchanges.push({ url: String(input), method: init?.method ?? 'GET', requestBody: typeof init?.body === 'string' ? init.body : undefined, status: res.status, responseText: text });
    return res;
  }) as typeof fetch;
  return { fetch: f, exchanges };
}

export function doc(text: string): WebhookDocument {
  return parseWebhook(text);
}

/** Every access token seen in the recorded answers. */
export function tokensSeen(exchanges: Exchange[]): string[] {
  const out: string[] = [];
  for (const e of exchanges) {
    const m = /"access_token"\s*:\s*"([^"]+)"/.exec(e.responseText);
    if (m) out.push(m[1]);
  }
  return out;
}
