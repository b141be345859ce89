/**
 * The shape of an object the stand-in serves, and the schema rules every object shares: finding a
 * field by name, which fields a create must carry, which fields may name a record in an upsert,
 * which fields make up a compound one, and the object's URLs.
 *
 * Sources:
 * - Field and object properties are those of a describe answer: Salesforce SOAP API
 *   "DescribeSObjectResult" and its Field type
 *   (developer.salesforce.com/docs/atlas.en-us.api.meta/api/sforce_api_calls_describesobjects_describesobjectresult.htm),
 *   as typed by @types/jsforce `describe-result.d.ts`.
 * - A field is required on create when it is createable, not nillable and not defaulted on create
 *   (booleans never are): the rule behind the Object Reference's "required" fields; the built-in
 *   knowledge's `requiredOnCreate` agrees with it on all seven objects (checked in objects.test.ts).
 * - Upsert keys: "a custom external ID field, or a standard field with the idLookup attribute set to
 *   true" (Apex Developer Guide, "Upserting Records", langCon_apex_dml_examples_upsert.htm; SOAP API
 *   upsert(): "On standard objects, this call can use the name of any field with the idLookup").
 *   "In REST API, upsert uses external ids, not record ids" (REST API Developer Guide, dome_upsert.htm),
 *   so `Id` is not an upsert key.
 * - Compound fields: an address `<P>Address` is made of `<P>Street` … `<P>GeocodeAccuracy`; a
 *   person's Name of Salutation, FirstName, MiddleName, LastName and Suffix (SOAP API Developer Guide,
 *   "Compound Fields", compound_fields.htm).
 * - The system fields every object has: Object Reference, "System Fields" (system_fields.htm).
 * - URLs `{sobject, describe, rowTemplate}`: REST API Developer Guide, "Get a List of Objects"
 *   (dome_describeGlobal.htm).
 */

export type FieldType =
  | 'id'
  | 'string'
  | 'textarea'
  | 'email'
  | 'phone'
  | 'url'
  | 'picklist'
  | 'combobox'
  | 'boolean'
  | 'int'
  | 'double'
  | 'percent'
  | 'currency'
  | 'date'
  | 'datetime'
  | 'reference'
  | 'address';

export interface PicklistEntry {
  readonly value: string;
  readonly label: string;
  readonly active: boolean;
  readonly defaultValue: boolean;
}

export interface FieldDef {
  readonly name: string;
  readonly label: string;
  readonly type: FieldType;
  /** Maximum length for text-like types; 0 for the others (as in describe). */
  readonly length: number;
  readonly precision?: number;
  readonly scale?: number;
  readonly digits?: number;
  readonly nillable: boolean;
  readonly createable: boolean;
  readonly updateable: boolean;
  readonly defaultedOnCreate: boolean;
  readonly custom: boolean;
  readonly picklistValues?: readonly PicklistEntry[];
  readonly restrictedPicklist?: boolean;
  /** For reference fields: the objects it may point at. */
  readonly referenceTo?: readonly string[];
  /** The id prefixes a reference accepts; absent or empty: any record id. */
  readonly idPrefixes?: readonly string[];
  readonly externalId?: boolean;
  /** A second record with the same value is refused (DUPLICATE_VALUE). */
  readonly unique?: boolean;
  /** A standard field that can name a record in an upsert (Lead.Email, Contact.Email). */
  readonly idLookup?: boolean;
  /** Numbered by Salesforce on create (Case.CaseNumber). */
  readonly autoNumber?: boolean;
}

/** The stored form of a record: every field by API name, null when empty. */
export type RecordValues = Record<string, unknown>;

export interface ObjectDef {
  readonly name: string;
  readonly label: string;
  readonly labelPlural: string;
  readonly keyPrefix: string;
  readonly custom: boolean;
  readonly fields: readonly FieldDef[];
  /** Values a create gives fields the body leaves out, beyond the common defaults (see records.ts). */
  readonly createDefaults?: Readonly<Record<string, unknown>>;
  /** A create must set at least one of these (CampaignMember: LeadId or ContactId). */
  readonly requiredOneOf?: readonly string[];
  /** Field sets no two live records may share (all set), and the message when they would. */
  readonly duplicateKeys?: { readonly keys: readonly (readonly string[])[]; readonly message: string };
  /** Name is the person's name parts joined (Lead, Contact). */
  readonly personName?: boolean;
  /** Fields computed from the record and the records it points at, after every write. */
  readonly derive?: (record: RecordValues, related: (id: unknown) => Readonly<RecordValues> | undefined) => void;
}

/** Text-like types: JSON strings; length-checked; "" is stored as null (as Salesforce does). */
export const TEXT_TYPES: ReadonlySet<FieldType> = new Set(['string', 'textarea', 'email', 'phone', 'url', 'picklist', 'combobox', 'reference', 'id']);

const byLowerName = new WeakMap<ObjectDef, ReadonlyMap<string, FieldDef>>();

/** Finds a field by API name without regard to letter case (Salesforce accepts `firstName`). */
export function findField(def: ObjectDef, name: string): FieldDef | undefined {
  let index = byLowerName.get(def);
  if (!index) {
    index = new Map(def.fields.map((f) => [f.name.toLowerCase(), f]));
    byLowerName.set(def, index);
  }
  return index.get(name.toLowerCase());
}

export function isRequiredOnCreate(field: FieldDef): boolean {
  return field.createable && !field.nillable && !field.defaultedOnCreate && field.type !== 'boolean';
}

/** describe's idLookup: the Id, external ids, auto-numbers and the standard lookup fields. */
export function isIdLookup(field: FieldDef): boolean {
  return field.name === 'Id' || field.externalId === true || field.autoNumber === true || field.idLookup === true;
}

/** A field that may name the record in `/sobjects/<Object>/<Field>/<value>`. */
export function isUpsertKey(field: FieldDef): boolean {
  return field.name !== 'Id' && isIdLookup(field);
}

/** "Lead ID": the Id field's label, as MALFORMED_ID messages name it. */
export function idLabel(def: ObjectDef): string {
  return findField(def, 'Id')?.label ?? `${def.label} ID`;
}

export const ADDRESS_PARTS = ['Street', 'City', 'State', 'PostalCode', 'Country', 'Latitude', 'Longitude', 'GeocodeAccuracy'] as const;
const PERSON_NAME_PARTS = ['Salutation', 'FirstName', 'MiddleName', 'LastName', 'Suffix'] as const;

/** Compound fields by their prefix: `MailingAddress` → `Mailing`, `Address` → ``. */
export function addressPrefixes(def: ObjectDef): string[] {
  return def.fields.filter((f) => f.type === 'address').map((f) => f.name.slice(0, -'Address'.length));
}

/** Each component field and the compound field it belongs to. */
export function compoundOf(def: ObjectDef): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const prefix of addressPrefixes(def)) {
    for (const part of ADDRESS_PARTS) if (findField(def, prefix + part)) out.set(prefix + part, `${prefix}Address`);
  }
  if (def.personName) for (const part of PERSON_NAME_PARTS) if (findField(def, part)) out.set(part, 'Name');
  return out;
}

/** The object's URLs for a given API version ("v60.0"). */
export function objectUrls(def: ObjectDef, version: string): { sobject: string; describe: string; rowTemplate: string } {
  const base = `/services/data/${version}/sobjects/${def.name}`;
  return { sobject: base, describe: `${base}/describe`, rowTemplate: `${base}/{ID}` };
}

export function recordUrl(def: ObjectDef, version: string, id: string): string {
  return `${objectUrls(def, version).sobject}/${id}`;
}

export function pick(values: readonly string[], defaultValue?: string, labels: Readonly<Record<string, string>> = {}): PicklistEntry[] {
  return values.map((value) => ({ value, label: labels[value] ?? value, active: true, defaultValue: value === defaultValue }));
}

const SYSTEM = { nillable: false, createable: false, updateable: false, defaultedOnCreate: true, custom: false } as const;
const VIEWED = { nillable: true, createable: false, updateable: false, defaultedOnCreate: false, custom: false } as const;
const TO_USER = { referenceTo: ['User'], idPrefixes: ['005'] } as const;

/** The Id, the audit fields and the recently-viewed dates, for the stand-in's own objects. */
export function systemFields(idLabel: string): FieldDef[] {
  return [
    { name: 'Id', label: idLabel, type: 'id', length: 18, ...SYSTEM },
    { name: 'IsDeleted', label: 'Deleted', type: 'boolean', length: 0, ...SYSTEM },
    { name: 'CreatedDate', label: 'Created Date', type: 'datetime', length: 0, ...SYSTEM },
    { name: 'CreatedById', label: 'Created By ID', type: 'reference', length: 18, ...SYSTEM, ...TO_USER },
    { name: 'LastModifiedDate', label: 'Last Modified Date', type: 'datetime', length: 0, ...SYSTEM },
    { name: 'LastModifiedById', label: 'Last Modified By ID', type: 'reference', length: 18, ...SYSTEM, ...TO_USER },
    { name: 'SystemModstamp', label: 'System Modstamp', type: 'datetime', length: 0, ...SYSTEM },
    { name: 'LastViewedDate', label: 'Last Viewed Date', type: 'datetime', length: 0, ...VIEWED },
    { name: 'LastReferencedDate', label: 'Last Referenced Date', type: 'datetime', length: 0, ...VIEWED },
  ];
}
