/**
 * The sObject resources under `/services/data/vNN.N/sobjects/`: the global list, and for every
 * served object its basic information, describe, create, and the record by id (read, update,
 * delete); `<Object>/<Field>/<value>` goes to upsert.ts.
 *
 * Sources:
 * - Create `POST .../sobjects/<Object>/` → 201 `{"id","errors":[],"success":true}`; errors as an
 *   array: REST API Developer Guide, "Create a Record"
 *   (developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_sobject_create.htm).
 *   Update `PATCH .../<Object>/{id}` → 204 No Content; `GET .../<Object>/{id}` → 200 record; DELETE
 *   → 204: the guide's "Status Codes and Error Responses" (errorcodes.htm).
 * - An id in the URL that is not a record id at all (not 15/18 alphanumerics) → 404 NOT_FOUND
 *   "Provided external ID field does not exist or is not accessible: <id>": a captured exchange in
 *   omniphx/forrest README.md ("Debug": `PATCH .../sobjects/Account/001i000000xxxxxx` → 404 with
 *   that body), and several clients' tests.
 * - An id of the right form but another object's or with a wrong 3-character suffix → 400
 *   MALFORMED_ID "<Object> ID: id value of incorrect type: <id>" with `fields: ["Id"]` (captured in
 *   public clients' tests: "Account ID: id value of incorrect type: 001900K0001pPuOAAU").
 * - A well-formed id of no record → 404 NOT_FOUND "The requested resource does not exist".
 * - An unknown object → 404 NOT_FOUND (errorcodes.htm: "The requested resource doesn't exist").
 *
 * Assumed: a deleted record answers 404 ENTITY_IS_DELETED "entity is deleted" (text seen in a
 * public mock of Salesforce, not in Salesforce's docs); the order of the allowed methods in 405
 * messages; HEAD answers like GET without a body.
 */
import { describeGlobal, basicInfo, describeObject } from './describe';
import { isRead, methodNotAllowed, notFound, sfError, sfErrorResponse, type StandinRequest, type StandinResponse } from './http-types';
import { idShape } from './ids';
import type { ObjectDef } from './object-schema';
import { findObject, OBJECTS } from './objects';
import { recordAnswer } from './record-read';
import { malformedId, ownId, validateBody } from './record-validation';
import type { RecordStore } from './records';
import { handleExternalId, reportsCreated, unknownKeyField } from './upsert';

/** `rest` is the path after `sobjects`, decoded. */
export function handleSobjects(req: StandinRequest, rest: readonly string[], version: string, store: RecordStore): StandinResponse {
  if (rest.length === 0) return isRead(req.method) ? { status: 200, body: describeGlobal(OBJECTS, version) } : methodNotAllowed(req.method, 'HEAD,GET');
  const def = findObject(rest[0]);
  if (!def) return notFound();
  const tail = rest.slice(1);
  if (tail.length === 0) {
    if (isRead(req.method)) return { status: 200, body: basicInfo(def, version, store.list(def)) };
    if (req.method === 'POST') return create(req, def, store, false, version);
    return methodNotAllowed(req.method, 'HEAD,GET,POST');
  }
  if (tail.length === 1 && tail[0].toLowerCase() === 'describe') {
    return isRead(req.method) ? { status: 200, body: describeObject(def, version) } : methodNotAllowed(req.method, 'HEAD,GET');
  }
  if (tail.length === 1 && tail[0] === 'Id' && !isRead(req.method)) {
    return req.method === 'POST' ? create(req, def, store, true, version) : methodNotAllowed(req.method, 'GET,HEAD,POST');
  }
  if (tail.length === 1) {
    if (!isRead(req.method) && req.method !== 'PATCH' && req.method !== 'DELETE') return methodNotAllowed(req.method, 'HEAD,GET,PATCH,DELETE');
    return row(req, def, tail[0], version, store);
  }
  if (tail.length === 2) return handleExternalId(req, def, tail[0], tail[1], version, store);
  return notFound();
}

/** A create; `byIdKey` for `POST .../<Object>/Id`, which answers like an upsert (`created`). */
function create(req: StandinRequest, def: ObjectDef, store: RecordStore, byIdKey: boolean, version: string): StandinResponse {
  const result = validateBody(def, req.body, 'create', store);
  if (!result.ok) return sfErrorResponse(400, ...result.errors);
  const record = store.insert(def, result.values);
  const created = byIdKey && reportsCreated(version) ? { created: true } : {};
  return { status: 201, body: { id: record.Id, success: true, errors: [], ...created } };
}

function row(req: StandinRequest, def: ObjectDef, id: string, version: string, store: RecordStore): StandinResponse {
  const shape = idShape(id);
  if (shape === 'not-an-id') return unknownKeyField(id);
  if (ownId(def, id) === undefined) return sfErrorResponse(400, malformedId(def, id));
  const record = store.get(id);
  if (!record) return notFound();
  if (record.IsDeleted === true) return sfErrorResponse(404, sfError('ENTITY_IS_DELETED', 'entity is deleted', []));

  if (isRead(req.method)) return recordAnswer(def, record, version, req.url.searchParams.get('fields'));
  if (req.method === 'PATCH') {
    const result = validateBody(def, req.body, 'update', store, { recordId: record.Id });
    if (!result.ok) return sfErrorResponse(400, ...result.errors);
    store.update(record.Id, result.values);
    return { status: 204 };
  }
  store.delete(record.Id);
  return { status: 204 };
}
