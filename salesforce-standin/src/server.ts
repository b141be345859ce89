/**
 * A local HTTP server that behaves like the parts of Salesforce the Braze webhook templates touch:
 * the OAuth token endpoint (oauth.ts), the REST data API (data-api.ts: sObjects of every served
 * object, upserts, collections, the API allocation), plus a control for tests (failures.ts). It
 * listens on 127.0.0.1 only and talks to nothing else.
 *
 * Sources: see the header of each module.
 * Unknown paths answer 404 `[{"errorCode":"NOT_FOUND","message":"The requested resource does not
 * exist"}]` (errorcodes.htm; captured answers).
 *
 * Assumed: request bodies above 2 MB are refused with 413 (a stand-in limit, not Salesforce's).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import { CAMPAIGN, DEMO_CAMPAIGN } from './campaigns';
import { handleData } from './data-api';
import { StandinControl, status500, type Control, type FailureKind, type FailurePlan, type RequestClass } from './failures';
import { JSON_CONTENT_TYPE, sfError, sfErrorResponse, type StandinRequest, type StandinResponse } from './http-types';
import { LEAD } from './lead-schema';
import { ApiUsage, requestLimitExceeded } from './limits';
import { DEMO_CLIENT, handleToken, TokenStore, type ClientCredentials } from './oauth';
import type { ObjectDef } from './object-schema';
import { findObject } from './objects';
import { validateBody } from './record-validation';
import { ObjectRecords, RecordStore } from './records';

export type { Control, FailureKind, FailurePlan } from './failures';
export type { SfRecord } from './records';
export { ObjectRecords, RecordStore } from './records';
export { DEMO_CAMPAIGN_ID } from './campaigns';
export type { ClientCredentials } from './oauth';

type Seed = Readonly<Record<string, unknown>>;

export interface StandinOptions {
  /** Port to listen on; 0 (the default) picks a free one. */
  readonly port?: number;
  /** Only the loopback address is allowed. */
  readonly host?: '127.0.0.1';
  /** Connected-app credentials accepted by the token endpoint (default: demo-client-id / demo-client-secret). */
  readonly clients?: readonly ClientCredentials[];
  /** Lead records present at start (and after `control.reset()`); each may carry an `Id`. */
  readonly leads?: readonly Seed[];
  /** Records of any served object by its name, created after the leads, in this order. */
  readonly records?: Readonly<Record<string, readonly Seed[]>>;
  /** The org's API allocation, M in `Sforce-Limit-Info: api-usage=N/M` (default 15000). */
  readonly apiLimit?: number;
  /** Failures queued at start. */
  readonly failures?: FailurePlan;
  /** Receives one line per request answered. */
  readonly logger?: (line: string) => void;
}

export interface Standin {
  /** e.g. http://127.0.0.1:54321 — also the `instance_url` of issued tokens. */
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
  /** The Lead records. */
  readonly store: ObjectRecords;
  /** The records of every object. */
  readonly records: RecordStore;
  readonly control: Control;
}

const MAX_BODY_BYTES = 2 * 1024 * 1024;

const optionsSchema = z.object({
  port: z.number().int().min(0).max(65535).optional(),
  host: z.literal('127.0.0.1').optional(),
  clients: z.array(z.object({ clientId: z.string().min(1), clientSecret: z.string().min(1) })).optional(),
  apiLimit: z.number().int().min(0).optional(),
});

function classify(pathname: string): RequestClass {
  if (pathname === '/services/oauth2/token' || pathname === '/services/oauth2/token/') return 'token';
  if (pathname === '/services/data' || pathname.startsWith('/services/data/')) return 'data';
  return 'other';
}

class BodyTooLarge extends Error {}

function readBody(req: http.IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new BodyTooLarge());
        req.removeAllListeners('data');
        req.resume();
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: http.ServerResponse, answer: StandinResponse): void {
  const headers: Record<string, string> = { ...answer.headers };
  let payload: string | undefined;
  if (answer.body !== undefined) {
    payload = JSON.stringify(answer.body);
    headers['Content-Type'] = JSON_CONTENT_TYPE;
    headers['Content-Length'] = String(Buffer.byteLength(payload));
  }
  res.writeHead(answer.status, headers);
  res.end(payload);
}

function seed(store: RecordStore, def: ObjectDef, records: readonly Seed[], where: string): void {
  for (const [i, record] of records.entries()) {
    const result = validateBody(def, JSON.stringify(record), 'create', store, { id: 'seed' });
    if (!result.ok) {
      throw new Error(`${where}[${i}] is not a valid ${def.name}: ${result.errors.map((e) => `${e.errorCode}: ${e.message}`).join('; ')}`);
    }
    store.insert(def, result.values, result.id);
  }
}

/** The demo campaign, the given leads, then the other given records: the state a reset returns to. */
function seedAll(store: RecordStore, options: StandinOptions): void {
  seed(store, CAMPAIGN, [DEMO_CAMPAIGN], 'the demo campaign');
  seed(store, LEAD, options.leads ?? [], 'options.leads');
  for (const [name, records] of Object.entries(options.records ?? {})) {
    const def = findObject(name);
    if (!def) throw new Error(`options.records: the stand-in does not serve ${name}`);
    seed(store, def, records, `options.records.${name}`);
  }
  store.markInitial();
}

/** Starts the stand-in; resolves once it listens. */
export async function startStandin(options: StandinOptions = {}): Promise<Standin> {
  const opts = optionsSchema.parse({ port: options.port, host: options.host, clients: options.clients, apiLimit: options.apiLimit });
  const host = '127.0.0.1';
  const clients: readonly ClientCredentials[] = opts.clients ?? [DEMO_CLIENT];
  const logger = options.logger;

  const tokens = new TokenStore();
  const store = new RecordStore();
  seedAll(store, options);
  const usage = new ApiUsage(opts.apiLimit);
  const control = new StandinControl(tokens, store, usage);
  control.queuePlan(options.failures);

  let closing = false;
  let baseUrl = '';
  const pendingDelays = new Set<{ timer: NodeJS.Timeout; done: (completed: boolean) => void }>();

  function delay(ms: number): Promise<boolean> {
    return new Promise((resolve) => {
      const entry = {
        timer: setTimeout(() => {
          pendingDelays.delete(entry);
          resolve(true);
        }, ms),
        done: resolve,
      };
      pendingDelays.add(entry);
    });
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const started = Date.now();
    const url = new URL(req.url ?? '/', baseUrl);
    let body: string;
    try {
      body = await readBody(req);
    } catch (e) {
      if (e instanceof BodyTooLarge) {
        send(res, sfErrorResponse(413, sfError('REQUEST_ENTITY_TOO_LARGE', `The stand-in accepts bodies up to ${MAX_BODY_BYTES} bytes`)));
        return;
      }
      throw e;
    }
    const request: StandinRequest = { method: (req.method ?? 'GET').toUpperCase(), url, headers: req.headers, body };

    if (url.pathname === '/__standin' || url.pathname.startsWith('/__standin/')) {
      send(res, control.handleHttp(request));
      return;
    }

    const { seq, path } = control.logRequest(request);
    const finish = (status: number | 'dropped', failure: FailureKind | null) => {
      control.settle(seq, status, failure);
      logger?.(`${request.method} ${path} -> ${status}${failure ? ` [${failure}]` : ''} (${Date.now() - started} ms)`);
    };

    const cls = classify(url.pathname);
    const failure = control.takeFailure(cls);
    if (failure) {
      switch (failure.kind) {
        case 'slow': {
          const completed = await delay(failure.delayMs);
          if (!completed || closing) {
            req.socket.destroy();
            finish('dropped', 'slow');
            return;
          }
          break;
        }
        case 'drop':
          req.socket.destroy();
          finish('dropped', 'drop');
          return;
        case 'status500':
          send(res, status500());
          finish(500, 'status500');
          return;
        case 'requestLimit':
          send(res, requestLimitExceeded());
          finish(403, 'requestLimit');
          return;
        case 'expireTokens':
          tokens.expireAll();
          break;
      }
    }

    let answer: StandinResponse;
    if (cls === 'token') answer = handleToken(request, { clients, tokens, instanceUrl: baseUrl });
    else if (cls === 'data') answer = handleData(request, { tokens, store, usage });
    else answer = sfErrorResponse(404, sfError('NOT_FOUND', 'The requested resource does not exist'));
    send(res, answer);
    finish(answer.status, failure?.kind ?? null);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      logger?.(`internal error: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
      if (!res.headersSent && !res.destroyed) send(res, status500());
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen({ port: opts.port ?? 0, host }, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  baseUrl = `http://${host}:${port}`;

  let closed: Promise<void> | undefined;
  return {
    url: baseUrl,
    port,
    store: new ObjectRecords(store, LEAD),
    records: store,
    control,
    close(): Promise<void> {
      if (!closed) {
        closing = true;
        closed = new Promise<void>((resolve) => {
          for (const d of pendingDelays) {
            clearTimeout(d.timer);
            d.done(false);
          }
          pendingDelays.clear();
          server.close(() => resolve());
          server.closeAllConnections();
        });
      }
      return closed;
    },
  };
}
