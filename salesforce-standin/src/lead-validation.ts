/**
 * Reads and checks the JSON body of a Lead create (POST) or update (PATCH) the way Salesforce's REST
 * API does, answering with Salesforce's error array on failure.
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
 *   ("Owner ID: id value of incorrect type: 035...").
 *
 * Assumed: a JSON string where a number or boolean is due is refused with JSON_PARSER_ERROR
 * ("Cannot deserialize instance of int|double|currency|boolean from VALUE_STRING value ...") even
 * when the text looks like a number (Salesforce may in fact accept "50"; not verified); the type
 * name in that message is the describe type (int, double, currency); numbers and booleans sent to a
 * text field are stored as text; a fractional number for an int field is truncated (Jackson's
 * default); "" is stored as null for text fields; all value errors of one body are answered together
 * (required first, then per field in body order); picklist values are compared exactly (case
 * sensitive); `Id` in an update body is refused like in a create; NUMBER_OUTSIDE_VALID_RANGE
 * "<Label>: value outside of valid range on numeric field: <value>" for numbers with too many
 * integer digits; null for a boolean keeps/sets false.
 */
import { formatLocation, JsonSyntaxError, readJson, type JsonMember } from './json-reader';
import { idShape, to18 } from './ids';
import { sfError, type SfError } from './http-types';
import { findLeadField, isRequiredOnCreate, LEAD_FIELDS, TEXT_TYPES, type LeadField } from './lead-schema';

export type LeadWriteMode = 'create' | 'update';

export type ValidationResult =
  | { readonly ok: true; readonly values: Record<string, unknown>; readonly id?: string }
  | { readonly ok: false; readonly errors: SfError[] };

export interface ValidationOptions {
  /** Seeds only: accept an `Id` member (returned as `id`). */
  readonly allowId?: boolean;
}

function fail(...errors: SfError[]): ValidationResult {
  return { ok: false, errors };
}

function parserError(message: string): ValidationResult {
  return fail(sfError('JSON_PARSER_ERROR', message));
}

function renderScalar(value: unknown): string {
  return typeof value === 'string' ? value : String(value);
}

function deserializeError(typeName: string, member: Pick<JsonMember, 'token' | 'value' | 'location'>): ValidationResult {
  const at = formatLocation(member.location);
  if (member.token === 'START_ARRAY') return parserError(`Cannot deserialize instance of ${typeName} from START_ARRAY value ${at}`);
  const shown = member.token === 'START_OBJECT' ? '{' : renderScalar(member.value);
  return parserError(`Cannot deserialize instance of ${typeName} from ${member.token} value ${shown} or request may be missing a required field at ${at}`);
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
function coerce(field: LeadField, member: JsonMember): { value: unknown } | ValidationResult {
  const { token, value } = member;
  if (token === 'VALUE_NULL') return { value: null };
  const typeName = field.type;
  if (TEXT_TYPES.has(field.type)) {
    if (token === 'VALUE_STRING') return { value };
    if (token === 'VALUE_NUMBER_INT' || token === 'VALUE_NUMBER_FLOAT' || token === 'VALUE_TRUE' || token === 'VALUE_FALSE') {
      return { value: String(value) };
    }
    return deserializeError(typeName, member);
  }
  switch (field.type) {
    case 'boolean':
      return token === 'VALUE_TRUE' || token === 'VALUE_FALSE' ? { value } : deserializeError(typeName, member);
    case 'int':
      if (token === 'VALUE_NUMBER_INT') return { value };
      if (token === 'VALUE_NUMBER_FLOAT') return { value: Math.trunc(value as number) };
      return deserializeError(typeName, member);
    case 'double':
    case 'currency':
      return token === 'VALUE_NUMBER_INT' || token === 'VALUE_NUMBER_FLOAT' ? { value } : deserializeError(typeName, member);
    case 'date':
      return token === 'VALUE_STRING' && validDate(value as string) ? { value } : deserializeError(typeName, member);
    case 'datetime': {
      if (token === 'VALUE_STRING' && DATETIME_RE.test(value as string)) {
        const ms = Date.parse(value as string);
        if (!Number.isNaN(ms)) return { value: new Date(ms).toISOString().replace('Z', '+0000') };
      }
      return deserializeError(typeName, member);
    }
    case 'address':
      // Read-only compound field: its value is never stored; the read-only check answers.
      return { value: null };
    default:
      return deserializeError(typeName, member);
  }
}

const EMAIL_RE = /^[A-Za-z0-9!#$%&'*/=?^_+\-`{|}~]+(\.[A-Za-z0-9!#$%&'*/=?^_+\-`{|}~]+)*@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$/;

export function isValidEmail(s: string): boolean {
  return EMAIL_RE.test(s);
}

function integerDigitsAllowed(field: LeadField): number | undefined {
  if (field.type === 'int') return field.digits;
  if (field.type === 'double' || field.type === 'currency') {
    return field.precision === undefined ? undefined : field.precision - (field.scale ?? 0);
  }
  return undefined;
}

/** Checks one stored value; returns the error for it, if any. */
function valueError(field: LeadField, value: unknown): SfError | undefined {
  if (value === null) return undefined;
  const fields = [field.name];
  if (typeof value === 'string' && TEXT_TYPES.has(field.type)) {
    if (field.length > 0 && [...value].length > field.length) {
      return sfError('STRING_TOO_LONG', `${field.label}: data value too large: ${value} (max length=${field.length})`, fields);
    }
    if (field.type === 'email' && !isValidEmail(value)) {
      return sfError('INVALID_EMAIL_ADDRESS', `${field.label}: invalid email address: ${value}`, fields);
    }
    if (field.type === 'picklist' && field.restrictedPicklist) {
      const ok = (field.picklistValues ?? []).some((p) => p.active && p.value === value);
      if (!ok) {
        return sfError('INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST', `${field.label}: bad value for restricted picklist field: ${value}`, fields);
      }
    }
    if (field.type === 'reference') {
      if (idShape(value) !== 'ok') return sfError('MALFORMED_ID', `${field.label}: id value of incorrect type: ${value}`, fields);
      const prefixes = (field.referenceTo ?? []).map((r) => r.keyPrefix);
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

/**
 * Validates a Lead body. On success `values` holds the fields to write, keyed by their canonical API
 * names, already converted (ids to 18 characters, "" to null, date-times normalised).
 */
export function validateLeadBody(text: string, mode: LeadWriteMode, options: ValidationOptions = {}): ValidationResult {
  let doc;
  try {
    doc = readJson(text);
  } catch (e) {
    if (e instanceof JsonSyntaxError) return parserError(e.message);
    throw e;
  }
  if (doc.members === null) {
    return deserializeError('Lead', { token: doc.token, value: doc.value, location: doc.location });
  }

  // 1. Deserialise member by member: the first unknown field or wrong JSON type answers.
  const values = new Map<string, unknown>();
  const order: LeadField[] = [];
  let idMember: JsonMember | undefined;
  for (const member of doc.members) {
    if (member.key.toLowerCase() === 'attributes' && member.token === 'START_OBJECT') continue;
    const field = findLeadField(member.key);
    if (!field) return fail(sfError('INVALID_FIELD', `No such column '${member.key}' on sobject of type Lead`));
    if (field.name === 'Id') {
      idMember = member;
      continue;
    }
    const c = coerce(field, member);
    if (!('value' in c)) return c;
    let v = c.value;
    if (typeof v === 'string' && TEXT_TYPES.has(field.type) && v === '') v = null;
    if (typeof v === 'string' && field.type === 'reference' && idShape(v) === 'ok' && v.length === 15) v = to18(v);
    if (!values.has(field.name)) order.push(field);
    values.set(field.name, v);
  }

  // 2. The Id belongs in the URL, not in the body.
  let seedId: string | undefined;
  if (idMember) {
    const raw = idMember.value;
    if (!options.allowId) {
      return fail(sfError('INVALID_FIELD', 'The Id field should not be specified in the sobject data.'));
    }
    if (typeof raw !== 'string' || idShape(raw) !== 'ok' || !raw.startsWith('00Q')) {
      return fail(sfError('MALFORMED_ID', `Lead ID: id value of incorrect type: ${renderScalar(raw)}`, ['Id']));
    }
    seedId = raw.length === 15 ? to18(raw) : raw;
  }

  // 3. Fields this operation may not write.
  const readOnly = order.filter((f) => (mode === 'create' ? !f.createable : !f.updateable));
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

  // 4. Values: required fields, then each field in body order.
  const errors: SfError[] = [];
  const missing =
    mode === 'create'
      ? LEAD_FIELDS.filter((f) => isRequiredOnCreate(f) && (values.get(f.name) ?? null) === null).map((f) => f.name)
      : order.filter((f) => !f.nillable && f.type !== 'boolean' && values.get(f.name) === null).map((f) => f.name);
  if (missing.length > 0) {
    errors.push(sfError('REQUIRED_FIELD_MISSING', `Required fields are missing: [${missing.join(', ')}]`, missing));
  }
  for (const f of order) {
    const err = valueError(f, values.get(f.name));
    if (err) errors.push(err);
  }
  if (errors.length > 0) return fail(...errors);

  // A null for a field defaulted on create means "use the default".
  const out: Record<string, unknown> = {};
  for (const f of order) {
    const v = values.get(f.name);
    if (mode === 'create' && v === null && f.defaultedOnCreate) continue;
    out[f.name] = v;
  }
  return seedId === undefined ? { ok: true, values: out } : { ok: true, values: out, id: seedId };
}
