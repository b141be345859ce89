/**
 * The REST data API under `/services/data/`: the version list, and the Lead resources under
 * `/services/data/vNN.N/sobjects/Lead/`.
 *
 * Sources:
 * - Create `POST .../sobjects/Lead/` → 201 `{"id","errors":[],"success":true}`; errors as an array:
 *   REST API Developer Guide, "Create a Record" (developer.salesforce.com/docs/atlas.en-us.api_rest.meta/
 *   api_rest/dome_sobject_create.htm). Update `PATCH .../Lead/{id}` → 204 No Content; `GET
 *   .../Lead/{id}` → 200 record with `attributes {type, url}`; `GET .../Lead/describe`:
 *   the guide's "Status Codes and Error Responses" (errorcodes.htm: 200 GET, 201 POST,
 *   204 PATCH/DELETE, 401 session/OAuth token expired or invalid, 403 REQUEST_LIMIT_EXCEEDED,
 *   404, 405, 410 retired version).
 * - 401 `[{"message":"Session expired or invalid","errorCode":"INVALID_SESSION_ID"}]` (errorcodes.htm; captured answers).
 * - 403 `[{"message":"TotalRequests Limit exceeded.","errorCode":"REQUEST_LIMIT_EXCEEDED"}]`
 *   (answers captured in many public Salesforce clients' tests).
 * - 404 `[{"errorCode":"NOT_FOUND","message":"The requested resource does not exist"}]` (errorcodes.htm; captured answers).
 * - An id in the URL that is not a record id at all (not 15/18 alphanumerics) → 404 NOT_FOUND
 *   "Provided external ID field does not exist or is not accessible: <id>": a captured exchange in
 *   omniphx/forrest README.md ("Debug": `PATCH .../sobjects/Account/001i000000xxxxxx` → 404 with
 *   that body), and several clients' tests.
 * - An id of the right form but the wrong object or with a wrong 3-character suffix → 400
 *   MALFORMED_ID "<Object> ID: id value of incorrect type: <id>" with `fields: ["Id"]` (captured in
 *   public clients' tests: "Account ID: id value of incorrect type: 001900K0001pPuOAAU").
 * - 405 METHOD_NOT_ALLOWED "HTTP Method 'POST' not allowed. Allowed are HEAD,GET,PATCH,DELETE"
 *   (same wording captured from Salesforce: "HTTP Method 'PATCH' not allowed. Allowed are
 *   GET,HEAD,POST", "... Allowed are HEAD,GET").
 * - `GET /services/data/` lists `{label, url, version}` per version (REST API Developer Guide,
 *   "List Available REST API Versions", dome_versions.htm).
 *
 * Assumed: the version is checked before the session, and the session before the request budget;
 * `sobjects/lead` is matched without regard to case; a Content-Type other than JSON is still read as
 * JSON (the stand-in speaks no XML); HEAD answers like GET without a body; the order of the allowed
 * methods in 405 messages; `?fields=` on a record GET; the resource directory answered by
 * `GET /services/data/vNN.N/` is trimmed to a few entries.
 */
import { versionList, versionStatus } from './api-versions';
import { idShape } from './ids';
import { headerValue, sfError, sfErrorResponse, type StandinRequest, type StandinResponse } from './http-types';
import { describeLead, findLeadField, LEAD_FIELDS, LEAD_OBJECT, leadUrls } from './lead-schema';
import type { LeadRecord, LeadStore } from './lead-store';
import { validateLeadBody } from './lead-validation';
import { bearerToken, type TokenStore } from './oauth';

/** The org's API request allowance (the control implements it). */
export interface ApiLimits {
  /** Counts one API request; false when the allowance is used up. */
  consume(): boolean;
  usage(): { used: number; limit: number };
}

export interface DataContext {
  readonly tokens: TokenStore;
  readonly store: LeadStore;
  readonly limits: ApiLimits;
}

const NOT_FOUND = (): StandinResponse => sfErrorResponse(404, sfError('NOT_FOUND', 'The requested resource does not exist'));

function methodNotAllowed(method: string, allowed: string): StandinResponse {
  return {
    status: 405,
    headers: { Allow: allowed.replace(/,/g, ', ') },
    body: [sfError('METHOD_NOT_ALLOWED', `HTTP Method '${method}' not allowed. Allowed are ${allowed}`)],
  };
}

function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function isRead(method: string): boolean {
  return method === 'GET' || method === 'HEAD';
}

/** Every field of the record, `attributes` first, as Salesforce answers a record GET. */
function recordJson(record: LeadRecord, version: string, only?: readonly string[]): Record<string, unknown> {
  const out: Record<string, unknown> = { attributes: { type: 'Lead', url: `${leadUrls(version).sobject}/${record.Id}` } };
  const names = only ?? LEAD_FIELDS.map((f) => f.name);
  for (const n of names) out[n] = record[n] ?? null;
  return out;
}

export function handleData(req: StandinRequest, ctx: DataContext): StandinResponse {
  const segments = req.url.pathname.split('/').filter((s) => s !== '').map(decodeSegment);
  // segments[0] = 'services', segments[1] = 'data'
  if (segments.length === 2) {
    return isRead(req.method) ? { status: 200, body: versionList() } : methodNotAllowed(req.method, 'HEAD,GET');
  }
  const version = segments[2];
  const status = versionStatus(version);
  if (status === 'unknown') return NOT_FOUND();
  if (status === 'retired') {
    return sfErrorResponse(410, sfError('GONE', 'The requested resource no longer exists.'));
  }

  const token = bearerToken(headerValue(req.headers, 'authorization'));
  if (token === undefined || ctx.tokens.check(token) !== 'valid') {
    return sfErrorResponse(401, sfError('INVALID_SESSION_ID', 'Session expired or invalid'));
  }
  if (!ctx.limits.consume()) {
    return sfErrorResponse(403, sfError('REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.'));
  }
  const answer = route(req, segments.slice(3), version, ctx);
  const { used, limit } = ctx.limits.usage();
  return { ...answer, headers: { ...answer.headers, 'Sforce-Limit-Info': `api-usage=${used}/${limit}` } };
}

function route(req: StandinRequest, rest: string[], version: string, ctx: DataContext): StandinResponse {
  const base = `/services/data/${version}`;
  if (rest.length === 0) {
    return isRead(req.method)
      ? { status: 200, body: { sobjects: `${base}/sobjects`, query: `${base}/query`, limits: `${base}/limits` } }
      : methodNotAllowed(req.method, 'HEAD,GET');
  }
  if (rest[0] !== 'sobjects' || rest.length < 2 || rest[1].toLowerCase() !== 'lead') return NOT_FOUND();
  const tail = rest.slice(2);

  if (tail.length === 0) {
    if (isRead(req.method)) return basicInfo(version, ctx);
    if (req.method === 'POST') return create(req, ctx);
    return methodNotAllowed(req.method, 'HEAD,GET,POST');
  }
  if (tail.length === 1 && tail[0].toLowerCase() === 'describe') {
    return isRead(req.method) ? { status: 200, body: describeLead(version) } : methodNotAllowed(req.method, 'HEAD,GET');
  }
  if (tail.length === 1) {
    if (!isRead(req.method) && req.method !== 'PATCH' && req.method !== 'DELETE') {
      return methodNotAllowed(req.method, 'HEAD,GET,PATCH,DELETE');
    }
    return row(req, tail[0], version, ctx);
  }
  return NOT_FOUND();
}

function basicInfo(version: string, ctx: DataContext): StandinResponse {
  const recent = ctx.store
    .list()
    .filter((r) => r.IsDeleted !== true)
    .slice(-10)
    .reverse()
    .map((r) => ({ attributes: { type: 'Lead', url: `${leadUrls(version).sobject}/${r.Id}` }, Id: r.Id, Name: r.Name ?? null }));
  return {
    status: 200,
    body: {
      objectDescribe: {
        name: LEAD_OBJECT.name,
        label: LEAD_OBJECT.label,
        labelPlural: LEAD_OBJECT.labelPlural,
        keyPrefix: LEAD_OBJECT.keyPrefix,
        custom: false,
        createable: true,
        updateable: true,
        deletable: true,
        queryable: true,
        urls: leadUrls(version),
      },
      recentItems: recent,
    },
  };
}

function create(req: StandinRequest, ctx: DataContext): StandinResponse {
  const result = validateLeadBody(req.body, 'create');
  if (!result.ok) return sfErrorResponse(400, ...result.errors);
  const record = ctx.store.insert(result.values);
  return { status: 201, body: { id: record.Id, success: true, errors: [] } };
}

function row(req: StandinRequest, id: string, version: string, ctx: DataContext): StandinResponse {
  const shape = idShape(id);
  if (shape === 'not-an-id') {
    return sfErrorResponse(404, sfError('NOT_FOUND', `Provided external ID field does not exist or is not accessible: ${id}`));
  }
  if (shape === 'bad-suffix' || !id.startsWith(LEAD_OBJECT.keyPrefix)) {
    return sfErrorResponse(400, sfError('MALFORMED_ID', `Lead ID: id value of incorrect type: ${id}`, ['Id']));
  }
  const record = ctx.store.get(id);
  if (!record) return NOT_FOUND();
  if (record.IsDeleted === true) return sfErrorResponse(404, sfError('ENTITY_IS_DELETED', 'entity is deleted', []));

  if (isRead(req.method)) {
    const fieldsParam = req.url.searchParams.get('fields');
    if (fieldsParam === null) return { status: 200, body: recordJson(record, version) };
    const names: string[] = [];
    for (const raw of fieldsParam.split(',').map((s) => s.trim()).filter((s) => s !== '')) {
      const f = findLeadField(raw);
      if (!f) {
        return sfErrorResponse(
          400,
          sfError(
            'INVALID_FIELD',
            `No such column '${raw}' on entity 'Lead'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`,
          ),
        );
      }
      names.push(f.name);
    }
    return { status: 200, body: recordJson(record, version, ['Id', ...names.filter((n) => n !== 'Id')]) };
  }
  if (req.method === 'PATCH') {
    const result = validateLeadBody(req.body, 'update');
    if (!result.ok) return sfErrorResponse(400, ...result.errors);
    ctx.store.update(id, result.values);
    return { status: 204 };
  }
  // DELETE
  ctx.store.delete(id);
  return { status: 204 };
}

