/**
 * The Connected Content cache of a session (one VS Code window, one CLI run), as Braze keeps it
 * (braze-inc/braze-docs `_docs/_user_guide/messaging/design_and_edit/personalize/connected_content/caching_responses.md`):
 * - a GET answer is cached by URL for up to 300 s (or `:cache_max_age`), unless `:no_cache`;
 * - a POST answer (the OAuth token) is cached ONLY when `:cache_max_age N` is given, for N s at most
 *   (N kept within Braze's 300..14400 bounds);
 * - only 2xx answers of at most 1 MB are kept.
 * Salesforce's token answer has no `expires_in`, so a token lives here for `:cache_max_age` at
 * most, and `dropOnUnauthorized(url)` forgets the answers of a host when Salesforce answers 401
 * INVALID_SESSION_ID there (the token expired before the cache did).
 *
 * Keys: GET is keyed by its URL, as Braze does. A POST is keyed by URL and body (decision: Braze's
 * key is the URL; whether the body counts is unconfirmed, and keying by body means a token fetched
 * with one consumer key is never served to a template that uses another). Keys are SHA-256
 * digests, so no secret of a body stays in memory as text in a key.
 */
import { createHash } from 'node:crypto';
import { CONNECTED_CONTENT_MAX_BYTES } from './body';

export interface CachedAnswer {
  status: number;
  contentType: string;
  text: string;
}

interface Entry {
  url: string;
  method: 'GET' | 'POST';
  answer: CachedAnswer;
  storedAt: number;
  expiresAt: number;
}

export interface ConnectedContentCacheOptions {
  /** The clock, in milliseconds (default `Date.now`); tests move it forward. */
  now?: () => number;
  /** Most entries kept; the oldest go first (default 500). */
  maxEntries?: number;
}

export class ConnectedContentCache {
  private readonly entries = new Map<string, Entry>();
  private readonly now: () => number;
  private readonly maxEntries: number;

  constructor(options: ConnectedContentCacheOptions = {}) {
    this.now = options.now ?? Date.now;
    this.maxEntries = options.maxEntries ?? 500;
  }

  static key(method: 'GET' | 'POST', url: string, body?: string): string {
    const h = createHash('sha256').update(method).update('\n').update(url);
    if (method === 'POST') h.update('\n').update(body ?? '');
    return h.digest('hex');
  }

  /** The live answer for a key, with its age in seconds; expired entries are dropped. */
  get(key: string): { answer: CachedAnswer; ageSeconds: number; expiresInSeconds: number } | undefined {
    const e = this.entries.get(key);
    if (!e) return undefined;
    const now = this.now();
    if (now >= e.expiresAt) {
      this.entries.delete(key);
      return undefined;
    }
    return { answer: { ...e.answer }, ageSeconds: Math.floor((now - e.storedAt) / 1000), expiresInSeconds: Math.ceil((e.expiresAt - now) / 1000) };
  }

  /** Keeps a 2xx answer of at most 1 MB for `maxAgeSeconds`; returns whether it was kept. */
  set(key: string, method: 'GET' | 'POST', url: string, answer: CachedAnswer, maxAgeSeconds: number): boolean {
    if (answer.status < 200 || answer.status > 299) return false;
    if (Buffer.byteLength(answer.text, 'utf8') > CONNECTED_CONTENT_MAX_BYTES) return false;
    if (!(maxAgeSeconds > 0)) return false;
    const now = this.now();
    this.entries.delete(key);
    this.entries.set(key, { url, method, answer: { ...answer }, storedAt: now, expiresAt: now + maxAgeSeconds * 1000 });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return true;
  }

  /**
   * Salesforce answered 401 (INVALID_SESSION_ID) to a request sent to `url`: forgets every cached
   * answer from the same origin (scheme, host, port), the token among them. Returns how many.
   */
  dropOnUnauthorized(url: string): number {
    let origin: string;
    try {
      origin = new URL(url).origin;
    } catch {
      return 0;
    }
    let dropped = 0;
    for (const [key, e] of this.entries) {
      let o: string | undefined;
      try {
        o = new URL(e.url).origin;
      } catch {
        o = undefined;
      }
      if (o === origin) {
        this.entries.delete(key);
        dropped++;
      }
    }
    return dropped;
  }

  clear(): void {
    this.entries.clear();
  }

  get size(): number {
    return this.entries.size;
  }
}
