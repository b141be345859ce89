/**
 * Helpers for the stand-in's tests: start a server on port 0 and always close it, fetch a token,
 * call the API with a time limit, and send requests with a chosen Host header (fetch does not let
 * a caller set Host, node:http does). Only loopback addresses are contacted.
 */
import http from 'node:http';
import { DEMO_CLIENT, type ClientCredentials } from '../../salesforce-standin/src/oauth';
import { startStandin, type Standin, type StandinOptions } from '../../salesforce-standin/src/server';

export const TIMEOUT_MS = 5000;

export async function withStandin<T>(fn: (s: Standin) => Promise<T>, options: StandinOptions = {}): Promise<T> {
  const s = await startStandin(options);
  try {
    return await fn(s);
  } finally {
    await s.close();
  }
}

export interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  /** The body parsed as JSON, or undefined when empty / not JSON. */
  readonly json: unknown;
}

export async function call(url: string, init: RequestInit = {}): Promise<Answer> {
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS) });
  const text = await res.text();
  let json: unknown;
  try {
    json = text === '' ? undefined : (JSON.parse(text) as unknown);
  } catch {
    json = undefined;
  }
  return { status: res.status, headers: res.headers, text, json };
}

export function tokenRequest(s: Standin, form: Record<string, string>, headers: Record<string, string> = {}): Promise<Answer> {
  return call(`${s.url}/services/oauth2/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(form).toString(),
  });
}

export async function getToken(s: Standin, client: ClientCredentials = DEMO_CLIENT): Promise<string> {
  const a = await tokenRequest(s, { grant_type: 'client_credentials', client_id: client.clientId, client_secret: client.clientSecret });
  if (a.status !== 200) throw new Error(`token request failed: ${a.status} ${a.text}`);
  return (a.json as { access_token: string }).access_token;
}

export const V = 'v60.0';

/** `.../services/data/<version>/sobjects/<object>/<rest>` */
export function sobjectPath(s: Standin, object: string, rest = '', version = V): string {
  return `${s.url}/services/data/${version}/sobjects/${object}/${rest}`;
}

export function leadPath(s: Standin, rest = '', version = V): string {
  return sobjectPath(s, 'Lead', rest, version);
}

/** `.../services/data/<version>/composite/sobjects<rest>` */
export function collectionsPath(s: Standin, rest = '', version = V): string {
  return `${s.url}/services/data/${version}/composite/sobjects${rest}`;
}

/** A call to the data API with a bearer token; `body` objects are sent as JSON, strings as they are. */
export function api(token: string | undefined, method: string, url: string, body?: unknown): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (token !== undefined) headers.Authorization = `Bearer ${token}`;
  let payload: string | undefined;
  if (body !== undefined) {
    headers['Content-Type'] = 'application/json';
    payload = typeof body === 'string' ? body : JSON.stringify(body);
  }
  return call(url, { method, headers, body: payload });
}

/** Creates a record and returns its id (fails the test when the create fails). */
export async function createRecord(s: Standin, token: string, object: string, fields: Record<string, unknown>): Promise<string> {
  const a = await api(token, 'POST', sobjectPath(s, object), fields);
  if (a.status !== 201) throw new Error(`create ${object} failed: ${a.status} ${a.text}`);
  return (a.json as { id: string }).id;
}

/** Creates a lead and returns its id (fails the test when the create fails). */
export function createLead(s: Standin, token: string, fields: Record<string, unknown> = { LastName: 'Lovelace', Company: 'Engines Ltd' }): Promise<string> {
  return createRecord(s, token, 'Lead', fields);
}

/** A request over node:http, so the Host header can be chosen. */
export function rawRequest(
  s: Standin,
  options: { method: string; path: string; headers?: Record<string, string>; body?: string },
): Promise<{ status: number; text: string; json: unknown }> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: s.port, method: options.method, path: options.path, headers: options.headers, timeout: TIMEOUT_MS },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text) as unknown;
          } catch {
            json = undefined;
          }
          resolve({ status: res.statusCode ?? 0, text, json });
        });
        res.on('error', reject);
      },
    );
    req.on('timeout', () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
    req.end(options.body);
  });
}

/** The first error of a Salesforce error array. */
export function firstError(a: Answer): { message: string; errorCode: string; fields?: string[] } {
  const arr = a.json as { message: string; errorCode: string; fields?: string[] }[];
  if (!Array.isArray(arr) || arr.length === 0) throw new Error(`not an error array: ${a.status} ${a.text}`);
  return arr[0];
}
