/**
 * The stand-in's control: failures to inject for tests, the log of received requests, token and
 * request-budget switches, and the same over HTTP under `/__standin/` for a test running in another
 * process (a VS Code extension host).
 *
 * Sources for the failure answers:
 * - 500 `[{"errorCode":"UNKNOWN_EXCEPTION","message":"An unexpected error occurred. Please include
 *   this ErrorId if you contact support: ..."}]`: the REST guide's status codes page lists 500 ("An
 *   error has occurred within Lightning Platform"); the UNKNOWN_EXCEPTION code and the ErrorId
 *   wording are how Salesforce's internal errors read in public bug reports (text assumed).
 * - 403 REQUEST_LIMIT_EXCEEDED and the allocation behind `Sforce-Limit-Info`: see limits.ts.
 * - Braze's side of these failures (why they matter): 5XX and 408/429 are retried, other 4XX are not;
 *   a webhook gets 90 s, Connected Content 2 s (braze-inc/braze-docs `creating_a_webhook.md`, `making_an_api_call.md`).
 *
 * Assumed: `requestLimit` failures apply only to `/services/data` requests; one queued failure
 * applies to one request, taken in the order queued among those whose target matches.
 */
import { z } from 'zod';
import { sfError, sfErrorResponse, type StandinRequest, type StandinResponse } from './http-types';
import type { ApiUsage, ApiUsageState } from './limits';
import { LEAD } from './lead-schema';
import { findObject } from './objects';
import type { RecordStore } from './records';
import type { TokenStore } from './oauth';

export const FAILURE_KINDS = ['slow', 'status500', 'drop', 'expireTokens', 'requestLimit'] as const;
export type FailureKind = (typeof FAILURE_KINDS)[number];

/** Which requests a queued failure applies to: token requests, `/services/data` requests, or any. */
export const FAILURE_TARGETS = ['any', 'token', 'data'] as const;
export type FailureTarget = (typeof FAILURE_TARGETS)[number];

export interface FailureSpec {
  readonly kind: FailureKind;
  /** How many of the next matching requests fail this way (default 1). */
  readonly count?: number;
  /** For `slow`: how long to wait before answering normally (default 100 ms). */
  readonly delayMs?: number;
  /** Default `any`; `requestLimit` always applies to `data` requests only. */
  readonly target?: FailureTarget;
}

/** Failures to queue at start: one spec or several, applied in order. */
export type FailurePlan = FailureSpec | readonly FailureSpec[];

export interface PendingFailure {
  readonly kind: FailureKind;
  readonly remaining: number;
  readonly delayMs: number;
  readonly target: FailureTarget;
}

export type RequestClass = 'token' | 'data' | 'other';

export interface LoggedRequest {
  readonly seq: number;
  /** ISO time of arrival. */
  readonly time: string;
  readonly method: string;
  /** Path and query, with secrets masked. */
  readonly path: string;
  /** Header names in lower case; Authorization and other secrets masked. */
  readonly headers: Readonly<Record<string, string>>;
  /** The body as text, with secrets masked. */
  readonly body: string;
  /** The status answered, `dropped` when the connection was cut, null while in progress. */
  readonly status: number | 'dropped' | null;
  /** The injected failure that applied to this request, if any. */
  readonly failure: FailureKind | null;
}

export interface ResetOptions {
  /** Also forget every issued token (default false: tokens stay valid across a reset). */
  readonly tokens?: boolean;
}

/** What a test uses to steer the stand-in. */
export interface Control {
  /** The next `count` matching requests fail with `kind`. */
  failNext(kind: FailureKind, count?: number, options?: { delayMs?: number; target?: FailureTarget }): void;
  /** Received requests (control requests excluded), oldest first, secrets masked; at most 1000. */
  readonly requests: readonly LoggedRequest[];
  readonly pendingFailures: readonly PendingFailure[];
  /** Every token issued so far becomes invalid now. */
  expireTokens(): void;
  /** Tokens older than `ms` are refused with 401 (null: no limit, the default). */
  setTokenLifetime(ms: number | null): void;
  /** After `n` more authenticated data requests, answer REQUEST_LIMIT_EXCEEDED (null: the configured allocation). */
  setRequestBudget(n: number | null): void;
  /** The API calls counted (N) and the allocation (M) of `Sforce-Limit-Info: api-usage=N/M`. */
  readonly apiUsage: ApiUsageState;
  /** Sets N and/or M. */
  setApiUsage(values: { used?: number; limit?: number }): void;
  /** The allocation runs out: data requests answer 403 REQUEST_LIMIT_EXCEEDED until a reset. */
  exhaustApiLimit(): void;
  /** Clears failures, the log, the API usage and the token lifetime, and restores the initial records. */
  reset(options?: ResetOptions): void;
}

const MAX_LOG = 1000;
const MAX_COUNT = 1000;
const MAX_DELAY_MS = 120_000;
const DEFAULT_SLOW_MS = 100;
const MASK = '****';

const failSchema = z.strictObject({
  kind: z.enum(FAILURE_KINDS),
  count: z.number().int().min(1).max(MAX_COUNT).optional(),
  delayMs: z.number().int().min(0).max(MAX_DELAY_MS).optional(),
  target: z.enum(FAILURE_TARGETS).optional(),
});
const resetSchema = z.strictObject({ tokens: z.boolean().optional() });
const lifetimeSchema = z.strictObject({ ms: z.number().int().min(0).nullable() });
const budgetSchema = z.strictObject({ remaining: z.number().int().min(0).nullable() });
const usageSchema = z.strictObject({ used: z.number().int().min(0).optional(), limit: z.number().int().min(0).optional() });

export function masked(value: string): string {
  const m = /^(\S+)\s+\S/.exec(value);
  return m ? `${m[1]} ${MASK}` : MASK;
}

interface MutableEntry {
  seq: number;
  time: string;
  method: string;
  path: string;
  headers: Record<string, string>;
  body: string;
  status: number | 'dropped' | null;
  failure: FailureKind | null;
}

export class StandinControl implements Control {
  private queue: { kind: FailureKind; remaining: number; delayMs: number; target: FailureTarget }[] = [];
  private log: MutableEntry[] = [];
  private seq = 0;

  constructor(
    private readonly tokens: TokenStore,
    private readonly store: RecordStore,
    private readonly usage: ApiUsage,
  ) {}

  failNext(kind: FailureKind, count = 1, options: { delayMs?: number; target?: FailureTarget } = {}): void {
    const spec = failSchema.parse({ kind, count, ...options });
    this.queue.push({
      kind: spec.kind,
      remaining: spec.count ?? 1,
      delayMs: spec.delayMs ?? DEFAULT_SLOW_MS,
      target: spec.kind === 'requestLimit' ? 'data' : (spec.target ?? 'any'),
    });
  }

  queuePlan(plan: FailurePlan | undefined): void {
    if (plan === undefined) return;
    const specs: readonly FailureSpec[] = Array.isArray(plan) ? plan : [plan as FailureSpec];
    for (const s of specs) this.failNext(s.kind, s.count, { delayMs: s.delayMs, target: s.target });
  }

  get pendingFailures(): readonly PendingFailure[] {
    return this.queue.map((q) => ({ ...q }));
  }

  /** Takes the first queued failure that applies to a request of this class. */
  takeFailure(cls: RequestClass): PendingFailure | undefined {
    const i = this.queue.findIndex((q) => q.target === 'any' || q.target === cls);
    if (i < 0) return undefined;
    const q = this.queue[i];
    q.remaining -= 1;
    if (q.remaining <= 0) this.queue.splice(i, 1);
    return { ...q };
  }

  get requests(): readonly LoggedRequest[] {
    return this.log.map((e) => ({ ...e, headers: { ...e.headers } }));
  }

  /** Masks the secrets of a text: issued tokens and client secrets. */
  private scrub(text: string): string {
    let out = text.replace(/(client_secret=)[^&\s]*/gi, `$1${MASK}`).replace(/("client_secret"\s*:\s*")[^"]*(")/gi, `$1${MASK}$2`);
    for (const t of this.tokens.liveTokens()) if (out.includes(t)) out = out.split(t).join(MASK);
    return out;
  }

  /** Records a received request; returns its sequence number and masked path. */
  logRequest(req: StandinRequest): { seq: number; path: string } {
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined) continue;
      const v = Array.isArray(value) ? value.join(', ') : value;
      headers[name] = name === 'authorization' || name === 'proxy-authorization' || name === 'cookie' ? masked(v) : this.scrub(v);
    }
    const entry: MutableEntry = {
      seq: ++this.seq,
      time: new Date().toISOString(),
      method: req.method,
      path: this.scrub(req.url.pathname + req.url.search),
      headers,
      body: this.scrub(req.body),
      status: null,
      failure: null,
    };
    this.log.push(entry);
    if (this.log.length > MAX_LOG) this.log.splice(0, this.log.length - MAX_LOG);
    return { seq: entry.seq, path: entry.path };
  }

  settle(seq: number, status: number | 'dropped', failure: FailureKind | null): void {
    const e = this.log.find((x) => x.seq === seq);
    if (e) {
      e.status = status;
      e.failure = failure;
    }
  }

  expireTokens(): void {
    this.tokens.expireAll();
  }

  setTokenLifetime(ms: number | null): void {
    this.tokens.setLifetime(ms);
  }

  setRequestBudget(n: number | null): void {
    this.usage.allowMore(n);
  }

  get apiUsage(): ApiUsageState {
    return this.usage.state;
  }

  setApiUsage(values: { used?: number; limit?: number }): void {
    this.usage.set(usageSchema.parse(values));
  }

  exhaustApiLimit(): void {
    this.usage.exhaust();
  }

  reset(options: ResetOptions = {}): void {
    this.queue = [];
    this.log = [];
    this.usage.reset();
    this.tokens.setLifetime(null);
    if (options.tokens) this.tokens.expireAll();
    this.store.reset();
  }

  /** Handles `/__standin/...`. */
  handleHttp(req: StandinRequest): StandinResponse {
    const path = req.url.pathname.replace(/\/+$/, '');
    const route = `${req.method} ${path}`;
    const body = (): unknown => {
      if (req.body.trim() === '') return {};
      return JSON.parse(req.body) as unknown;
    };
    try {
      switch (route) {
        case 'GET /__standin':
          return {
            status: 200,
            body: {
              endpoints: [
                'POST /__standin/fail {kind, count?, delayMs?, target?}',
                'GET /__standin/requests',
                'GET /__standin/leads',
                'GET /__standin/records/<Object>',
                'POST /__standin/reset {tokens?}',
                'POST /__standin/expire-tokens',
                'POST /__standin/token-lifetime {ms|null}',
                'POST /__standin/budget {remaining|null}',
                'POST /__standin/api-usage {used?, limit?}',
                'POST /__standin/exhaust-api-limit',
                'GET /__standin/state',
              ],
              kinds: FAILURE_KINDS,
            },
          };
        case 'POST /__standin/fail': {
          const spec = failSchema.parse(body());
          this.failNext(spec.kind, spec.count, { delayMs: spec.delayMs, target: spec.target });
          return { status: 200, body: { queued: this.pendingFailures } };
        }
        case 'GET /__standin/requests':
          return { status: 200, body: this.requests };
        case 'GET /__standin/leads':
          return { status: 200, body: this.store.list(LEAD) };
        case 'POST /__standin/reset':
          this.reset(resetSchema.parse(body()));
          return { status: 200, body: { ok: true } };
        case 'POST /__standin/expire-tokens':
          this.expireTokens();
          return { status: 200, body: { ok: true } };
        case 'POST /__standin/token-lifetime':
          this.setTokenLifetime(lifetimeSchema.parse(body()).ms);
          return { status: 200, body: { ok: true } };
        case 'POST /__standin/budget':
          this.setRequestBudget(budgetSchema.parse(body()).remaining);
          return { status: 200, body: { ok: true } };
        case 'POST /__standin/api-usage':
          this.setApiUsage(usageSchema.parse(body()));
          return { status: 200, body: { ok: true, apiUsage: this.apiUsage } };
        case 'POST /__standin/exhaust-api-limit':
          this.exhaustApiLimit();
          return { status: 200, body: { ok: true, apiUsage: this.apiUsage } };
        case 'GET /__standin/state':
          return {
            status: 200,
            body: {
              pendingFailures: this.pendingFailures,
              tokenLifetimeMs: this.tokens.lifetime,
              liveTokens: this.tokens.size,
              apiUsage: this.apiUsage,
              leads: this.store.list(LEAD).length,
              records: this.store.counts(),
            },
          };
        default: {
          const object = /^GET \/__standin\/records\/([^/]+)$/.exec(route);
          const def = object ? findObject(object[1]) : undefined;
          if (def) return { status: 200, body: this.store.list(def) };
          return { status: 404, body: { error: `unknown control endpoint: ${route}` } };
        }
      }
    } catch (e) {
      if (e instanceof z.ZodError) return { status: 400, body: { error: 'invalid control request', issues: e.issues } };
      if (e instanceof SyntaxError) return { status: 400, body: { error: `body is not JSON: ${e.message}` } };
      throw e;
    }
  }
}

/** Salesforce-like answers for the injected failures. */
export function status500(): StandinResponse {
  const errorId = `${Math.floor(Math.random() * 1e9)}-${Math.floor(Math.random() * 1e5)} (${-Math.floor(Math.random() * 1e9)})`;
  return sfErrorResponse(
    500,
    sfError('UNKNOWN_EXCEPTION', `An unexpected error occurred. Please include this ErrorId if you contact support: ${errorId}`),
  );
}
