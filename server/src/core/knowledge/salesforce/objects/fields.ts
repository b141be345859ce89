/**
 * Helpers shared by the object modules next to this file: the common field shapes (writable,
 * create-only, update-only, read-only), the fields every object has (System Fields page of the
 * Object Reference, https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/system_fields.htm),
 * the compound address fields and the key prefixes of the objects a reference points at.
 */
import type { SObjectField } from '../../schema';

export type FieldBase = Pick<SObjectField, 'name' | 'label' | 'type'> & Partial<SObjectField>;

/** Suggested Liquid for a Braze default attribute inside a JSON string. */
export const fromBraze = (attribute: string): string => `{{\${${attribute}} | json_escape}}`;

/**
 * Key prefixes of the objects that standard references point at, and of the few others a record id
 * may be met with (Organization). From the describe captures (`keyPrefix`) where the object module
 * names one; the others from public prefix lists. Also what a message calls an id of another
 * object ("a Contact id").
 */
export const KEY_PREFIX: Readonly<Record<string, string>> = {
  Account: '001',
  Contact: '003',
  User: '005',
  Opportunity: '006',
  OpportunityHistory: '008',
  Group: '00G',
  Lead: '00Q',
  Organization: '00D',
  Task: '00T',
  CampaignMember: '00v',
  RecordType: '012',
  Pricebook2: '01s',
  Product2: '01t',
  Asset: '02i',
  Individual: '0PK',
  Case: '500',
  Campaign: '701',
  Contract: '800',
  Order: '801',
};

/** The known prefixes of `referenceTo`, in its order; undefined when none is known. */
function prefixesOf(referenceTo: readonly string[] | undefined): string[] | undefined {
  const out = (referenceTo ?? []).map((o) => KEY_PREFIX[o]).filter((p): p is string => p !== undefined);
  return out.length > 0 ? out : undefined;
}

/**
 * Writable on create and update, nillable, not defaulted, not required, neither an external id,
 * unique nor an idLookup field: the common case. A reference gets its targets' id prefixes unless it names them.
 */
export const writable = (f: FieldBase): SObjectField => {
  const out: SObjectField = {
    requiredOnCreate: false,
    createable: true,
    updateable: true,
    nillable: true,
    defaulted: false,
    custom: false,
    externalId: false,
    unique: false,
    idLookup: false,
    ...f,
  };
  if (out.type === 'reference' && out.idPrefix === undefined) {
    const prefixes = prefixesOf(out.referenceTo);
    if (prefixes !== undefined) out.idPrefix = prefixes;
  }
  if (out.type === 'reference' && out.length === undefined) out.length = 18;
  return out;
};

/** Settable on create only (a PATCH that sends it fails). */
export const createOnly = (f: FieldBase): SObjectField => writable({ updateable: false, ...f });

/** Settable on update only. */
export const updateOnly = (f: FieldBase): SObjectField => writable({ createable: false, ...f });

/** Not settable through the API: writing it fails with INVALID_FIELD_FOR_INSERT_UPDATE. */
export const readOnly = (f: FieldBase): SObjectField => writable({ createable: false, updateable: false, ...f });

/** A checkbox: never null, false when left out. */
export const checkbox = (f: Omit<FieldBase, 'type'>): FieldBase => ({ type: 'boolean', nillable: false, defaulted: true, ...f });

export const READ_ONLY_NOTE = 'Read-only: writing it fails with INVALID_FIELD_FOR_INSERT_UPDATE.';
export const SYSTEM_NOTE = 'System field set by Salesforce; read-only.';
export const DATA_COM_NOTE = 'Data.com field; only in orgs that use Data.com.';
export const MULTICURRENCY_NOTE = 'Only in multicurrency orgs; values are the currencies the org allows.';
export const RECORD_TYPE_NOTE = 'Only where the object has record types.';
export const STATE_COUNTRY_PICKLIST_NOTE = 'ISO code; only when state and country picklists are enabled (unconfirmed: its label).';

/** The Id and the audit fields every object has (System Fields, Object Reference). */
export function idField(label: string, keyPrefix: string): SObjectField {
  return readOnly({
    name: 'Id',
    label,
    type: 'id',
    length: 18,
    nillable: false,
    defaulted: true,
    idPrefix: [keyPrefix],
    notes: 'Goes in the URL of a PATCH, never in the body.',
  });
}

export function auditFields(): SObjectField[] {
  return [
    readOnly(checkbox({ name: 'IsDeleted', label: 'Deleted', notes: SYSTEM_NOTE })),
    readOnly({ name: 'CreatedDate', label: 'Created Date', type: 'datetime', nillable: false, defaulted: true, notes: SYSTEM_NOTE }),
    readOnly({ name: 'CreatedById', label: 'Created By ID', type: 'reference', nillable: false, defaulted: true, referenceTo: ['User'], notes: SYSTEM_NOTE }),
    readOnly({ name: 'LastModifiedDate', label: 'Last Modified Date', type: 'datetime', nillable: false, defaulted: true, notes: SYSTEM_NOTE }),
    readOnly({ name: 'LastModifiedById', label: 'Last Modified By ID', type: 'reference', nillable: false, defaulted: true, referenceTo: ['User'], notes: SYSTEM_NOTE }),
    readOnly({ name: 'SystemModstamp', label: 'System Modstamp', type: 'datetime', nillable: false, defaulted: true, notes: SYSTEM_NOTE }),
  ];
}

/** `LastViewedDate` and `LastReferencedDate`, kept by Salesforce per user. */
export function recentlyViewedFields(): SObjectField[] {
  return [
    readOnly({ name: 'LastViewedDate', label: 'Last Viewed Date', type: 'datetime', notes: READ_ONLY_NOTE }),
    readOnly({ name: 'LastReferencedDate', label: 'Last Referenced Date', type: 'datetime', notes: READ_ONLY_NOTE }),
  ];
}

/**
 * One compound address: `<prefix>Street` ... `<prefix>GeocodeAccuracy`, and the read-only
 * `<prefix>Address` itself. Lengths are the describe captures' (Street 255, City 40, State 80,
 * PostalCode 20, Country 80), the same on every object. The StateCode and CountryCode labels follow
 * the Lead's ("State/Province Code", "Country Code"), unconfirmed for the other objects. `braze`
 * suggests the user's Braze city and country for a person's own address.
 */
export function addressFields(prefix: string, labelPrefix: string, braze = false): SObjectField[] {
  const l = (s: string): string => `${labelPrefix} ${s}`;
  const hint = (attribute: string): Partial<SObjectField> => (braze ? { brazeValue: fromBraze(attribute) } : {});
  return [
    writable({ name: `${prefix}Street`, label: l('Street'), type: 'textarea', length: 255 }),
    writable({ name: `${prefix}City`, label: l('City'), type: 'string', length: 40, ...hint('city') }),
    writable({
      name: `${prefix}State`,
      label: l('State/Province'),
      type: 'string',
      length: 80,
      notes: `With state and country picklists on, ${prefix}StateCode holds the code.`,
    }),
    writable({ name: `${prefix}PostalCode`, label: l('Zip/Postal Code'), type: 'string', length: 20 }),
    writable({
      name: `${prefix}Country`,
      label: l('Country'),
      type: 'string',
      length: 80,
      ...hint('country'),
      notes: `Braze usually stores an ISO code; with country picklists on, write ${prefix}CountryCode instead.`,
    }),
    writable({ name: `${prefix}StateCode`, label: l('State/Province Code'), type: 'picklist', notes: STATE_COUNTRY_PICKLIST_NOTE }),
    writable({ name: `${prefix}CountryCode`, label: l('Country Code'), type: 'picklist', ...hint('country'), notes: STATE_COUNTRY_PICKLIST_NOTE }),
    writable({ name: `${prefix}Latitude`, label: l('Latitude'), type: 'double', notes: 'Number from -90 to 90.' }),
    writable({ name: `${prefix}Longitude`, label: l('Longitude'), type: 'double', notes: 'Number from -180 to 180.' }),
    writable({
      name: `${prefix}GeocodeAccuracy`,
      label: l('Geocode Accuracy'),
      type: 'picklist',
      length: 40,
      picklistValues: GEOCODE_ACCURACY_VALUES,
      restrictedPicklist: true,
    }),
    readOnly({
      name: `${prefix}Address`,
      label: l('Address'),
      type: 'address',
      notes: `Compound field; write ${prefix}Street, ${prefix}City, ${prefix}State, ${prefix}PostalCode, ${prefix}Country instead.`,
    }),
  ];
}

/** Data.com's `CleanStatus`: value names, not the labels (In Sync is `Matched`). */
/** Geocode Accuracy's values (the address fields' compound geolocation). */
export const GEOCODE_ACCURACY_VALUES = [
  'Address',
  'NearAddress',
  'Block',
  'Street',
  'ExtendedZip',
  'Zip',
  'Neighborhood',
  'City',
  'County',
  'State',
  'Unknown',
];

export const CLEAN_STATUS_VALUES = ['Matched', 'Different', 'Acknowledged', 'NotFound', 'Inactive', 'Pending', 'SelectMatch', 'Skipped'];
