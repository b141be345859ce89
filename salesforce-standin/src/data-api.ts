/**
 * The REST data API under `/services/data/`: the version list, then for a version the session and
 * the API allocation, and the resources: the directory, `sobjects/...` (sobjects.ts) and
 * `composite/sobjects/...` (composite.ts).
 *
 * Sources:
 * - `GET /services/data/` lists `{label, url, version}` per version (REST API Developer Guide,
 *   "List Available REST API Versions", dome_versions.htm); it needs no session and does not count
 *   towards the org's limit (headers_api_usage.htm).
 * - 401 `[{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]`
 *   (errorcodes.htm: session/OAuth token expired or invalid; captured answers).
 * - 410 for a retired version (errorcodes.htm; see api-versions.ts).
 * - `Sforce-Limit-Info` on every answer of an authenticated request (limits.ts).
 *
 * Assumed: the version is checked before the session, and the session before the allocation;
 * a Content-Type other than JSON is still read as JSON (the stand-in speaks no XML); the resource
 * directory answered by `GET /services/data/vNN.N/` is trimmed to a few entries.
 */
import { versionList, versionStatus } from './api-versions';
import { handleCollections } from './composite';
import { headerValue, isRead, methodNotAllowed, notFound, sfError, sfErrorResponse, type StandinRequest, type StandinResponse } from './http-types';
import type { ApiUsage } from './limits';
import { bearerToken, type TokenStore } from './oauth';
import type { RecordStore } from './records';
import { handleSobjects } from './sobjects';

export interface DataContext {
  readonly tokens: TokenStore;
  readonly store: RecordStore;
  readonly usage: ApiUsage;
}

function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

export function handleData(req: StandinRequest, ctx: DataContext): StandinResponse {
  const segments = req.url.pathname.split('/').filter((s) => s !== '').map(decodeSegment);
  // segments[0] = 'services', segments[1] = 'data'
  if (segments.length === 2) {
    return isRead(req.method) ? { status: 200, body: versionList() } : methodNotAllowed(req.method, 'HEAD,GET');
  }
  const version = segments[2];
  const status = versionStatus(version);
  if (status === 'unknown') return notFound();
  if (status === 'retired') return sfErrorResponse(410, sfError('GONE', 'The requested resource no longer exists.'));

  const token = bearerToken(headerValue(req.headers, 'authorization'));
  if (token === undefined || ctx.tokens.check(token) !== 'valid') {
    return sfErrorResponse(401, sfError('INVALID_SESSION_ID', 'Session expired or invalid'));
  }
  if (!ctx.usage.consume()) return ctx.usage.refusal();
  const answer = route(req, segments.slice(3), version, ctx.store);
  return { ...answer, headers: { ...answer.headers, ...ctx.usage.headers() } };
}

function route(req: StandinRequest, rest: string[], version: string, store: RecordStore): StandinResponse {
  const base = `/services/data/${version}`;
  if (rest.length === 0) {
    return isRead(req.method)
      ? { status: 200, body: { sobjects: `${base}/sobjects`, composite: `${base}/composite`, query: `${base}/query`, limits: `${base}/limits` } }
      : methodNotAllowed(req.method, 'HEAD,GET');
  }
  if (rest[0] === 'sobjects') return handleSobjects(req, rest.slice(1), version, store);
  if (rest[0] === 'composite' && rest[1] === 'sobjects') return handleCollections(req, rest.slice(2), version, store);
  return notFound();
}
