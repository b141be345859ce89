/**
 * sObject Collections: `POST /services/data/vXX.X/composite/sobjects` (create),
 * `PATCH .../composite/sobjects` (update by id) and `PATCH .../composite/sobjects/<Object>/<Field>`
 * (upsert by external id), each record checked like a single-record body.
 *
 * Sources: REST API Developer Guide, "sObject Collections" and its pages "Create Records Using
 * sObject Collections", "Update Records Using sObject Collections", "Upsert Records Using sObject
 * Collections" (developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/resources_composite_sobjects_collections*.htm):
 * - available in API version 42.0 and later, the upsert in 46.0 and later; up to 200 records; "The
 *   entire request counts as a single call toward your API limits";
 * - body `{"allOrNone": false, "records": [{"attributes": {"type": "Account"}, ...}]}`; every record
 *   needs `attributes.type`; an update needs `id`; an upsert's records are of the URL's object;
 * - "If the request isn't well formed, the API returns a 400 Bad Request"; otherwise 200 with one
 *   result per record, in order: `{"id","success":true,"errors":[]}` (upserts add `created`), a
 *   failed one `{"success":false,"errors":[{"statusCode","message","fields"}]}`;
 * - with `allOrNone: true` and a failure, the other records are rolled back and answer
 *   ALL_OR_NONE_OPERATION_ROLLED_BACK "Record rolled back because not all records were valid and
 *   the request was using AllOrNone header" with `fields: []`; a rolled-back update or upsert keeps
 *   its `id`, a rolled-back create has none (the guide's examples);
 * - more than 200 records: EXCEEDED_ID_LIMIT "record limit reached. cannot submit more than 200
 *   records into this call" (answer quoted in public clients);
 * - a record without a type: INVALID_TYPE "Must send a concrete entity type." (Salesforce's text,
 *   captured in public code); an unknown type: INVALID_TYPE "sObject type 'X' is not supported. If
 *   you are attempting to use a custom object, be sure to append the '__c' after the entity name.
 *   Please reference your WSDL or the describe call for the appropriate names." (Salesforce's
 *   wording for unknown objects).
 *
 * Assumed: a record that cannot be deserialised (unknown field, wrong JSON type, no or unknown
 * type) fails the whole request with 400, as the single-record endpoints do; no `records` member
 * is an empty list; an upsert record of another type than the URL's answers 400 INVALID_TYPE
 * "Record type X does not match the URL's object Y" (wording invented); a record without its
 * external-id value fails alone with MISSING_ARGUMENT "<Field> not specified" (wording invented);
 * the chunking limit (10 chunks of one type) is not checked; DELETE and GET are not served.
 */
import { parseVersion } from './api-versions';
import { JsonSyntaxError, readJson, type JsonNode } from './json-reader';
import { methodNotAllowed, notFound, sfError, sfErrorResponse, type SfError, type StandinRequest, type StandinResponse } from './http-types';
import { findField, isUpsertKey, type FieldDef, type ObjectDef } from './object-schema';
import { findObject } from './objects';
import { checkRecord, deserializeError, readMembers, unknownRecord, type ReadRecord } from './record-validation';
import type { RecordStore } from './records';
import { unknownKeyField, upsertOne } from './upsert';

const MAX_RECORDS = 200;
const ROLLED_BACK = sfError('ALL_OR_NONE_OPERATION_ROLLED_BACK', 'Record rolled back because not all records were valid and the request was using AllOrNone header', []);

type Operation = { readonly kind: 'create' } | { readonly kind: 'update' } | { readonly kind: 'upsert'; readonly def: ObjectDef; readonly key: FieldDef };

interface Item {
  readonly def: ObjectDef;
  readonly read: ReadRecord;
}

interface Result {
  readonly id?: string;
  readonly success: boolean;
  readonly errors: readonly SfError[];
  readonly created?: boolean;
}

/** `rest` is the path after `composite/sobjects`, decoded. */
export function handleCollections(req: StandinRequest, rest: readonly string[], version: string, store: RecordStore): StandinResponse {
  const v = parseVersion(version) ?? 0;
  if (v < 42) return notFound();
  if (rest.length === 0) {
    if (req.method === 'POST') return run(req, { kind: 'create' }, store);
    if (req.method === 'PATCH') return run(req, { kind: 'update' }, store);
    return methodNotAllowed(req.method, 'PATCH,POST');
  }
  if (rest.length === 2 && v >= 46) {
    const def = findObject(rest[0]);
    if (!def) return notFound();
    if (req.method !== 'PATCH') return methodNotAllowed(req.method, 'PATCH');
    const key = findField(def, rest[1]);
    if (!key || !isUpsertKey(key)) return unknownKeyField(rest[1]);
    return run(req, { kind: 'upsert', def, key }, store);
  }
  return notFound();
}

function badRequest(error: SfError): StandinResponse {
  return sfErrorResponse(400, error);
}

/** Reads the request; a request-level error, or the records with their objects and values. */
function parse(text: string, op: Operation): { allOrNone: boolean; items: Item[] } | { error: SfError } {
  let doc;
  try {
    doc = readJson(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { error: sfError('JSON_PARSER_ERROR', e.message) };
    throw e;
  }
  if (doc.members === null) return { error: deserializeError('SObjectCollection', doc) };
  let allOrNone = false;
  let records: readonly JsonNode[] = [];
  for (const m of doc.members) {
    if (m.key === 'allOrNone') {
      if (m.token !== 'VALUE_TRUE' && m.token !== 'VALUE_FALSE') return { error: deserializeError('boolean', m) };
      allOrNone = m.value === true;
    } else if (m.key === 'records') {
      if (m.items === null) return { error: deserializeError('list', m) };
      records = m.items;
    }
  }
  if (records.length > MAX_RECORDS) {
    return { error: sfError('EXCEEDED_ID_LIMIT', `record limit reached. cannot submit more than ${MAX_RECORDS} records into this call`) };
  }
  const items: Item[] = [];
  for (const node of records) {
    if (node.members === null) return { error: deserializeError('SObject', node) };
    const type = node.members.find((m) => m.key === 'attributes')?.members?.find((m) => m.key === 'type')?.value;
    if (typeof type !== 'string' || type === '') return { error: sfError('INVALID_TYPE', 'Must send a concrete entity type.') };
    const def = findObject(type);
    if (!def) {
      return {
        error: sfError(
          'INVALID_TYPE',
          `sObject type '${type}' is not supported. If you are attempting to use a custom object, be sure to append the '__c' after the entity name. Please reference your WSDL or the describe call for the appropriate names.`,
        ),
      };
    }
    if (op.kind === 'upsert' && def !== op.def) return { error: sfError('INVALID_TYPE', `Record type ${def.name} does not match the URL's object ${op.def.name}`) };
    const r = readMembers(def, node.members);
    if (!r.ok) return { error: r.error };
    items.push({ def, read: r.read });
  }
  return { allOrNone, items };
}

function failed(errors: readonly SfError[]): Result {
  return { success: false, errors };
}

function save(item: Item, op: Operation, store: RecordStore): Result {
  const { def, read } = item;
  if (op.kind === 'create') {
    const c = checkRecord(def, read, 'create', store);
    return c.ok ? { id: store.insert(def, c.values).Id, success: true, errors: [] } : failed(c.errors);
  }
  if (op.kind === 'update') {
    const c = checkRecord(def, read, 'update', store, { id: 'target' });
    if (!c.ok) return failed(c.errors);
    const id = c.id as string;
    const unknown = unknownRecord(store, id);
    if (unknown) return failed([unknown]);
    store.update(id, c.values);
    return { id, success: true, errors: [] };
  }
  const value = read.values.get(op.key.name);
  if (typeof value !== 'string') return failed([sfError('MISSING_ARGUMENT', `${op.key.name} not specified`, [])]);
  const outcome = upsertOne(def, op.key, value, read, store, false);
  switch (outcome.kind) {
    case 'created':
    case 'updated':
      return { id: outcome.id, success: true, errors: [], created: outcome.kind === 'created' };
    case 'several':
      return failed([sfError('DUPLICATE_EXTERNAL_ID', `${op.key.name}: more than one record found for external id field: [${outcome.ids.join(', ')}]`, [op.key.name])]);
    case 'invalid':
      return failed(outcome.errors);
    case 'no-match':
      throw new Error('a collection upsert never runs with updateOnly');
  }
}

function run(req: StandinRequest, op: Operation, store: RecordStore): StandinResponse {
  const parsed = parse(req.body, op);
  if ('error' in parsed) return badRequest(parsed.error);
  const before = store.snapshot();
  const results = parsed.items.map((item) => save(item, op, store));
  if (parsed.allOrNone && results.some((r) => !r.success)) {
    store.restore(before);
    const rolledBack = results.map((r) => (r.success ? { ...(op.kind === 'create' ? {} : { id: r.id }), success: false, errors: [ROLLED_BACK] } : r));
    return { status: 200, body: rolledBack.map(wire) };
  }
  return { status: 200, body: results.map(wire) };
}

/** A collection result as Salesforce writes it: errors with `statusCode`, `fields` always present. */
function wire(r: Result): Record<string, unknown> {
  return {
    ...(r.id === undefined ? {} : { id: r.id }),
    success: r.success,
    errors: r.errors.map((e) => ({ statusCode: e.errorCode, message: e.message, fields: e.fields ?? [] })),
    ...(r.created === undefined ? {} : { created: r.created }),
  };
}
