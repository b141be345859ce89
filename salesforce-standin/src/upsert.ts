/**
 * sObject Rows by External ID: `/services/data/vXX.X/sobjects/<Object>/<Field>/<value>`, and the
 * upsert of one record that collections reuse (composite.ts).
 *
 * Sources: REST API Developer Guide, "Insert or Update (Upsert) a Record Using an External ID"
 * (developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_upsert.htm) and "sObject
 * Rows by External ID" (resources_sobject_upsert.htm, resources_sobject_upsert_patch.htm):
 * - PATCH, no match: a record is created, 201 `{"id","success":true,"errors":[],"created":true}`;
 *   "The created parameter is present in the response in API version 46.0 and later".
 * - PATCH, one match: the record is updated. "In API version 46.0 and later, the HTTP status code
 *   is 200 (OK)" with `{"id","success":true,"errors":[],"created":false}`; "In API version 45.0
 *   and earlier, the HTTP status code is 204 (No Content) and there isn't a response body." The
 *   stand-in answers by the version in the URL.
 * - Several matches: 300, nothing created or updated, the body a JSON array of the matching
 *   records' URLs (`["/services/data/v60.0/sobjects/Contact/003…","…"]`, captured in
 *   k-capehart/go-salesforce PR #63).
 * - `?updateOnly=true` "prevents a new record from being created": no match answers 404 NOT_FOUND.
 * - GET and DELETE by external id; HEAD like GET.
 * - A field that is not an external id (nor an idLookup field): 404 NOT_FOUND "Provided external ID
 *   field does not exist or is not accessible: <Field>" (the text captured from Salesforce in
 *   omniphx/forrest README.md and clients' tests; the guide prints "The requested resource does not
 *   exist" for it).
 * - `POST .../sobjects/<Object>/Id` creates a record (API 37.0 and later); other methods there
 *   answer 405 "... Allowed are GET,HEAD,POST" (captured in restforce issue #263).
 * - Multiple matches in a collection upsert: DUPLICATE_EXTERNAL_ID "<Field>: more than one record
 *   found for external id field: [<ids>]" (SOAP API StatusCode DUPLICATE_EXTERNAL_ID; Apex wording).
 *
 * Assumed: the external-id field may also be in the body with the same value (compared as the
 * lookup compares); a different value answers 400 INVALID_FIELD "<Field>: the value in the request
 * body (<b>) does not match the external ID in the URL (<u>)" (wording invented); `updateOnly=true`
 * with no match answers "The requested resource does not exist".
 */
import { parseVersion } from './api-versions';
import { isRead, methodNotAllowed, notFound, sfError, sfErrorResponse, type SfError, type StandinRequest, type StandinResponse } from './http-types';
import { findField, isUpsertKey, recordUrl, type FieldDef, type ObjectDef } from './object-schema';
import { recordAnswer } from './record-read';
import { checkRecord, readBody, type ReadRecord } from './record-validation';
import { sameValue, type RecordStore } from './records';

export type UpsertOutcome =
  | { readonly kind: 'created' | 'updated'; readonly id: string }
  | { readonly kind: 'several'; readonly ids: readonly string[] }
  | { readonly kind: 'no-match' }
  | { readonly kind: 'invalid'; readonly errors: readonly SfError[] };

/** `created` appears in save results from API version 46.0 on. */
export function reportsCreated(version: string): boolean {
  return (parseVersion(version) ?? 0) >= 46;
}

export function unknownKeyField(name: string): StandinResponse {
  return sfErrorResponse(404, sfError('NOT_FOUND', `Provided external ID field does not exist or is not accessible: ${name}`));
}

/** The body's members with the key field set to the URL's value. */
function withKey(read: ReadRecord, key: FieldDef, value: string): ReadRecord {
  const values = new Map(read.values);
  values.set(key.name, value);
  const order = read.order.includes(key) ? read.order : [...read.order, key];
  return read.idMember ? { values, order, idMember: read.idMember } : { values, order };
}

/** Creates or updates the one record whose `key` is `value`. */
export function upsertOne(def: ObjectDef, key: FieldDef, value: string, read: ReadRecord, store: RecordStore, updateOnly: boolean): UpsertOutcome {
  if (read.values.has(key.name) && !sameValue(key, read.values.get(key.name), value)) {
    const inBody = String(read.values.get(key.name));
    return {
      kind: 'invalid',
      errors: [sfError('INVALID_FIELD', `${key.name}: the value in the request body (${inBody}) does not match the external ID in the URL (${value})`, [key.name])],
    };
  }
  const matches = store.find(def, key, value);
  if (matches.length > 1) return { kind: 'several', ids: matches.map((r) => r.Id) };
  if (matches.length === 1) {
    const id = matches[0].Id;
    const c = checkRecord(def, read, 'update', store, { recordId: id });
    if (!c.ok) return { kind: 'invalid', errors: c.errors };
    store.update(id, c.values);
    return { kind: 'updated', id };
  }
  if (updateOnly) return { kind: 'no-match' };
  const c = checkRecord(def, withKey(read, key, value), 'create', store);
  if (!c.ok) return { kind: 'invalid', errors: c.errors };
  return { kind: 'created', id: store.insert(def, c.values).Id };
}

function several(def: ObjectDef, version: string, ids: readonly string[]): StandinResponse {
  return { status: 300, body: ids.map((id) => recordUrl(def, version, id)) };
}

/** `/sobjects/<Object>/<Field>/<value>` for GET, HEAD, PATCH and DELETE. */
export function handleExternalId(req: StandinRequest, def: ObjectDef, fieldName: string, value: string, version: string, store: RecordStore): StandinResponse {
  if (!isRead(req.method) && req.method !== 'PATCH' && req.method !== 'DELETE') return methodNotAllowed(req.method, 'HEAD,GET,PATCH,DELETE');
  const key = findField(def, fieldName);
  if (!key || !isUpsertKey(key)) return unknownKeyField(fieldName);

  if (req.method === 'PATCH') {
    const r = readBody(def, req.body);
    if (!r.ok) return sfErrorResponse(400, ...r.errors);
    const outcome = upsertOne(def, key, value, r.read, store, req.url.searchParams.get('updateOnly') === 'true');
    const created = reportsCreated(version);
    switch (outcome.kind) {
      case 'created':
        return { status: 201, body: { id: outcome.id, success: true, errors: [], ...(created ? { created: true } : {}) } };
      case 'updated':
        return created ? { status: 200, body: { id: outcome.id, success: true, errors: [], created: false } } : { status: 204 };
      case 'several':
        return several(def, version, outcome.ids);
      case 'no-match':
        return notFound();
      case 'invalid':
        return sfErrorResponse(400, ...outcome.errors);
    }
  }

  const matches = store.find(def, key, value);
  if (matches.length === 0) return notFound();
  if (matches.length > 1) return several(def, version, matches.map((r) => r.Id));
  if (isRead(req.method)) return recordAnswer(def, matches[0], version, req.url.searchParams.get('fields'));
  store.delete(matches[0].Id);
  return { status: 204 };
}
