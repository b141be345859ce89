/**
 * Contact, Account, Opportunity, Case, Task and CampaignMember as the stand-in serves them: the
 * extension's built-in object schemas (server/src/core/knowledge/salesforce/objects/, each module
 * citing its sources: Object Reference pages and public describe captures) turned into the
 * stand-in's shape, for the stand-in's org. The Lead is the stand-in's own (lead-schema.ts).
 *
 * What the org adds or changes (the stand-in's data, one table below):
 * - the fields of features this org does not have are left out, as for the Lead: record types,
 *   multicurrency, state and country picklists, Pronouns and GenderIdentity; writing them gets
 *   INVALID_FIELD;
 * - picklist defaults: Case Status New and Priority Medium, Task Status Not Started and Priority
 *   Normal (the knowledge modules' notes, from the describe captures and the Object Reference),
 *   CampaignMember Status Sent (a new campaign's default status);
 * - Contact.Email is an idLookup field as on the Lead; Case.CaseNumber is an auto-number;
 * - CampaignMember's own rules (campaigns.ts).
 *
 * Assumed: text fields without a length in the knowledge get 255 (as the Lead's picklists);
 * Opportunity and Task closing flags (IsClosed, IsWon) are not derived from the stage or status.
 */
import { builtinObjects, type SObject, type SObjectField } from '../../server/src/core';
import { CAMPAIGN_MEMBER_RULES } from './campaigns';
import { pick, TEXT_TYPES, type FieldDef, type FieldType, type ObjectDef } from './object-schema';

interface OrgChanges {
  readonly labelPlural: string;
  readonly picklistDefaults?: Readonly<Record<string, string>>;
  readonly idLookup?: readonly string[];
  readonly autoNumber?: readonly string[];
  readonly personName?: boolean;
  readonly rules?: Pick<ObjectDef, 'requiredOneOf' | 'duplicateKeys' | 'derive'>;
}

const ORG: Readonly<Record<string, OrgChanges>> = {
  Contact: { labelPlural: 'Contacts', idLookup: ['Email'], personName: true },
  Account: { labelPlural: 'Accounts' },
  Opportunity: { labelPlural: 'Opportunities' },
  Case: { labelPlural: 'Cases', picklistDefaults: { Status: 'New', Priority: 'Medium' }, autoNumber: ['CaseNumber'] },
  Task: { labelPlural: 'Tasks', picklistDefaults: { Status: 'Not Started', Priority: 'Normal' } },
  CampaignMember: { labelPlural: 'Campaign Members', picklistDefaults: { Status: 'Sent' }, rules: CAMPAIGN_MEMBER_RULES },
};

function absentFeature(name: string): boolean {
  return ['RecordTypeId', 'CurrencyIsoCode', 'Pronouns', 'GenderIdentity', 'Division'].includes(name) || /(StateCode|CountryCode)$/.test(name);
}

const TYPES: Partial<Record<SObjectField['type'], FieldType>> = {
  id: 'id',
  string: 'string',
  textarea: 'textarea',
  email: 'email',
  phone: 'phone',
  url: 'url',
  picklist: 'picklist',
  combobox: 'combobox',
  boolean: 'boolean',
  int: 'int',
  double: 'double',
  percent: 'percent',
  currency: 'currency',
  date: 'date',
  datetime: 'datetime',
  reference: 'reference',
  address: 'address',
};

function toField(object: string, f: SObjectField, org: OrgChanges): FieldDef {
  const type = TYPES[f.type];
  if (type === undefined) throw new Error(`${object}.${f.name}: the stand-in does not serve fields of type ${f.type}`);
  const isPicklist = type === 'picklist' || type === 'combobox';
  return {
    name: f.name,
    label: f.label,
    type,
    length: TEXT_TYPES.has(type) ? (f.length ?? 255) : 0,
    nillable: f.nillable,
    createable: f.createable,
    updateable: f.updateable,
    defaultedOnCreate: f.defaulted,
    custom: f.custom,
    ...(isPicklist ? { picklistValues: pick(f.picklistValues ?? [], org.picklistDefaults?.[f.name]), restrictedPicklist: f.restrictedPicklist ?? false } : {}),
    ...(f.referenceTo ? { referenceTo: f.referenceTo, idPrefixes: f.idPrefix ?? [] } : {}),
    externalId: f.externalId,
    unique: f.unique,
    idLookup: org.idLookup?.includes(f.name) ?? false,
    autoNumber: org.autoNumber?.includes(f.name) ?? false,
  };
}

function toObject(o: SObject): ObjectDef {
  const org = ORG[o.name] ?? { labelPlural: `${o.label}s` };
  return {
    name: o.name,
    label: o.label,
    labelPlural: org.labelPlural,
    keyPrefix: o.keyPrefix,
    custom: false,
    personName: org.personName ?? false,
    fields: o.fields.filter((f) => !absentFeature(f.name)).map((f) => toField(o.name, f, org)),
    ...org.rules,
  };
}

/** The built-in objects other than the Lead, in the knowledge's order. */
export const KNOWLEDGE_OBJECTS: readonly ObjectDef[] = builtinObjects.filter((o) => o.name !== 'Lead').map(toObject);
