/**
 * Reads and checks the JSON of one record (a create or update body, or one record of a collection)
 * the way Salesforce's REST API does, for any object the stand-in serves, answering with
 * Salesforce's errors. Two steps, as Salesforce has them: deserialising the members (the first
 * unknown field or wrong JSON type fails the whole request), then checking the values (all errors
 * of one record together).
 *
 * Sources (answers captured from Salesforce in public code and docs unless noted):
 * - Error body `[{"message","errorCode","fields"}]`, HTTP 400; `INVALID_FIELD` "The Id field should
 *   not be specified in the sobject data." on create: Salesforce REST API Developer Guide, "Create a
 *   Record" (developer.salesforce.com/docs/atlas.en-us.api_rest.meta/api_rest/dome_sobject_create.htm).
 * - `JSON_PARSER_ERROR` for a body that is not JSON, "Unexpected character (...) ... at [line:L,
 *   column:C]" (see json-reader.ts), and for a value of the wrong JSON type: "Cannot deserialize
 *   instance of date from VALUE_STRING value X or request may be missing a required field at
 *   [line:L, column:C]", "... of multipicklist from START_ARRAY value [line:1, column:51]"
 *   (salesforce.stackexchange.com/questions/54882), "... of string from START_OBJECT value { or
 *   request may be missing a required field".
 * - `INVALID_FIELD` "No such column 'X' on sobject of type Lead" (unknown field).
 * - Field names matched without regard to case (nforce maintainer in kevinohara80/nforce PR #136;
 *   restforce issue #44; Braze's recipe sends `firstName`) — not stated by Salesforce.
 * - `INVALID_FIELD_FOR_INSERT_UPDATE` "Unable to create/update fields: Name. Please check the security
 *   settings of this field and verify that it is read/write for your profile or permission set."
 *   with `fields: ["Name"]`.
 * - `REQUIRED_FIELD_MISSING` "Required fields are missing: [LastName, Company]" with `fields`.
 * - `STRING_TOO_LONG` "<Label>: data value too large: <value> (max length=N)" with `fields`
 *   (e.g. "Last Name: data value too large: ... (max length=80)").
 * - `INVALID_EMAIL_ADDRESS` "Email: invalid email address: <value>"; the accepted characters follow
 *   Salesforce's help article 000001145 (as cited by the `salesforce-email` npm package and
 *   stackoverflow "How does Salesforce.com validate Email Fields?").
 * - `INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST` "<Label>: bad value for restricted picklist field:
 *   <value>" with `fields` (e.g. "Race: bad value for restricted picklist field: ..." fields
 *   ["Race__c"]).
 * - `MALFORMED_ID` "<Label>: id value of incorrect type: <value>" with `fields`, and
 *   `FIELD_INTEGRITY_EXCEPTION` with the same text for an id of the wrong object
 *   ("Owner ID: id value of incorrect type: 035..."); in a collection update, "Contact ID: id value
 *   of incorrect type: 001xx000003DGb2999" with `fields: ["Id"]` (REST guide, "Update Records Using
 *   sObject Collections", resources_composite_sobjects_collections_update.htm).
 * - `DUPLICATE_VALUE` "duplicate value found: <Field> duplicates value on record with id: <15-char
 *   id>" for a unique field (captured in public integration logs and clients).
 * - `MISSING_ARGUMENT` "Id not specified in an update call" (SOAP and Apex wording for an update
 *   without Id).
 *
 * Assumed: a JSON string where a number or boolean is due is refused with JSON_PARSER_ERROR
 * ("Cannot deserialize instance of int|double|currency|boolean from VALUE_STRING value ...") even
 * when the text looks like a number (Salesforce may in fact accept "50"; not verified); the type
 * name in that message is the describe type (int, double, currency, percent); numbers and booleans
 * sent to a text field are stored as text; a fractional number for an int field is truncated
 * (Jackson's default); "" is stored as null for text fields; all value errors of one record are
 * answered together (required first, then per field in body order), and the checks against other
 * records (references, unique values) only when those pass; picklist values are compared exactly
 * (case sensitive); `Id` in an update body is refused like in a create; NUMBER_OUTSIDE_VALID_RANGE
 * "<Label>: value outside of valid range on numeric field: <value>" for numbers with too many
 * integer digits; a reference to a record of a served object that does not exist (or is deleted)
 * answers INVALID_CROSS_REFERENCE_KEY "invalid cross reference id" (the text Salesforce answers for
 * an unknown id elsewhere), references to users and queues are not looked up; DUPLICATE_VALUE
 * carries `fields: []` (Apex shows ": []" after the message).
 */
import { formatLocation, JsonSyntaxError, readJson, type JsonMember, type JsonNode } from './json-reader';
import { idShape, to18 } from './ids';
import { sfError, type SfError } from './http-types';
import { findField, idLabel, isRequiredOnCreate, TEXT_TYPES, type FieldDef, type ObjectDef, type RecordValues } from './object-schema';
import { objectOfId } from './objects';
import { sameValue, type RecordStore } from './records';

export type WriteMode = 'create' | 'update';

/** A record's members after deserialisation: values by canonical field name, in body order. */
export interface ReadRecord {
  readonly values: ReadonlyMap<string, unknown>;
  readonly order: readonly FieldDef[];
  /** The `Id` member, when the body has one. */
  readonly idMember?: JsonMember;
}

export type ReadResult = { readonly ok: true; readonly read: ReadRecord } | { readonly ok: false; readonly error: SfError };

export type CheckResult =
  | { readonly ok: true; readonly values: RecordValues; readonly id?: string }
  | { readonly ok: false; readonly errors: SfError[] };

export interface CheckOptions {
  /**
   * What an `Id` member means: refused (REST bodies, the default), the new record's id (seeds), or
   * the record to update (collection updates, where it is required).
   */
  readonly id?: 'refuse' | 'seed' | 'target';
  /** The record an update writes to, when the body does not name it (left out of unique checks). */
  readonly recordId?: string;
}

function parserError(message: string): SfError {
  return sfError('JSON_PARSER_ERROR', message);
}

function renderScalar(value: unknown): string {
  return typeof value === 'string' ? value : String(value);
}

/** JSON_PARSER_ERROR for a value of the wrong JSON type, in Jackson's words. */
export function deserializeError(typeName: string, node: Pick<JsonNode, 'token' | 'value' | 'location'>): SfError {
  const at = formatLocation(node.location);
  if (node.token === 'START_ARRAY') return parserError(`Cannot deserialize instance of ${typeName} from START_ARRAY value ${at}`);
  const shown = node.token === 'START_OBJECT' ? '{' : renderScalar(node.value);
  return parserError(`Cannot deserialize instance of ${typeName} from ${node.token} value ${shown} or request may be missing a required field at ${at}`);
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;

function validDate(s: string): boolean {
  const m = DATE_RE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

/** Converts one member to the field's stored value, or answers JSON_PARSER_ERROR. */
function coerce(field: FieldDef, member: JsonMember): { value: unknown } | { error: SfError } {
  const { token, value } = member;
  const wrong = () => ({ error: deserializeError(field.type, member) });
  if (token === 'VALUE_NULL') return { value: null };
  if (TEXT_TYPES.has(field.type)) {
    if (token === 'VALUE_STRING') return { value };
    if (token === 'VALUE_NUMBER_INT' || token === 'VALUE_NUMBER_FLOAT' || token === 'VALUE_TRUE' || token === 'VALUE_FALSE') {
      return { value: String(value) };
    }
    return wrong();
  }
  switch (field.type) {
    case 'boolean':
      return token === 'VALUE_TRUE' || token === 'VALUE_FALSE' ? { value } : wrong();
    case 'int':
      if (token === 'VALUE_NUMBER_INT') return { value };
      if (token === 'VALUE_NUMBER_FLOAT') return { value: Math.trunc(value as number) };
      return wrong();
    case 'double':
    case 'percent':
    case 'currency':
      return token === 'VALUE_NUMBER_INT' || token === 'VALUE_NUMBER_FLOAT' ? { value } : wrong();
    case 'date':
      return token === 'VALUE_STRING' && validDate(value as string) ? { value } : wrong();
    case 'datetime': {
      if (token === 'VALUE_STRING' && DATETIME_RE.test(value as string)) {
        const ms = Date.parse(value as string);
        if (!Number.isNaN(ms)) return { value: new Date(ms).toISOString().replace('Z', '+0000') };
      }
      return wrong();
    }
    case 'address':
      // Read-only compound field: its value is never stored; the read-only check answers.
      return { value: null };
    default:
      return wrong();
  }
}

const EMAIL_RE = /^[A-Za-z0-9!#$%&'*/=?^_+\-`{|}~]+(\.[A-Za-z0-9!#$%&'*/=?^_+\-`{|}~]+)*@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

export function isValidEmail(s: string): boolean {
  return EMAIL_RE.test(s);
}

function integerDigitsAllowed(field: FieldDef): number | undefined {
  if (field.type === 'int') return field.digits;
  if (field.type === 'double' || field.type === 'currency' || field.type === 'percent') {
    return field.precision === undefined ? undefined : field.precision - (field.scale ?? 0);
  }
  return undefined;
}

/** Checks one stored value; returns the error for it, if any. */
function valueError(field: FieldDef, value: unknown): SfError | undefined {
  if (value === null) return undefined;
  const fields = [field.name];
  if (typeof value === 'string' && TEXT_TYPES.has(field.type)) {
    if (field.length > 0 && [...value].length > field.length) {
      return sfError('STRING_TOO_LONG', `${field.label}: data value too large: ${value} (max length=${field.length})`, fields);
    }
    if (field.type === 'email' && !isValidEmail(value)) {
      return sfError('INVALID_EMAIL_ADDRESS', `${field.label}: invalid email address: ${value}`, fields);
    }
    if ((field.type === 'picklist' || field.type === 'combobox') && field.restrictedPicklist) {
      const ok = (field.picklistValues ?? []).some((p) => p.active && p.value === value);
      if (!ok) {
        return sfError('INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', `${field.label}: bad value for restricted picklist field: ${value}`, fields);
      }
    }
    if (field.type === 'reference') {
      if (idShape(value) !== 'ok') return sfError('MALFORMED_ID', `${field.label}: id value of incorrect type: ${value}`, fields);
      const prefixes = field.idPrefixes ?? [];
      if (prefixes.length > 0 && !prefixes.includes(value.slice(0, 3))) {
        return sfError('FIELD_INTEGRITY_EXCEPTION', `${field.label}: id value of incorrect type: ${value}`, fields);
      }
    }
  }
  if (typeof value === 'number') {
    const digits = integerDigitsAllowed(field);
    if (digits !== undefined && (!Number.isFinite(value) || Math.abs(Math.trunc(value)) >= 10 ** digits)) {
      return sfError('NUMBER_OUTSIDE_VALID_RANGE', `${field.label}: value outside of valid range on numeric field: ${value}`, fields);
    }
  }
  return undefined;
}

/** Step 1: deserialises the members of one record; the first unknown field or wrong type answers. */
export function readMembers(def: ObjectDef, members: readonly JsonMember[]): ReadResult {
  const values = new Map<string, unknown>();
  const order: FieldDef[] = [];
  let idMember: JsonMember | undefined;
  for (const member of members) {
    if (member.key.toLowerCase() === 'attributes' && member.token === 'START_OBJECT') continue;
    const field = findField(def, member.key);
    if (!field) return { ok: false, error: sfError('INVALID_FIELD', `No such column '${member.key}' on sobject of type ${def.name}`) };
    if (field.name === 'Id') {
      idMember = member;
      continue;
    }
    const c = coerce(field, member);
    if ('error' in c) return { ok: false, error: c.error };
    let v = c.value;
    if (typeof v === 'string' && TEXT_TYPES.has(field.type) && v === '') v = null;
    if (typeof v === 'string' && field.type === 'reference' && idShape(v) === 'ok' && v.length === 15) v = to18(v);
    if (!values.has(field.name)) order.push(field);
    values.set(field.name, v);
  }
  return { ok: true, read: idMember ? { values, order, idMember } : { values, order } };
}

/** A record id of this object, as 18 characters; undefined when it is not one. */
export function ownId(def: ObjectDef, raw: unknown): string | undefined {
  if (typeof raw !== 'string' || idShape(raw) !== 'ok' || !raw.startsWith(def.keyPrefix)) return undefined;
  return raw.length === 15 ? to18(raw) : raw;
}

export function malformedId(def: ObjectDef, raw: unknown): SfError {
  return sfError('MALFORMED_ID', `${idLabel(def)}: id value of incorrect type: ${renderScalar(raw)}`, ['Id']);
}

/** The error for an id that names no live record (the stand-in's one text for it). */
export function unknownRecord(store: RecordStore, id: string): SfError | undefined {
  const target = store.get(id);
  if (!target) return sfError('INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id', []);
  if (target.IsDeleted === true) return sfError('ENTITY_IS_DELETED', 'entity is deleted', []);
  return undefined;
}

/** Step 2: the checks of one record's values, then those against other records. */
export function checkRecord(def: ObjectDef, read: ReadRecord, mode: WriteMode, store: RecordStore, options: CheckOptions = {}): CheckResult {
  const fail = (...errors: SfError[]): CheckResult => ({ ok: false, errors });
  const idRule = options.id ?? 'refuse';
  let id: string | undefined;
  if (read.idMember && idRule === 'refuse') return fail(sfError('INVALID_FIELD', 'The Id field should not be specified in the sobject data.'));
  if (read.idMember) {
    id = ownId(def, read.idMember.value);
    if (id === undefined) return fail(malformedId(def, read.idMember.value));
  } else if (idRule === 'target') {
    return fail(sfError('MISSING_ARGUMENT', 'Id not specified in an update call', []));
  }

  const readOnly = read.order.filter((f) => (mode === 'create' ? !f.createable : !f.updateable));
  if (readOnly.length > 0) {
    const names = readOnly.map((f) => f.name);
    return fail(
      sfError(
        'INVALID_FIELD_FOR_INSERT_UPDATE',
        `Unable to create/update fields: ${names.join(', ')}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`,
        names,
      ),
    );
  }

  const errors: SfError[] = [];
  const { values } = read;
  const unset = (name: string) => (values.get(name) ?? null) === null;
  let missing: string[];
  if (mode === 'create') {
    missing = def.fields.filter((f) => isRequiredOnCreate(f) && unset(f.name)).map((f) => f.name);
    if (def.requiredOneOf && def.requiredOneOf.every(unset)) missing.push(...def.requiredOneOf);
  } else {
    missing = read.order.filter((f) => !f.nillable && f.type !== 'boolean' && values.get(f.name) === null).map((f) => f.name);
  }
  if (missing.length > 0) errors.push(sfError('REQUIRED_FIELD_MISSING', `Required fields are missing: [${missing.join(', ')}]`, missing));
  for (const f of read.order) {
    const err = valueError(f, values.get(f.name));
    if (err) errors.push(err);
  }
  if (errors.length > 0) return fail(...errors);

  const out: RecordValues = {};
  for (const f of read.order) {
    const v = values.get(f.name);
    // A null for a field defaulted on create means "use the default".
    if (mode === 'create' && v === null && f.defaultedOnCreate) continue;
    out[f.name] = v;
  }
  const selfId = mode === 'update' ? (id ?? options.recordId) : undefined;
  const integrity = integrityErrors(def, out, store, selfId);
  if (integrity.length > 0) return fail(...integrity);
  return id === undefined ? { ok: true, values: out } : { ok: true, values: out, id };
}

/** References to missing records, repeated unique values, repeated duplicate keys. */
function integrityErrors(def: ObjectDef, values: RecordValues, store: RecordStore, selfId: string | undefined): SfError[] {
  const errors: SfError[] = [];
  for (const [name, v] of Object.entries(values)) {
    const field = findField(def, name);
    if (field?.type !== 'reference' || typeof v !== 'string' || !objectOfId(v)) continue;
    const err = unknownRecord(store, v);
    if (err) errors.push(err);
  }
  const others = <T extends { Id: string }>(matches: readonly T[]): T[] => matches.filter((r) => selfId === undefined || r.Id.slice(0, 15) !== selfId.slice(0, 15));
  for (const field of def.fields) {
    const v = values[field.name];
    if (!field.unique || v === null || v === undefined) continue;
    const dup = others(store.find(def, field, v))[0];
    if (dup) errors.push(sfError('DUPLICATE_VALUE', `duplicate value found: ${field.name} duplicates value on record with id: ${dup.Id.slice(0, 15)}`, []));
  }
  if (def.duplicateKeys) {
    const merged: RecordValues = { ...(selfId ? store.get(selfId) : {}), ...values };
    const live = others(store.list(def).filter((r) => r.IsDeleted !== true));
    const repeated = def.duplicateKeys.keys.some(
      (k) => k.every((n) => merged[n] != null) && live.some((r) => k.every((n) => sameValue(findField(def, n) as FieldDef, r[n], merged[n]))),
    );
    if (repeated) errors.push(sfError('DUPLICATE_VALUE', def.duplicateKeys.message, []));
  }
  return errors;
}

/** Step 1 for a whole request body: JSON syntax, an object at the root, its members. */
export function readBody(def: ObjectDef, text: string): { ok: true; read: ReadRecord } | { ok: false; errors: SfError[] } {
  let doc;
  try {
    doc = readJson(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) return { ok: false, errors: [parserError(e.message)] };
    throw e;
  }
  if (doc.members === null) return { ok: false, errors: [deserializeError(def.name, doc)] };
  const r = readMembers(def, doc.members);
  return r.ok ? r : { ok: false, errors: [r.error] };
}

/** Both steps for a single-record create or update body. */
export function validateBody(def: ObjectDef, text: string, mode: WriteMode, store: RecordStore, options: CheckOptions = {}): CheckResult {
  const r = readBody(def, text);
  return r.ok ? checkRecord(def, r.read, mode, store, options) : r;
}
