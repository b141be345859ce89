/**
 * `{% connected_content URL :option value ... %}` as a liquidjs tag that makes the HTTP call, the
 * way Braze does (braze-inc/braze-docs `.../personalize/connected_content/making_an_api_call.md`, `caching_responses.md`,
 * `connected_content_retries.md`, `local_connected_content_variables.md`):
 * - GET (default) or POST only; `:body`, `:headers {json}`, `:content_type` (sets Content-Type and
 *   Accept), `:basic_auth <name>`, `:auth_credentials <name>`, `:save <name>` (default `connected`),
 *   `:cache_max_age N`, `:no_cache`, `:retry`;
 * - a JSON answer is parsed into the saved variable; an object answered with 2xx gets
 *   `__http_status_code__` (newer docs). A JSON answer with another status is saved too, without
 *   the key (docs disagree; this keeps `result.error` readable); non-JSON 2xx text is inserted in
 *   place of the tag; 404 renders empty; a redirect is not followed (nothing inserted); an answer
 *   over 1 MB is not inserted; no answer within the time limit (2 s by default) inserts nothing;
 * - `:retry`: a 5xx, a timeout or a failed connection aborts the message, as Braze does after its
 *   retries (this tool does not wait out Braze's backoff: it reports at once);
 * - a missing `:basic_auth`/`:auth_credentials` credential aborts the message (Braze aborts calls
 *   whose credential was deleted);
 * - GET default headers `Content-Type: application/json`, `Accept: *\/*`; POST default
 *   `Content-Type: application/x-www-form-urlencoded`; with `:content_type application/json` a
 *   form-style body (`a=1&b=2`) is sent as JSON.
 * - caching: see cache.ts.
 */
import { Tag, type Context, type Emitter, type Liquid, type TagToken, type TopLevelToken } from 'liquidjs';
import { parseConnectedContent } from '../syntax';
import { CACHE_MAX_AGE_MAX, CACHE_MAX_AGE_MIN, checkDestination, DEFAULT_GET_CACHE_SECONDS, DEFAULT_SAVE_VARIABLE, isSecretHeader, secretPartOfHeader, secretsInJson, t } from '../core';
import { inField } from './field-place';
import { CONNECTED_CONTENT_MAX_BYTES, megabytes, readBody } from './body';
import { ConnectedContentCache, type CachedAnswer } from './cache';
import type { RenderClock } from './limits';
import type { ConnectedContentCall, RenderContext, RenderFailure } from './types';
import { deadline, errorText } from './deadline';

export const DEFAULT_CONNECTED_CONTENT_TIMEOUT_MS = 2000;
const MAX_LOGGED_TEXT = 64 * 1024;
const USER_AGENT = 'Braze Sender (braze-webhook-send)';

/** Thrown (through liquidjs) to stop a render; the session says why. */
export class StopRender extends Error {}

type StopKind = Extract<RenderFailure['kind'], 'aborted' | 'connected-content' | 'cancelled' | 'limit' | 'refused'>;

/** State shared by the tags of one `renderWebhook` call. */
export class RenderSession {
  readonly calls: ConnectedContentCall[] = [];
  readonly secrets = new Set<string>();
  readonly notes: string[] = [];
  field = '';
  /** The render time limit of the field being rendered: told how long answers were waited for. */
  clock?: RenderClock;
  stop?: { kind: StopKind; message: string; abortReason?: string };

  constructor(readonly context: RenderContext) {}

  halt(kind: StopKind, message: string, abortReason?: string): never {
    this.stop = { kind, message, abortReason };
    throw new StopRender(message);
  }
}

interface Options {
  method: string;
  body?: string;
  headers?: string;
  contentType?: string;
  save?: string;
  cacheMaxAge?: string;
  noCache: boolean;
  retry: boolean;
  basicAuth?: string;
  authCredentials?: string;
  unknown: string[];
}

/** Registers `connected_content` and `abort_message` on an engine, bound to a session. */
export function registerBrazeTags(engine: Liquid, session: RenderSession): void {
  engine.registerTag(
    'connected_content',
    class extends Tag {
      private readonly raw: string;
      constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
        super(token, remain, liquid);
        this.raw = token.args;
      }
      *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
        const parsed = parseConnectedContent(this.raw, this.raw, 0, this.raw.length);
        if (!parsed.connectedContent.url || parsed.problems.length > 0) {
          const problem = parsed.problems[0]?.message;
          session.halt('connected-content', problem ? t('connected_content {0}: {1}', inField(session.field), problem) : t('connected_content {0}: no URL', inField(session.field)));
        }
        const liquid = this.liquid;
        const renderText = (s: string) => liquid.renderer.renderTemplates(liquid.parse(s), ctx);
        const url = String(yield renderText(parsed.connectedContent.url.text)).trim();
        const opts: Options = { method: 'get', noCache: false, retry: false, unknown: [] };
        for (const o of parsed.connectedContent.options) {
          const value = o.value ? String(yield renderText(o.value.text)) : undefined;
          switch (o.name.text) {
            case 'method': opts.method = (value ?? '').trim().toLowerCase(); break;
            case 'body': opts.body = value; break;
            case 'headers': opts.headers = value; break;
            case 'content_type': opts.contentType = value?.trim(); break;
            case 'save': opts.save = value?.trim(); break;
            case 'cache_max_age': opts.cacheMaxAge = value?.trim(); break;
            case 'no_cache': opts.noCache = true; break;
            case 'retry': opts.retry = true; break;
            case 'basic_auth': opts.basicAuth = value?.trim(); break;
            case 'auth_credentials': opts.authCredentials = value?.trim(); break;
            case 'rerender': break;
            default: opts.unknown.push(o.name.text);
          }
        }
        const result = (yield callConnectedContent(session, url, opts)) as { save?: { name: string; value: unknown }; insert?: string };
        if (result.save) ctx.bottom()[result.save.name] = result.save.value;
        if (result.insert) emitter.write(result.insert);
      }
    },
  );
  engine.registerTag(
    'abort_message',
    class extends Tag {
      private readonly reason?: string;
      constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
        super(token, remain, liquid);
        const args = token.args.trim();
        const m = /^\(\s*(?:(['"])([\s\S]*?)\1)?\s*\)$/.exec(args);
        this.reason = m ? m[2] : args === '' ? undefined : args;
      }
      render(): void {
        const reason = this.reason;
        const where = inField(session.field);
        // The tag is an argument: its braces next to a placeholder would read as one.
        const message = reason ? t('abort_message {0}: "{1}" (Braze does not send the message)', where, reason) : t('{0} called {1} (Braze does not send the message)', '{% abort_message %}', where);
        session.halt('aborted', message, reason);
      }
    },
  );
}

/** A credential by its exact name, else by the name folded like an environment variable (case, `-`, spaces). */
function lookupCredential<T>(credentials: Readonly<Record<string, T>> | undefined, name: string): T | undefined {
  if (!credentials) return undefined;
  if (Object.prototype.hasOwnProperty.call(credentials, name)) return credentials[name];
  const fold = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, '_');
  const key = Object.keys(credentials).find((k) => fold(k) === fold(name));
  return key === undefined ? undefined : credentials[key];
}

function isJsonContentType(ct: string | undefined): boolean {
  return !!ct && /^application\/([\w.+-]*\+)?json\b/i.test(ct);
}

function formToJson(body: string): string {
  const params = new URLSearchParams(body);
  const obj: Record<string, string> = {};
  for (const [k, v] of params) obj[k] = v;
  return JSON.stringify(obj);
}

async function callConnectedContent(session: RenderSession, writtenUrl: string, opts: Options): Promise<{ save?: { name: string; value: unknown }; insert?: string }> {
  const ctx = session.context;
  const field = session.field;
  const notes: string[] = [];
  if (opts.method !== 'get' && opts.method !== 'post') {
    session.halt('connected-content', t('connected_content {0}: "{1}" is not possible: Braze\'s Connected Content sends only GET and POST', inField(field), `:method ${opts.method}`));
  }
  const method = opts.method === 'post' ? 'POST' : 'GET';
  if (opts.unknown.length) {
    const names = opts.unknown.map((u) => `:${u}`).join(' ');
    notes.push(opts.unknown.length > 1 ? t('unknown options ignored: {0}', names) : t('unknown option ignored: {0}', names));
  }
  const destination = checkDestination(writtenUrl, { instanceUrlOverride: ctx.instanceUrlOverride, allowHttpHosts: ctx.allowHttpHosts });
  if (!destination.ok) {
    session.calls.push({ field, method, url: destination.url ?? writtenUrl, requestHeaders: {}, fromCache: false, durationMs: 0, outcome: 'refused', notes: [...notes, destination.message] });
    // A hidden host, or one the override cannot contain, stops the run; for the rest Braze logs "<url> is not a valid URL" and renders nothing in its place.
    if (destination.reason !== 'transport') session.halt('refused', t('connected_content {0}: {1}', inField(field), destination.message));
    return {};
  }
  const url = destination.url;
  if (destination.rewrittenFrom) notes.push(t('sent to {0} (instance override) instead of {1}', new URL(url).origin, new URL(writtenUrl).origin));

  // Headers, in Braze's order: defaults, :content_type, credentials, :headers.
  const headers: Record<string, string> = { 'User-Agent': USER_AGENT };
  if (method === 'GET') Object.assign(headers, { 'Content-Type': 'application/json', Accept: '*/*' });
  else Object.assign(headers, { 'Content-Type': 'application/x-www-form-urlencoded', Accept: '*/*' });
  if (opts.contentType) Object.assign(headers, { 'Content-Type': opts.contentType, Accept: opts.contentType });
  if (opts.basicAuth !== undefined) {
    const cred = lookupCredential(ctx.basicAuth, opts.basicAuth);
    if (!cred) session.halt('aborted', t('connected_content {0}: no basic-auth credential named "{1}" (Braze aborts a call whose credential does not exist)', inField(field), opts.basicAuth));
    const encoded = Buffer.from(`${cred.username}:${cred.password}`, 'utf8').toString('base64');
    headers.Authorization = `Basic ${encoded}`;
    session.secrets.add(cred.password);
    session.secrets.add(encoded);
  }
  if (opts.authCredentials !== undefined) {
    const cred = lookupCredential(ctx.authCredentials, opts.authCredentials);
    if (!cred) session.halt('aborted', t('connected_content {0}: no token credential named "{1}" (Braze aborts a call whose credential does not exist)', inField(field), opts.authCredentials));
    for (const [k, v] of Object.entries(cred)) {
      headers[k] = v;
      session.secrets.add(secretPartOfHeader(v));
    }
  }
  if (opts.headers !== undefined) {
    let extra: unknown;
    try {
      extra = JSON.parse(opts.headers) as unknown;
    } catch {
      session.halt('connected-content', t('connected_content {0}: ":headers" must be a JSON object of names and values, and {1} is not valid JSON', inField(field), JSON.stringify(opts.headers)));
    }
    if (extra === null || typeof extra !== 'object' || Array.isArray(extra)) session.halt('connected-content', t('connected_content {0}: ":headers" must be a JSON object', inField(field)));
    for (const [k, v] of Object.entries(extra as Record<string, unknown>)) {
      headers[k] = String(v);
      if (isSecretHeader(k)) session.secrets.add(secretPartOfHeader(String(v)));
    }
  }

  let body: string | undefined;
  if (method === 'POST') {
    body = opts.body ?? '';
    const trimmed = body.trim();
    if (isJsonContentType(headers['Content-Type']) && trimmed !== '' && !trimmed.startsWith('{') && !trimmed.startsWith('[') && trimmed.includes('=')) {
      body = formToJson(trimmed);
      notes.push(t('form-style :body sent as JSON because of :content_type'));
    }
  } else if (opts.body !== undefined) {
    notes.push(t(':body ignored: a GET call has no body (add :method post)'));
  }

  // Cache policy.
  let maxAge: number | undefined;
  if (opts.cacheMaxAge !== undefined) {
    const n = Number(opts.cacheMaxAge);
    if (!Number.isFinite(n) || n <= 0) notes.push(t(':cache_max_age "{0}" is not a number of seconds: not cached', opts.cacheMaxAge));
    else {
      maxAge = Math.min(Math.max(Math.floor(n), CACHE_MAX_AGE_MIN), CACHE_MAX_AGE_MAX);
      if (maxAge !== n) notes.push(t(":cache_max_age {0} is outside Braze's {1}..{2} seconds: kept {3}", opts.cacheMaxAge, CACHE_MAX_AGE_MIN, CACHE_MAX_AGE_MAX, maxAge));
    }
  }
  let cacheSeconds: number | undefined;
  if (method === 'GET') cacheSeconds = opts.noCache ? undefined : (maxAge ?? DEFAULT_GET_CACHE_SECONDS);
  else cacheSeconds = maxAge;
  const cache = ctx.cache;
  const key = ConnectedContentCache.key(method, url, body);

  const record: ConnectedContentCall = { field, method, url, requestHeaders: headers, requestBody: body, fromCache: false, durationMs: 0, outcome: 'http-error', notes };
  session.calls.push(record);

  let answer: CachedAnswer | undefined;
  if (cache && cacheSeconds !== undefined) {
    const hit = cache.get(key);
    if (hit) {
      answer = hit.answer;
      record.fromCache = true;
      notes.push(t('answer taken from the cache (stored {0} s ago, kept {1} s more)', hit.ageSeconds, hit.expiresInSeconds));
    }
  } else if (method === 'POST' && cacheSeconds === undefined) {
    notes.push(t('POST without :cache_max_age: not cached, called for every message'));
  }

  if (!answer) {
    const started = performance.now();
    const timeoutMs = ctx.connectedContentTimeoutMs ?? DEFAULT_CONNECTED_CONTENT_TIMEOUT_MS;
    const limit = deadline(timeoutMs, ctx.signal);
    try {
      const res = await (ctx.fetch ?? fetch)(url, { method, headers, body, redirect: 'manual', signal: limit.signal });
      const read = await readBody(res, CONNECTED_CONTENT_MAX_BYTES, limit.signal);
      record.status = res.status;
      if (read.tooLarge) {
        record.durationMs = Math.round(performance.now() - started);
        record.outcome = 'too-large';
        notes.push(t('the answer is over {0} ({1}): Braze does not insert it', megabytes(CONNECTED_CONTENT_MAX_BYTES), read.why));
        return {};
      }
      answer = { status: res.status, contentType: res.headers.get('content-type') ?? '', text: read.text };
      if (res.status >= 300 && res.status < 400) {
        const location = res.headers.get('location');
        if (location) notes.push(`Location: ${location}`);
      }
    } catch (e) {
      record.durationMs = Math.round(performance.now() - started);
      if (ctx.signal?.aborted) session.halt('cancelled', t('cancelled during the Connected Content call to {0}', url));
      if (limit.timedOut()) {
        record.outcome = 'timeout';
        notes.push(t('no answer within {0} ms: Braze inserts nothing when a Connected Content call takes longer than 2 seconds', timeoutMs));
      } else {
        record.outcome = 'network-error';
        notes.push(t('the call failed: {0}', errorText(e)));
      }
      if (opts.retry) session.halt('aborted', t('connected_content {0}: the call to {1} failed ({2}); with :retry Braze retries it up to 5 times, then aborts the message', inField(field), url, record.outcome));
      return {};
    } finally {
      limit.dispose();
      // The wait for the answer does not count against the render time limit.
      session.clock?.waited(performance.now() - started);
    }
    record.durationMs = Math.round(performance.now() - started);
    if (cache && cacheSeconds !== undefined && cache.set(key, method, url, answer, cacheSeconds)) {
      notes.push(t('answer cached for {0} s', cacheSeconds));
    }
  }

  record.status = answer.status;
  record.responseText = answer.text.length > MAX_LOGGED_TEXT ? `${answer.text.slice(0, MAX_LOGGED_TEXT)}…` : answer.text;
  const parsedJson = parseJson(answer.text);
  if (parsedJson.ok) for (const secret of secretsInJson(parsedJson.value)) session.secrets.add(secret);

  const status = answer.status;
  if (status === 404) {
    record.outcome = 'empty-404';
    notes.push(t('404: Braze renders an empty string in place of the tag'));
    return {};
  }
  if (status >= 300 && status < 400) {
    record.outcome = 'redirect';
    notes.push(t('{0}: Braze does not follow redirects; nothing is inserted', status));
    return {};
  }
  if (status >= 500 && opts.retry) {
    session.halt('aborted', t('connected_content {0}: {1} answered {2}; with :retry Braze retries it up to 5 times, then aborts the message', inField(field), url, status));
  }
  const name = opts.save ?? DEFAULT_SAVE_VARIABLE;
  if (parsedJson.ok) {
    let value = parsedJson.value;
    const isObject = value !== null && typeof value === 'object' && !Array.isArray(value);
    if (isObject && status >= 200 && status < 300) value = { ...(value as object), __http_status_code__: status };
    record.outcome = status >= 200 && status < 300 ? 'saved' : 'http-error';
    record.savedAs = name;
    if (status < 200 || status >= 300) notes.push(t('{0}: the JSON answer is saved in "{1}" without __http_status_code__', status, name));
    return { save: { name, value } };
  }
  if (status >= 200 && status < 300) {
    record.outcome = 'inserted';
    return { insert: answer.text };
  }
  record.outcome = 'http-error';
  notes.push(t('{0}: the answer is not JSON; nothing is inserted', status));
  return {};
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false } {
  const t = text.trim();
  if (t === '' || !/^[[{"\d-]|^(true|false|null)$/.test(t)) return { ok: false };
  try {
    return { ok: true, value: JSON.parse(t) as unknown };
  } catch {
    return { ok: false };
  }
}
